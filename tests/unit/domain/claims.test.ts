import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  policyYearOf,
  CLAIM_REASON_CODES,
  CLAIM_STATUSES,
  DEADLINE_WARNING_DAYS,
  allocateCollection,
  canTransition,
  computeIndemnity,
  deadlineWarningsDue,
  extensionOutcome,
  limitOnDay,
  maxExtensionPeriodEnd,
  notificationDeadline,
  splitCosts,
  splitRecovery,
  totalOutstanding,
  type ClaimInvoice,
  type ClaimStatus,
  type IndemnityPolicy,
  type LimitStep,
} from '../../../shared/domain/claims.ts';
import { addDays } from '../../../shared/domain/dates.ts';

/** EUR 1,000,000.00 a year, 90 %, no deductible nor threshold, terms up to 120 days. */
const POLICY: IndemnityPolicy = { coverPercent: 90, deductible: 0, claimThreshold: 0, maxLiability: 100_000_000, maxCreditPeriodDays: 120, currency: 'EUR' };
/** EUR 50,000.00 from 2026-01-01. */
const LIMIT: LimitStep[] = [{ from: '2026-01-01', total: 5_000_000 }];

/** An invoice delivered on `issueDate` on 60-day terms, unpaid unless `amount` says otherwise. */
function invoice(invoiceId: string, outstanding: number, issueDate = '2026-02-01', termsDays = 60, amount = outstanding): ClaimInvoice {
  return { invoiceId, amount, outstanding, issueDate, dueDate: addDays(issueDate, termsDays) };
}

const indemnity = (invoices: ClaimInvoice[], options: { steps?: LimitStep[]; policy?: Partial<IndemnityPolicy>; indemnified?: number } = {}) =>
  computeIndemnity({ invoices, limitSteps: options.steps ?? LIMIT, policy: { ...POLICY, ...options.policy }, indemnifiedThisPolicyYear: options.indemnified ?? 0 });

describe('the limit in force on a day', () => {
  const steps: LimitStep[] = [
    { from: '2026-03-01', total: 8_000_000 },
    { from: '2026-01-01', total: 5_000_000 },
    { from: '2026-05-01', total: 0 },
    { from: '2026-06-01', total: 1_000_000 },
    { from: '2026-06-01', total: 2_000_000 },
  ];
  it.each([
    ['before the first step', '2025-12-31', 0],
    ['on the first step (inclusive)', '2026-01-01', 5_000_000],
    ['the day before a raise', '2026-02-28', 5_000_000],
    ['on the raise, listed before the first step', '2026-03-01', 8_000_000],
    ['after a cancellation', '2026-05-15', 0],
    ['two steps the same day: the later in the list wins', '2026-06-01', 2_000_000],
  ])('%s (%s): %i', (_case, day, expected) => {
    expect(limitOnDay(steps, day)).toBe(expected);
  });

  it('is 0 without any step', () => {
    expect(limitOnDay([], '2026-01-01')).toBe(0);
  });

  it('takes a condition term of 0 or 36,500 days', () => {
    expect(limitOnDay([{ from: '2026-01-01', total: 1, maxPaymentTermsDays: 0 }], '2026-01-01')).toBe(1);
    expect(limitOnDay([{ from: '2026-01-01', total: 1, maxPaymentTermsDays: 36_500 }], '2026-01-01')).toBe(1);
  });

  describe('a time-limited approval covers deliveries up to and including its expiresOn', () => {
    const timeLimited: LimitStep[] = [
      { from: '2026-01-01', total: 5_000_000, expiresOn: '2026-03-31' },
      { from: '2026-05-01', total: 2_000_000 },
      { from: '2026-06-01', total: 3_000_000, expiresOn: '2026-06-30' },
      { from: '2026-06-15', total: 4_000_000 },
    ];
    it.each([
      ['the day before it ends', '2026-03-30', 5_000_000],
      ['the day it ends', '2026-03-31', 5_000_000],
      ['the day after it ends', '2026-04-01', 0],
      ['until the next step', '2026-04-30', 0],
      ['the next step', '2026-05-01', 2_000_000],
      ['a second approval', '2026-06-14', 3_000_000],
      ['replaced by an open-ended step before it ends', '2026-07-01', 4_000_000],
    ])('%s (%s): %i', (_case, day, expected) => {
      expect(limitOnDay(timeLimited, day)).toBe(expected);
    });
  });

  it.each<[string, LimitStep[], string]>([
    ['an impossible day', LIMIT, '2026-02-30'],
    ['a step with an impossible date', [{ from: '2026-13-01', total: 1 }], '2026-01-01'],
    ['a negative step', [{ from: '2026-01-01', total: -1 }], '2026-01-01'],
    ['a fractional step', [{ from: '2026-01-01', total: 0.5 }], '2026-01-01'],
    ['a step ending on an impossible date', [{ from: '2026-01-01', total: 1, expiresOn: '2026-02-30' }], '2026-01-01'],
    ['a negative condition term', [{ from: '2026-01-01', total: 1, maxPaymentTermsDays: -1 }], '2026-01-01'],
    ['a fractional condition term', [{ from: '2026-01-01', total: 1, maxPaymentTermsDays: 59.5 }], '2026-01-01'],
    ['a condition term beyond 36,500 days', [{ from: '2026-01-01', total: 1, maxPaymentTermsDays: 36_501 }], '2026-01-01'],
  ])('refuses %s', (_case, input, day) => {
    expect(() => limitOnDay(input, day)).toThrow(RangeError);
  });
});

describe('the limit in force on a day, with the day each step was decided', () => {
  // Day 0 = 2026-01-01. A limit of 100,000.00 from day 0, raised to 150,000.00 on day 9; a cut
  // to 50,000.00 notified on day 20 for day 50; an insolvency opened on day 3 (2026-01-04),
  // recorded on day 45 (2026-02-15).
  const granted: LimitStep = { from: '2026-01-01', total: 10_000_000, recordedOn: '2026-01-01' };
  const raised: LimitStep = { from: '2026-01-10', total: 15_000_000, recordedOn: '2026-01-10' };
  const notice: LimitStep = { from: '2026-02-20', total: 5_000_000, recordedOn: '2026-01-21' };
  const insolvency: LimitStep = { from: '2026-01-04', total: 0, recordedOn: '2026-02-15' };
  it.each([
    ['the day before the insolvency (day 2)', '2026-01-03', 10_000_000],
    ['the day of the insolvency (day 3)', '2026-01-04', 0],
    ['the day after it (day 4)', '2026-01-05', 0],
    ['the day of the raise decided before the insolvency was known', '2026-01-10', 0],
    ['the day the notified cut would have begun', '2026-02-20', 0],
    ['after the day it was recorded', '2026-03-01', 0],
  ])('an insolvency recorded late ends every earlier step from its day: %s (%s): %i', (_case, day, expected) => {
    expect(limitOnDay([granted, raised, notice, insolvency], day)).toBe(expected);
  });

  it('without the insolvency, the same steps read as before: raise, then the notified cut', () => {
    const steps = [granted, raised, notice];
    expect(['2026-01-03', '2026-01-10', '2026-02-19', '2026-02-20'].map((day) => limitOnDay(steps, day))).toEqual([10_000_000, 15_000_000, 15_000_000, 5_000_000]);
  });

  it.each<[string, LimitStep[], string, number]>([
    // A decision at once ends a cut notified ahead when it allows no more (the limit drops the pending reduction then too).
    ['a cut at once to 30,000.00 overtakes a notified cut to 50,000.00', [granted, notice, { from: '2026-02-10', total: 3_000_000, recordedOn: '2026-02-10' }], '2026-03-01', 3_000_000],
    ['a raise at once keeps the notified cut for its day', [granted, notice, { from: '2026-02-10', total: 20_000_000, recordedOn: '2026-02-10' }], '2026-03-01', 5_000_000],
    ['the raise itself holds until the notified day', [granted, notice, { from: '2026-02-10', total: 20_000_000, recordedOn: '2026-02-10' }], '2026-02-19', 20_000_000],
    [
      'a cut at once to the notified amount overtakes the notice, so a raise after it stands',
      [granted, notice, { from: '2026-02-10', total: 5_000_000, recordedOn: '2026-02-10' }, { from: '2026-02-15', total: 7_000_000, recordedOn: '2026-02-15' }],
      '2026-03-01',
      7_000_000,
    ],
    [
      'a later notice overtakes nothing: the earlier grant holds until its own day',
      [granted, { from: '2026-02-01', total: 2_000_000, recordedOn: '2026-01-02' }],
      '2026-01-31',
      10_000_000,
    ],
    [
      'a notice decided the day before its effect overtakes nothing',
      [granted, { from: '2026-01-20', total: 15_000_000, recordedOn: '2026-01-20' }, { from: '2026-01-15', total: 9_000_000, recordedOn: '2026-01-14' }],
      '2026-01-25',
      15_000_000,
    ],
    ['a step overtakes only steps from its own day on, not the one in force before it', [granted, insolvency], '2026-01-01', 10_000_000],
    ['an insolvency recorded the day it was opened ends the steps notified for later', [granted, notice, { from: '2026-02-15', total: 0, recordedOn: '2026-02-15' }], '2026-02-25', 0],
  ])('%s', (_case, steps, day, expected) => {
    expect(limitOnDay(steps, day)).toBe(expected);
  });

  it('refuses an impossible recordedOn', () => {
    expect(() => limitOnDay([{ from: '2026-01-01', total: 1, recordedOn: '2026-02-30' }], '2026-01-01')).toThrow(RangeError);
  });
});

describe('the notification deadline', () => {
  it.each([
    ['2026-01-31', 60, '2026-04-01'],
    ['2028-01-31', 60, '2028-03-31'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2026-03-01', 1, '2026-03-02'],
  ])('due %s + %i days: %s', (due, days, expected) => {
    expect(notificationDeadline(due, days)).toBe(expected);
  });

  it('is inclusive: notifying on the deadline is in time, the day after is late', () => {
    const deadline = notificationDeadline('2026-01-31', 60);
    expect('2026-04-01' <= deadline).toBe(true);
    expect('2026-04-02' <= deadline).toBe(false);
  });

  it.each([
    ['an impossible due date', '2026-02-29', 60],
    ['negative days', '2026-01-31', -1],
    ['fractional days', '2026-01-31', 1.5],
  ])('refuses %s', (_case, due, days) => {
    expect(() => notificationDeadline(due, days)).toThrow(RangeError);
  });
});

/**
 * The worked example of the stop of cover, days counted from day 0 = 2026-01-01: invoice due day 60
 * (2026-03-02), maxExtensionDays 60, notificationPeriodDays 30.
 * - mepEndsOn = day 120 (2026-05-01); deadline = day 150 (2026-05-31).
 * - extension to day 100 (2026-04-11): the policyholder's (approved), mepEndsOn stays day 120.
 * - extension to day 150 (2026-05-31): referred; approved by the insurer, mepEndsOn = day 150,
 *   deadline = day 180 (2026-06-30).
 */
describe('the maximum extension period and the notification period', () => {
  const DAY_60 = '2026-03-02';
  it.each<[string, { dueDate: string; extendedDueDate?: string }, number, string]>([
    ['no extension: due date + maxExtensionDays (day 120)', { dueDate: DAY_60 }, 60, '2026-05-01'],
    ['maxExtensionDays 0: the due date itself', { dueDate: DAY_60 }, 0, DAY_60],
    ['an insurer-approved due date of day 150 replaces it', { dueDate: DAY_60, extendedDueDate: '2026-05-31' }, 60, '2026-05-31'],
    ['an approved due date one day after the MEP (day 121)', { dueDate: DAY_60, extendedDueDate: '2026-05-02' }, 60, '2026-05-02'],
    ['an approved due date ON the MEP changes nothing', { dueDate: DAY_60, extendedDueDate: '2026-05-01' }, 60, '2026-05-01'],
    ['an approved due date before the MEP never brings it earlier', { dueDate: DAY_60, extendedDueDate: '2026-04-11' }, 60, '2026-05-01'],
  ])('%s', (_case, oldest, days, expected) => {
    expect(maxExtensionPeriodEnd(oldest, days)).toBe(expected);
  });

  it.each<[string, { dueDate: string; extendedDueDate?: string }, number]>([
    ['an impossible due date', { dueDate: '2026-02-29' }, 60],
    ['an impossible extended due date', { dueDate: DAY_60, extendedDueDate: '2026-02-30' }, 60],
    ['negative days', { dueDate: DAY_60 }, -1],
    ['fractional days', { dueDate: DAY_60 }, 1.5],
  ])('refuses %s', (_case, oldest, days) => {
    expect(() => maxExtensionPeriodEnd(oldest, days)).toThrow(RangeError);
  });

  it.each([
    ['MEP day 120 + 30 days: day 150', '2026-05-01', 30, '2026-05-31'],
    ['MEP day 150 (extended) + 30 days: day 180', '2026-05-31', 30, '2026-06-30'],
    ['no notification period: the MEP itself', '2026-05-01', 0, '2026-05-01'],
    ['one day', '2026-05-01', 1, '2026-05-02'],
  ])('%s', (_case, mep, days, expected) => {
    expect(notificationDeadline(mep, days)).toBe(expected);
  });

  it.each<[string, string, string, 'not_later' | 'approved' | 'referred']>([
    ['to day 100, before the MEP: the policyholder approves', DAY_60, '2026-04-11', 'approved'],
    ['to day 120, ON the MEP: the policyholder approves', DAY_60, '2026-05-01', 'approved'],
    ['to day 121, the day after the MEP: referred to the insurer', DAY_60, '2026-05-02', 'referred'],
    ['to day 150: referred', DAY_60, '2026-05-31', 'referred'],
    ['to the current due date itself: nothing to extend', DAY_60, DAY_60, 'not_later'],
    ['to the day before the current due date', DAY_60, '2026-03-01', 'not_later'],
    ['to the day after the current due date', DAY_60, '2026-03-03', 'approved'],
    ['after an earlier extension to day 100, to day 100 again', '2026-04-11', '2026-04-11', 'not_later'],
  ])('an extension %s', (_case, currentDueDate, newDueDate, expected) => {
    expect(extensionOutcome({ currentDueDate, newDueDate, mepEndsOn: '2026-05-01' })).toBe(expected);
  });

  it.each([
    ['an impossible current due date', '2026-02-30', '2026-04-11', '2026-05-01'],
    ['an impossible new due date', DAY_60, '2026-04-31', '2026-05-01'],
    ['an impossible MEP', DAY_60, '2026-04-11', '2026-13-01'],
  ])('an extension refuses %s', (_case, currentDueDate, newDueDate, mepEndsOn) => {
    expect(() => extensionOutcome({ currentDueDate, newDueDate, mepEndsOn })).toThrow(RangeError);
  });
});

describe('deadline warnings', () => {
  const DEADLINE = '2026-04-01';
  const before = (days: number) => addDays(DEADLINE, -days);

  it('warns 15 and 5 days before by default', () => {
    expect(DEADLINE_WARNING_DAYS).toEqual([15, 5]);
  });

  it.each<[string, number, number[], number[]]>([
    ['16 days before: nothing yet', 16, [], []],
    ['15 days before: the 15-day warning', 15, [], [15]],
    ['15 days before, already sent', 15, [15], []],
    ['10 days before, the 15-day one missed: caught up', 10, [], [15]],
    ['10 days before, the 15-day one sent', 10, [15], []],
    ['6 days before', 6, [15], []],
    ['5 days before: the 5-day warning', 5, [15], [5]],
    ['5 days before, nothing sent: only the 5-day one', 5, [], [5]],
    ['4 days before, nothing sent: the 5-day one, never a 15-day one', 4, [], [5]],
    ['4 days before, the 5-day one sent but not the 15-day one: nothing', 4, [5], []],
    ['4 days before, both sent', 4, [15, 5], []],
    ['on the deadline, the 5-day one missed: still in time', 0, [15], [5]],
    ['on the deadline, both sent', 0, [15, 5], []],
    ['the day after the deadline: too late to warn', -1, [], []],
    ['unrelated values in alreadyWarned are ignored', 15, [30, 7], [15]],
  ])('%s', (_case, daysBefore, alreadyWarned, expected) => {
    expect(deadlineWarningsDue({ deadline: DEADLINE, today: before(daysBefore), alreadyWarned })).toEqual(expected);
  });

  it.each<[string, number[], number, number[], number[]]>([
    ['unsorted thresholds', [5, 15], 12, [], [15]],
    ['three thresholds, the middle one missed', [30, 10, 1], 1, [30], [1]],
    ['a threshold of 0 warns on the deadline itself', [0], 0, [], [0]],
    ['no thresholds', [], 3, [], []],
  ])('%s', (_case, thresholds, daysBefore, alreadyWarned, expected) => {
    expect(deadlineWarningsDue({ deadline: DEADLINE, today: before(daysBefore), alreadyWarned, thresholds })).toEqual(expected);
  });

  it('a daily job sends 15 days before, then 5 days before, once each', () => {
    const sent: [number, number][] = [];
    for (let daysBefore = 40; daysBefore >= -5; daysBefore -= 1) {
      for (const days of deadlineWarningsDue({ deadline: DEADLINE, today: before(daysBefore), alreadyWarned: sent.map(([t]) => t) })) sent.push([days, daysBefore]);
    }
    expect(sent).toEqual([
      [15, 15],
      [5, 5],
    ]);
  });

  it('a job that skips days sends each threshold at most once, nearest first, never one a nearer threshold has overtaken', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 46, maxLength: 46 }), fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }), (runs, thresholds) => {
        const sent: number[] = [];
        runs.forEach((ran, i) => {
          const daysBefore = 40 - i;
          if (!ran) return;
          for (const days of deadlineWarningsDue({ deadline: DEADLINE, today: before(daysBefore), alreadyWarned: sent, thresholds })) {
            expect(daysBefore).toBeGreaterThanOrEqual(0);
            expect(days).toBeGreaterThanOrEqual(daysBefore);
            // No nearer threshold had come yet: the one sent is the nearest.
            expect(thresholds.filter((t) => t >= daysBefore && t < days)).toEqual([]);
            sent.push(days);
          }
        });
        expect(new Set(sent).size).toBe(sent.length);
        expect(sent).toEqual([...sent].sort((a, b) => b - a));
      }),
    );
  });

  it.each([
    ['an impossible deadline', { deadline: '2026-02-30', today: '2026-02-01', alreadyWarned: [] }],
    ['an impossible today', { deadline: DEADLINE, today: '2026-1-1', alreadyWarned: [] }],
    ['a negative threshold', { deadline: DEADLINE, today: '2026-03-01', alreadyWarned: [], thresholds: [-1] }],
  ])('refuses %s', (_case, args) => {
    expect(() => deadlineWarningsDue(args)).toThrow(RangeError);
  });
});

describe('collections before the date of loss: oldest invoice first', () => {
  const due = (invoiceId: string, outstanding: number, dueDate: string, issueDate = '2026-01-01'): ClaimInvoice => ({ invoiceId, amount: outstanding, outstanding, issueDate, dueDate });

  it.each<[string, ClaimInvoice[], number, [string, number][], number[]]>([
    [
      'by due date, whatever the order given',
      [due('A', 100_000, '2026-03-01'), due('B', 50_000, '2026-02-01'), due('C', 80_000, '2026-04-01')],
      70_000,
      [
        ['B', 50_000],
        ['A', 20_000],
      ],
      [80_000, 0, 80_000],
    ],
    [
      'same due date: the earlier issue date first',
      [due('A', 30_000, '2026-03-01', '2026-01-20'), due('B', 30_000, '2026-03-01', '2026-01-10')],
      40_000,
      [
        ['B', 30_000],
        ['A', 10_000],
      ],
      [20_000, 0],
    ],
    [
      'same due and issue dates: by id, in code-unit order (INV-10 before INV-2)',
      [due('INV-2', 30_000, '2026-03-01'), due('INV-10', 30_000, '2026-03-01')],
      45_000,
      [
        ['INV-10', 30_000],
        ['INV-2', 15_000],
      ],
      [15_000, 0],
    ],
    ['an invoice already paid gets nothing', [due('A', 0, '2026-02-01'), due('B', 25_000, '2026-03-01')], 10_001, [['B', 10_001]], [0, 14_999]],
    [
      'exactly the total outstanding clears every invoice',
      [due('A', 12_345, '2026-02-01'), due('B', 67_890, '2026-03-01')],
      80_235,
      [
        ['A', 12_345],
        ['B', 67_890],
      ],
      [0, 0],
    ],
    ['one cent', [due('A', 12_345, '2026-02-01'), due('B', 67_890, '2026-01-01')], 1, [['B', 1]], [12_345, 67_889]],
  ])('%s', (_case, invoices, amount, allocations, outstanding) => {
    const result = allocateCollection(invoices, amount);
    expect(result.allocations).toEqual(allocations.map(([invoiceId, part]) => ({ invoiceId, amount: part })));
    expect(result.invoices.map((i) => i.invoiceId)).toEqual(invoices.map((i) => i.invoiceId));
    expect(result.invoices.map((i) => i.outstanding)).toEqual(outstanding);
  });

  it('leaves the invoices it was given untouched', () => {
    const invoices = [due('A', 100_000, '2026-03-01')];
    allocateCollection(invoices, 1_000);
    expect(invoices[0]?.outstanding).toBe(100_000);
  });

  it('totals what is outstanding', () => {
    expect(totalOutstanding([due('A', 12_345, '2026-02-01'), due('B', 67_890, '2026-03-01')])).toBe(80_235);
    expect(totalOutstanding([])).toBe(0);
  });

  it.each([
    ['nothing', 0],
    ['a negative amount', -1],
    ['a fraction of a cent', 0.5],
    ['one cent more than the total outstanding', 80_236],
  ])('refuses %s', (_case, amount) => {
    expect(() => allocateCollection([due('A', 12_345, '2026-02-01'), due('B', 67_890, '2026-03-01')], amount)).toThrow(RangeError);
  });

  it.each<[string, ClaimInvoice[]]>([
    ['a duplicated invoice id', [due('A', 1_000, '2026-02-01'), due('A', 1_000, '2026-03-01')]],
    ['outstanding above the amount', [{ ...due('A', 1_000, '2026-02-01'), amount: 999 }]],
    ['a negative outstanding', [due('A', -1, '2026-02-01')]],
    ['a due date before the issue date', [due('A', 1_000, '2025-12-31', '2026-01-01')]],
  ])('refuses %s', (_case, invoices) => {
    expect(() => allocateCollection(invoices, 1)).toThrow(RangeError);
  });

  it('conserves money and pays an invoice only once every older one is cleared', () => {
    const invoices = fc
      .uniqueArray(
        fc.record({ invoiceId: fc.string({ minLength: 1, maxLength: 3 }), outstanding: fc.integer({ min: 0, max: 1_000_000 }), due: fc.integer({ min: 0, max: 10 }), issue: fc.integer({ min: 0, max: 10 }) }),
        { selector: (i) => i.invoiceId, minLength: 1, maxLength: 8 },
      )
      .map((list) => list.map(({ invoiceId, outstanding, due: d, issue }) => ({ invoiceId, amount: outstanding, outstanding, issueDate: addDays('2026-01-01', issue), dueDate: addDays('2026-02-01', d) })))
      .filter((list) => totalOutstanding(list) > 0);
    fc.assert(
      fc.property(
        invoices.chain((list) => fc.tuple(fc.constant(list), fc.integer({ min: 1, max: totalOutstanding(list) }))),
        ([list, amount]) => {
          const result = allocateCollection(list, amount);
          expect(result.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(amount);
          expect(totalOutstanding(result.invoices)).toBe(totalOutstanding(list) - amount);
          result.invoices.forEach((after, i) => {
            const was = list[i] as ClaimInvoice;
            expect(after.outstanding).toBeGreaterThanOrEqual(0);
            expect(after.outstanding).toBeLessThanOrEqual(was.outstanding);
          });
          expect(result.allocations.every((a) => a.amount > 0)).toBe(true);
          // Oldest first: once an invoice keeps something unpaid, every younger one is untouched.
          const age = (i: ClaimInvoice) => `${i.dueDate}|${i.issueDate}`;
          const byAge = list.map((was, i) => ({ was, after: result.invoices[i] as ClaimInvoice })).sort((a, b) => (age(a.was) < age(b.was) ? -1 : age(a.was) > age(b.was) ? 1 : a.was.invoiceId < b.was.invoiceId ? -1 : 1));
          const firstUnpaid = byAge.findIndex(({ after }) => after.outstanding > 0);
          if (firstUnpaid >= 0) for (const { was, after } of byAge.slice(firstUnpaid + 1)) expect(after.outstanding).toBe(was.outstanding);
        },
      ),
    );
  });
});

describe('the indemnity', () => {
  /**
   * Worked example, EUR, 90 %, deductible 1,000.00, threshold 5,000.00, terms up to 120 days.
   * Limit: 50,000.00 from 2026-01-01, raised to 80,000.00 on 2026-03-01, cancelled on 2026-05-01.
   *
   * | invoice | delivered  | terms | outstanding | limit that day | covered before | covered part              |
   * |---------|------------|-------|-------------|----------------|----------------|---------------------------|
   * | F       | 2025-12-15 | 60    | 1,500.00    | none           |                | 0 (before any limit)      |
   * | A       | 2026-01-10 | 60    | 30,000.00   | 50,000.00      | 0.00           | 30,000.00                 |
   * | B       | 2026-02-10 | 60    | 24,321.37   | 50,000.00      | 30,000.00      | 20,000.00 (the limit cap) |
   * |         |            |       | (of 25,000.00: partly paid)  |                |                           |
   * | C       | 2026-03-05 | 60    | 12,345.67   | 80,000.00      | 50,000.00      | 12,345.67                 |
   * | D       | 2026-03-20 | 165   | 9,999.99    | 80,000.00      |                | 0 (terms beyond 120 days) |
   * | E       | 2026-05-02 | 60    | 4,000.00    | 0 (cancelled)  |                | 0 (after cancellation)    |
   *
   * outstanding  = 1,500.00 + 30,000.00 + 24,321.37 + 12,345.67 + 9,999.99 + 4,000.00 = 82,167.03
   * covered loss = 30,000.00 + 20,000.00 + 12,345.67 = 62,345.67 (> the 5,000.00 threshold)
   * 90 %         = floor(6,234,567 × 90 / 100) = floor(5,611,110.3) = 5,611,110 cents = 56,111.10
   * − deductible = 56,111.10 − 1,000.00 = 55,111.10
   * max liability 100,000.00 − 40,000.00 already paid = 60,000.00 left: not reached.
   */
  const example = () =>
    computeIndemnity({
      invoices: [
        invoice('E', 400_000, '2026-05-02'),
        invoice('C', 1_234_567, '2026-03-05'),
        invoice('A', 3_000_000, '2026-01-10'),
        invoice('D', 999_999, '2026-03-20', 165),
        invoice('B', 2_432_137, '2026-02-10', 60, 2_500_000),
        invoice('F', 150_000, '2025-12-15'),
      ],
      limitSteps: [
        { from: '2026-03-01', total: 8_000_000 },
        { from: '2026-01-01', total: 5_000_000 },
        { from: '2026-05-01', total: 0 },
      ],
      policy: { ...POLICY, deductible: 100_000, claimThreshold: 500_000, maxLiability: 10_000_000 },
      indemnifiedThisPolicyYear: 4_000_000,
    });

  it('works the example to the cent', () => {
    const result = example();
    expect(result).toMatchObject({ outstanding: 8_216_703, coveredLoss: 6_234_567, coverPercent: 90, deductible: 100_000, cappedBy: 'limit', amount: 5_511_110 });
    expect(result.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual([
      ['F', false, 0, 'no_limit_at_delivery'],
      ['A', true, 3_000_000, 'covered'],
      ['B', true, 2_000_000, 'capped_by_limit'],
      ['C', true, 1_234_567, 'covered'],
      ['D', false, 0, 'terms_beyond_policy'],
      ['E', false, 0, 'no_limit_at_delivery'],
    ]);
  });

  it('explains the example with its numbers', () => {
    const result = example();
    expect(result.reasons).toEqual([
      { code: 'invoices_not_covered', message: 'EUR 15,499.99 outstanding on 3 invoices (F, D, E) is outside cover and not indemnified.' },
      { code: 'limit_cap', message: 'The limits in force at each delivery cap the covered loss at EUR 62,345.67 of the EUR 66,667.04 outstanding on invoices within cover.' },
      { code: 'cover_percent', message: 'The policy covers 90 % of the covered loss of EUR 62,345.67: EUR 56,111.10.' },
      { code: 'deductible', message: 'Less the deductible of EUR 1,000.00, the indemnity is EUR 55,111.10.' },
    ]);
    const byId = new Map(result.invoices.map((i) => [i.invoiceId, i.reason.message]));
    expect(byId.get('B')).toBe('Invoice B delivered on 2026-02-10 is covered for EUR 20,000.00 of its EUR 24,321.37 outstanding: the limit of EUR 50,000.00 in force that day leaves EUR 20,000.00 above the EUR 30,000.00 of earlier deliveries.');
    expect(byId.get('D')).toBe("Invoice D was delivered on 2026-03-20 on payment terms of 165 days, beyond the maximum credit period of 120 days of the policy in force that day, so it is not covered.");
    expect(byId.get('E')).toBe('Invoice E was delivered on 2026-05-02, when no limit was in force on the buyer, so it is not covered.');
  });

  it.each<[string, ClaimInvoice[], { steps?: LimitStep[]; policy?: Partial<IndemnityPolicy>; indemnified?: number }, number, number, 'limit' | 'max_liability' | undefined, string[]]>([
    // name, invoices, options, covered loss, indemnity, cappedBy, claim reason codes
    // --- the claim threshold (5,000.00): losses at or below it are not paid
    ['loss one cent below the threshold', [invoice('A', 499_999)], { policy: { claimThreshold: 500_000 } }, 499_999, 0, undefined, ['below_threshold']],
    ['loss at the threshold', [invoice('A', 500_000)], { policy: { claimThreshold: 500_000 } }, 500_000, 0, undefined, ['below_threshold']],
    // floor(500,001 × 0.9) = floor(450,000.9) = 450,000
    ['loss one cent above the threshold', [invoice('A', 500_001)], { policy: { claimThreshold: 500_000 } }, 500_001, 450_000, undefined, ['cover_percent', 'deductible']],
    ['no loss with a zero threshold', [invoice('A', 0, '2026-02-01', 60, 10_000)], {}, 0, 0, undefined, ['below_threshold']],
    // --- the deductible
    // 90 % of 1,000.00 = 900.00 < 2,000.00
    ['deductible larger than the loss', [invoice('A', 100_000)], { policy: { deductible: 200_000 } }, 100_000, 0, undefined, ['cover_percent', 'deductible']],
    ['deductible equal to the insured share', [invoice('A', 100_000)], { policy: { deductible: 90_000 } }, 100_000, 0, undefined, ['cover_percent', 'deductible']],
    // 90 % of 10,000.01 = floor(900,000.9) = 9,000.00; − 500.00 = 8,500.00
    ['deductible taken off the insured share', [invoice('A', 1_000_001)], { policy: { deductible: 50_000 } }, 1_000_001, 850_000, undefined, ['cover_percent', 'deductible']],
    // 80 % and 95 %, the policy's bounds: 1,234.57 → 987.65 (987.656) and 1,172.84 (1,172.8415)
    ['cover percent 80, rounded down', [invoice('A', 123_457)], { policy: { coverPercent: 80 } }, 123_457, 98_765, undefined, ['cover_percent', 'deductible']],
    ['cover percent 95, rounded down', [invoice('A', 123_457)], { policy: { coverPercent: 95 } }, 123_457, 117_284, undefined, ['cover_percent', 'deductible']],
    // --- the limit in force at each delivery
    ['single invoice above the limit', [invoice('A', 7_000_000)], {}, 5_000_000, 4_500_000, 'limit', ['limit_cap', 'cover_percent', 'deductible']],
    [
      'several invoices cumulating past the limit: 20,000 + 20,000 + 10,000 of the third',
      [invoice('A', 2_000_000, '2026-01-10'), invoice('B', 2_000_000, '2026-01-20'), invoice('C', 2_000_000, '2026-01-30')],
      {},
      5_000_000,
      4_500_000,
      'limit',
      ['limit_cap', 'cover_percent', 'deductible'],
    ],
    [
      'limit raised between deliveries: 50,000 of the first, then 30,000 of the 80,000',
      [invoice('A', 6_000_000, '2026-02-01'), invoice('B', 4_000_000, '2026-03-01')],
      { steps: [...LIMIT, { from: '2026-03-01', total: 8_000_000 }] },
      8_000_000,
      7_200_000,
      'limit',
      ['limit_cap', 'cover_percent', 'deductible'],
    ],
    [
      'limit reduced to 0 before a delivery: that invoice is not covered',
      [invoice('A', 2_000_000, '2026-02-01'), invoice('B', 2_000_000, '2026-04-01')],
      { steps: [...LIMIT, { from: '2026-03-15', total: 0 }] },
      2_000_000,
      1_800_000,
      undefined,
      ['invoices_not_covered', 'cover_percent', 'deductible'],
    ],
    [
      'limit reduced below what is already covered: the later delivery adds nothing',
      [invoice('A', 4_000_000, '2026-02-01'), invoice('B', 2_000_000, '2026-04-01')],
      { steps: [...LIMIT, { from: '2026-03-15', total: 3_000_000 }] },
      4_000_000,
      3_600_000,
      'limit',
      ['limit_cap', 'cover_percent', 'deductible'],
    ],
    // --- the maximum liability per policy year (100,000.00 here)
    ['remaining liability below the indemnity', [invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 8_000_000 }, 5_000_000, 2_000_000, 'max_liability', ['cover_percent', 'deductible', 'max_liability']],
    ['remaining liability one cent short of the indemnity', [invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 5_500_001 }, 5_000_000, 4_499_999, 'max_liability', ['cover_percent', 'deductible', 'max_liability']],
    ['remaining liability exactly the indemnity', [invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 5_500_000 }, 5_000_000, 4_500_000, undefined, ['cover_percent', 'deductible']],
    ['maximum liability exhausted', [invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 10_000_000 }, 5_000_000, 0, 'max_liability', ['cover_percent', 'deductible', 'max_liability']],
    ['maximum liability overrun already', [invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 12_000_000 }, 5_000_000, 0, 'max_liability', ['cover_percent', 'deductible', 'max_liability']],
    ['limit and maximum liability both cut: max liability wins', [invoice('A', 9_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 7_000_000 }, 5_000_000, 3_000_000, 'max_liability', ['limit_cap', 'cover_percent', 'deductible', 'max_liability']],
    ['exhausted liability with nothing due is no cap', [invoice('A', 100_000)], { policy: { deductible: 200_000, maxLiability: 10_000_000 }, indemnified: 10_000_000 }, 100_000, 0, undefined, ['cover_percent', 'deductible']],
    // --- invoices outside cover
    ['terms of 121 days, beyond the 120 allowed', [invoice('A', 1_000_000, '2026-02-01', 121)], {}, 0, 0, undefined, ['invoices_not_covered', 'below_threshold']],
    ['terms of exactly 120 days are covered', [invoice('A', 1_000_000, '2026-02-01', 120)], {}, 1_000_000, 900_000, undefined, ['cover_percent', 'deductible']],
    ['delivered before any limit', [invoice('A', 1_000_000, '2025-12-31')], {}, 0, 0, undefined, ['invoices_not_covered', 'below_threshold']],
    ['delivered the day the limit starts', [invoice('A', 1_000_000, '2026-01-01')], {}, 1_000_000, 900_000, undefined, ['cover_percent', 'deductible']],
    ['delivered after a cancellation', [invoice('A', 1_000_000, '2026-06-02')], { steps: [...LIMIT, { from: '2026-06-01', total: 0 }] }, 0, 0, undefined, ['invoices_not_covered', 'below_threshold']],
    // --- partial payments: the outstanding counts, not the invoice amount
    // floor(1,234,567 × 0.9) = floor(1,111,110.3) = 1,111,110
    ['partly paid invoice', [invoice('A', 1_234_567, '2026-02-01', 60, 3_000_000)], {}, 1_234_567, 1_111_110, undefined, ['cover_percent', 'deductible']],
    [
      'partly paid invoices leave room under the limit for later ones',
      [invoice('A', 1_000_000, '2026-01-10', 60, 4_000_000), invoice('B', 4_500_000, '2026-01-20')],
      {},
      5_000_000,
      4_500_000,
      'limit',
      ['limit_cap', 'cover_percent', 'deductible'],
    ],
  ])('%s', (_case, invoices, options, coveredLoss, amount, cappedBy, codes) => {
    const result = indemnity(invoices, options);
    expect(result.coveredLoss).toBe(coveredLoss);
    expect(result.amount).toBe(amount);
    expect(result.cappedBy).toBe(cappedBy);
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.outstanding).toBe(invoices.reduce((sum, i) => sum + i.outstanding, 0));
  });

  it('says why nothing is due, with the numbers', () => {
    expect(indemnity([invoice('A', 499_999)], { policy: { claimThreshold: 500_000 } }).reasons).toEqual([
      { code: 'below_threshold', message: 'The covered loss of EUR 4,999.99 is at or below the non-qualifying loss (claim threshold) of EUR 5,000.00, so no indemnity is due and no aggregate first loss is used.' },
    ]);
    expect(indemnity([invoice('A', 100_000)], { policy: { deductible: 200_000 } }).reasons[1]).toEqual({
      code: 'deductible',
      message: 'The deductible of EUR 2,000.00 is at least EUR 900.00, so no indemnity is due.',
    });
    expect(indemnity([invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 8_000_000 }).reasons[2]).toEqual({
      code: 'max_liability',
      message: 'The maximum liability of EUR 100,000.00 for the policy year leaves EUR 20,000.00 after the EUR 80,000.00 already indemnified, so the indemnity is EUR 20,000.00 instead of EUR 45,000.00.',
    });
    expect(indemnity([invoice('A', 5_000_000)], { policy: { maxLiability: 10_000_000 }, indemnified: 10_000_000 }).reasons[2]?.message).toBe(
      'The maximum liability of EUR 100,000.00 for the policy year is exhausted (EUR 100,000.00 already indemnified), so no indemnity is paid instead of EUR 45,000.00.',
    );
  });

  it('takes invoices in delivery order: issue date, then due date, then id', () => {
    const result = indemnity([invoice('B', 3_000_000, '2026-02-01', 30), invoice('A', 3_000_000, '2026-02-01', 30), invoice('C', 3_000_000, '2026-02-01', 20), invoice('D', 3_000_000, '2026-01-15', 90)]);
    expect(result.invoices.map((i) => [i.invoiceId, i.coveredAmount])).toEqual([
      ['D', 3_000_000],
      ['C', 2_000_000],
      ['A', 0],
      ['B', 0],
    ]);
    expect(result.invoices[2]?.reason.code).toBe('limit_exhausted');
  });

  it('counts JPY, which has no minor unit, in yen', () => {
    // floor(1,234,567 × 85 / 100) = floor(1,049,381.95) = 1,049,381; − 10,000 = 1,039,381
    const result = indemnity([invoice('A', 1_234_567)], { steps: [{ from: '2026-01-01', total: 5_000_000 }], policy: { currency: 'JPY', coverPercent: 85, deductible: 10_000 } });
    expect(result.amount).toBe(1_039_381);
    expect(result.reasons[1]?.message).toBe('Less the deductible of JPY 10,000, the indemnity is JPY 1,039,381.');
  });

  it('reaches past 2^53 / 100 without losing a cent', () => {
    // 9,007,199,254,740,991 × 90 would not be exact in a double; on BigInt it is.
    const max = Number.MAX_SAFE_INTEGER;
    const result = indemnity([invoice('A', max)], { steps: [{ from: '2026-01-01', total: max }], policy: { maxLiability: max } });
    expect(result.amount).toBe(8_106_479_329_266_891);
  });

  it.each<[string, Partial<IndemnityPolicy>]>([
    ['a fractional cover percent', { coverPercent: 90.5 }],
    ['a cover percent above 100', { coverPercent: 101 }],
    ['a negative deductible', { deductible: -1 }],
    ['a fractional threshold', { claimThreshold: 0.5 }],
    ['an unknown currency', { currency: 'XXX' }],
    ['fractional credit-period days', { maxCreditPeriodDays: 30.5 }],
  ])('refuses %s', (_case, policy) => {
    expect(() => indemnity([invoice('A', 1_000)], { policy })).toThrow(RangeError);
  });

  it.each<[string, Partial<IndemnityPolicy>, number]>([
    // 10,000.00 outstanding, a limit of 50,000.00, no deductible.
    ['a 100 % cover pays the whole covered loss', { coverPercent: 100 }, 1_000_000],
    ['a 0 % cover pays nothing', { coverPercent: 0 }, 0],
  ])('%s', (_case, policy, amount) => {
    expect(indemnity([invoice('A', 1_000_000)], { policy: { deductible: 0, claimThreshold: 0, ...policy } }).amount).toBe(amount);
  });

  it.each<[string, LimitStep[]]>([
    ['a step on an impossible day', [{ from: '2026-02-30', total: 5_000_000 }]],
    ['a negative limit', [{ from: '2026-01-01', total: -1 }]],
    ['a limit in fractions of a cent', [{ from: '2026-01-01', total: 100.5 }]],
  ])('refuses limit steps with %s', (_case, steps) => {
    expect(() => indemnity([invoice('A', 1_000)], { steps })).toThrow(RangeError);
  });

  it('refuses a negative cover percent', () => {
    expect(() => indemnity([invoice('A', 1_000)], { policy: { coverPercent: -1 } })).toThrow(RangeError);
  });

  it.each<[string, ClaimInvoice[]]>([
    ['the same invoice twice', [invoice('A', 1_000), invoice('A', 2_000)]],
    ['more outstanding than invoiced', [invoice('A', 2_000, '2026-02-01', 60, 1_000)]],
    ['a negative outstanding', [invoice('A', -1, '2026-02-01', 60, 1_000)]],
    ['a due date before the issue date', [{ invoiceId: 'A', amount: 1_000, outstanding: 1_000, issueDate: '2026-02-01', dueDate: '2026-01-31' }]],
    ['an empty invoice id', [invoice('', 1_000)]],
  ])('refuses invoices with %s', (_case, invoices) => {
    expect(() => indemnity(invoices)).toThrow(RangeError);
  });

  it('an invoice paid in full is within cover and adds nothing to the loss', () => {
    const result = indemnity([invoice('A', 0, '2026-02-01', 60, 500_000), invoice('B', 1_000_000)]);
    expect(result.invoices.find((c) => c.invoiceId === 'A')).toMatchObject({ covered: true, coveredAmount: 0, reason: { code: 'nothing_outstanding' } });
    expect(result.coveredLoss).toBe(1_000_000);
    expect(result.reasons.map((r) => r.code)).not.toContain('invoices_not_covered');
  });

  it('refuses a negative amount already indemnified', () => {
    expect(() => indemnity([invoice('A', 1_000)], { indemnified: -1 })).toThrow(RangeError);
  });

  it('every reason code is declared', () => {
    const result = example();
    for (const code of [...result.reasons, ...result.invoices.map((i) => i.reason)].map((r) => r.code)) expect(CLAIM_REASON_CODES).toContain(code);
  });

  it('never pays more than the insured share, never less than 0, never past the remaining maximum liability', () => {
    const day = fc.integer({ min: 0, max: 200 }).map((d) => addDays('2026-01-01', d));
    const claimInvoice = fc
      .record({ outstanding: fc.integer({ min: 0, max: 10_000_000 }), paid: fc.integer({ min: 0, max: 1_000_000 }), issueDate: day, terms: fc.integer({ min: 0, max: 150 }) })
      .map(({ outstanding, paid, issueDate, terms }) => ({ amount: outstanding + paid, outstanding, issueDate, dueDate: addDays(issueDate, terms) }));
    const invoices = fc.array(claimInvoice, { maxLength: 8 }).map((list) => list.map((i, n) => ({ ...i, invoiceId: `INV-${n}` })));
    const steps = fc.array(fc.record({ from: day, total: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000_000 })) }), { maxLength: 4 });
    const policy = fc.record({
      coverPercent: fc.integer({ min: 80, max: 95 }),
      deductible: fc.integer({ min: 0, max: 2_000_000 }),
      claimThreshold: fc.integer({ min: 0, max: 2_000_000 }),
      maxLiability: fc.integer({ min: 1, max: 50_000_000 }),
      maxCreditPeriodDays: fc.integer({ min: 30, max: 150 }),
      currency: fc.constant('EUR'),
    });
    fc.assert(
      fc.property(invoices, steps, policy, fc.integer({ min: 0, max: 60_000_000 }), (list, limitSteps, p, indemnified) => {
        const result = computeIndemnity({ invoices: list, limitSteps, policy: p, indemnifiedThisPolicyYear: indemnified });
        expect(Number.isSafeInteger(result.amount)).toBe(true);
        expect(result.amount).toBeGreaterThanOrEqual(0);
        expect(result.amount * 100).toBeLessThanOrEqual(result.coveredLoss * p.coverPercent);
        expect(result.amount).toBeLessThanOrEqual(Math.max(0, p.maxLiability - indemnified));
        if (result.coveredLoss <= p.claimThreshold) expect(result.amount).toBe(0);
        expect(result.coveredLoss).toBe(result.invoices.reduce((sum, i) => sum + i.coveredAmount, 0));
        expect(result.coveredLoss).toBeLessThanOrEqual(Math.max(0, ...limitSteps.map((s) => s.total)));
        for (const cover of result.invoices) {
          expect(cover.coveredAmount).toBeLessThanOrEqual(cover.outstanding);
          if (!cover.covered) expect(cover.coveredAmount).toBe(0);
        }
      }),
    );
  });
});

describe('the indemnity after an insolvency recorded late', () => {
  // Day 0 = 2026-01-01: a limit of 100,000.00 from day 0; the insolvency opened on day 3
  // (2026-01-04) is recorded on day 45 (2026-02-15), its cancellation dated day 3.
  const steps: LimitStep[] = [
    { from: '2026-01-01', total: 10_000_000, recordedOn: '2026-01-01' },
    { from: '2026-01-04', total: 0, recordedOn: '2026-02-15' },
  ];
  it.each([
    ['delivered the day before the insolvency (day 2)', '2026-01-03', true, 1_000_000, 'covered'],
    ['delivered the day the insolvency was opened (day 3)', '2026-01-04', false, 0, 'no_limit_at_delivery'],
    ['delivered the day after (day 4)', '2026-01-05', false, 0, 'no_limit_at_delivery'],
    ['delivered after the insolvency was recorded (day 46)', '2026-02-16', false, 0, 'no_limit_at_delivery'],
  ])('an invoice %s (%s): covered %s, %i, %s', (_case, issueDate, covered, coveredAmount, code) => {
    const result = indemnity([invoice('F1', 1_000_000, issueDate, 39)], { steps });
    expect(result.invoices[0]).toMatchObject({ covered, coveredAmount, reason: { code } });
    expect(result.coveredLoss).toBe(coveredAmount);
  });

  it('the worked example: 2,000,000 delivered day 1 and 3,000,000 day 5, due day 40; cover 90 %, deductible 100,000 → loss 2,000,000, indemnity 1,700,000', () => {
    const invoices = [
      { invoiceId: 'D1', amount: 2_000_000, outstanding: 2_000_000, issueDate: '2026-01-02', dueDate: '2026-02-10' },
      { invoiceId: 'D5', amount: 3_000_000, outstanding: 3_000_000, issueDate: '2026-01-06', dueDate: '2026-02-10' },
    ];
    const result = indemnity(invoices, { steps, policy: { deductible: 100_000 } });
    expect(result).toMatchObject({ outstanding: 5_000_000, coveredLoss: 2_000_000, coverPercent: 90, deductible: 100_000, amount: 1_700_000 });
    expect(result.invoices.map((c) => [c.invoiceId, c.coveredAmount, c.reason.code])).toEqual([
      ['D1', 2_000_000, 'covered'],
      ['D5', 0, 'no_limit_at_delivery'],
    ]);
    expect(result.reasons.map((r) => r.code)).toEqual(['invoices_not_covered', 'cover_percent', 'deductible']);
    // Dated the day it was recorded instead, the cancellation would have left both covered: 4,400,000.
    const recordedDay: LimitStep[] = [steps[0]!, { from: '2026-02-15', total: 0, recordedOn: '2026-02-15' }];
    expect(indemnity(invoices, { steps: recordedDay, policy: { deductible: 100_000 } }).amount).toBe(4_400_000);
  });
});

describe("the limit's conditions and a time-limited approval in the indemnity", () => {
  // EUR 50,000.00 from 2026-01-01, granted on terms of at most 60 days; the policy allows 120.
  const conditional: LimitStep[] = [{ from: '2026-01-01', total: 5_000_000, maxPaymentTermsDays: 60 }];
  // EUR 50,000.00 from 2026-01-01, approved until 2026-02-28.
  const timeLimited: LimitStep[] = [{ from: '2026-01-01', total: 5_000_000, expiresOn: '2026-02-28' }];
  type InvoiceRow = [string, boolean, number, string];

  it.each<[string, ClaimInvoice[], LimitStep[], InvoiceRow[], number]>([
    // case, invoices, steps, per invoice [id, covered, covered part, reason], covered loss
    ['terms on the condition (60 days): covered', [invoice('A', 1_000_000, '2026-02-01', 60)], conditional, [['A', true, 1_000_000, 'covered']], 1_000_000],
    ['terms one day beyond the condition (61 days): left out', [invoice('A', 1_000_000, '2026-02-01', 61)], conditional, [['A', false, 0, 'terms_beyond_condition']], 0],
    ['terms beyond the policy (121 days) and the condition: the policy speaks first', [invoice('A', 1_000_000, '2026-02-01', 121)], conditional, [['A', false, 0, 'terms_beyond_policy']], 0],
    ['terms at the policy maximum (120 days) but beyond the condition', [invoice('A', 1_000_000, '2026-02-01', 120)], conditional, [['A', false, 0, 'terms_beyond_condition']], 0],
    ['a condition of 0 days: cash on delivery covered', [invoice('A', 1_000_000, '2026-02-01', 0)], [{ from: '2026-01-01', total: 5_000_000, maxPaymentTermsDays: 0 }], [['A', true, 1_000_000, 'covered']], 1_000_000],
    ['a condition of 0 days: 1 day left out', [invoice('A', 1_000_000, '2026-02-01', 1)], [{ from: '2026-01-01', total: 5_000_000, maxPaymentTermsDays: 0 }], [['A', false, 0, 'terms_beyond_condition']], 0],
    [
      'an invoice left out uses none of the limit: the next one is covered in full',
      [invoice('A', 4_000_000, '2026-01-10', 61), invoice('B', 5_000_000, '2026-01-20', 60)],
      conditional,
      [
        ['A', false, 0, 'terms_beyond_condition'],
        ['B', true, 5_000_000, 'covered'],
      ],
      5_000_000,
    ],
    [
      'the condition of the limit in force at each delivery: lifted on 2026-03-01',
      [invoice('A', 1_000_000, '2026-02-28', 61), invoice('B', 1_000_000, '2026-03-01', 61)],
      [...conditional, { from: '2026-03-01', total: 5_000_000 }],
      [
        ['A', false, 0, 'terms_beyond_condition'],
        ['B', true, 1_000_000, 'covered'],
      ],
      1_000_000,
    ],
    [
      'the condition of the limit in force at each delivery: set on 2026-03-01',
      [invoice('A', 1_000_000, '2026-02-28', 61), invoice('B', 1_000_000, '2026-03-01', 61)],
      [...LIMIT, { from: '2026-03-01', total: 5_000_000, maxPaymentTermsDays: 60 }],
      [
        ['A', true, 1_000_000, 'covered'],
        ['B', false, 0, 'terms_beyond_condition'],
      ],
      1_000_000,
    ],
    ['paid in full on terms beyond the condition: outside cover, nothing to add', [invoice('A', 0, '2026-02-01', 61, 1_000_000)], conditional, [['A', false, 0, 'terms_beyond_condition']], 0],
    ['delivered the day the approval ends: covered', [invoice('A', 1_000_000, '2026-02-28')], timeLimited, [['A', true, 1_000_000, 'covered']], 1_000_000],
    ['delivered the day after the approval ends: left out', [invoice('A', 1_000_000, '2026-03-01')], timeLimited, [['A', false, 0, 'no_limit_at_delivery']], 0],
    [
      'approved again after a gap: covered again from the new step',
      [invoice('A', 1_000_000, '2026-03-09'), invoice('B', 1_000_000, '2026-03-10')],
      [...timeLimited, { from: '2026-03-10', total: 2_000_000 }],
      [
        ['A', false, 0, 'no_limit_at_delivery'],
        ['B', true, 1_000_000, 'covered'],
      ],
      1_000_000,
    ],
    [
      'a time-limited conditional approval: both bind',
      [invoice('A', 1_000_000, '2026-02-28', 61), invoice('B', 1_000_000, '2026-02-28', 60), invoice('C', 1_000_000, '2026-03-01', 60)],
      [{ from: '2026-01-01', total: 5_000_000, maxPaymentTermsDays: 60, expiresOn: '2026-02-28' }],
      [
        ['B', true, 1_000_000, 'covered'],
        ['A', false, 0, 'terms_beyond_condition'],
        ['C', false, 0, 'no_limit_at_delivery'],
      ],
      1_000_000,
    ],
  ])('%s', (_case, invoices, steps, expected, coveredLoss) => {
    const result = indemnity(invoices, { steps });
    expect(result.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual(expected);
    expect(result.coveredLoss).toBe(coveredLoss);
    const outsideWithOutstanding = expected.some(([id, covered]) => !covered && invoices.some((i) => i.invoiceId === id && i.outstanding > 0));
    expect(result.reasons.map((r) => r.code).includes('invoices_not_covered')).toBe(outsideWithOutstanding);
  });

  it('says why, with the numbers', () => {
    const reasonOf = (invoices: ClaimInvoice[], steps: LimitStep[]) => indemnity(invoices, { steps }).invoices[0]?.reason;
    expect(reasonOf([invoice('A', 1_000_000, '2026-02-01', 61)], conditional)).toEqual({
      code: 'terms_beyond_condition',
      message: 'Invoice A was delivered on 2026-02-01 on payment terms of 61 days, beyond the 60 days the conditions of the limit in force that day allow, so it is not covered.',
    });
    expect(reasonOf([invoice('A', 1_000_000, '2026-03-01')], timeLimited)).toEqual({
      code: 'no_limit_at_delivery',
      message: 'Invoice A was delivered on 2026-03-01, after the time-limited approval of the limit ended on 2026-02-28, so it is not covered.',
    });
    // A refusal that was time-limited too is no approval that ended.
    expect(reasonOf([invoice('A', 1_000_000, '2026-03-01')], [{ from: '2026-01-01', total: 0, expiresOn: '2026-02-28' }])?.message).toBe(
      'Invoice A was delivered on 2026-03-01, when no limit was in force on the buyer, so it is not covered.',
    );
  });

  it('declares its reason code', () => {
    expect(CLAIM_REASON_CODES).toContain('terms_beyond_condition');
  });
});

/**
 * Stop of cover in the indemnity: mepEndsOn 2026-05-01; limit EUR 50,000.00 from 2026-01-01;
 * invoices on 30-day terms delivered on 2026-04-30 (A, 10,000.00), 2026-05-01 (B, 20,000.00)
 * and 2026-05-02 (C, 5,000.00).
 * covered loss = 10,000.00 + 20,000.00 = 30,000.00 (C was delivered after the stop of cover);
 * 90 % = 27,000.00.
 */
describe('the indemnity leaves out deliveries after the stop of cover', () => {
  const invoices = [invoice('C', 500_000, '2026-05-02', 30), invoice('A', 1_000_000, '2026-04-30', 30), invoice('B', 2_000_000, '2026-05-01', 30)];
  it('covers deliveries up to mepEndsOn, not the day after', () => {
    const result = computeIndemnity({ invoices, limitSteps: LIMIT, policy: POLICY, indemnifiedThisPolicyYear: 0, mepEndsOn: '2026-05-01' });
    expect(result).toMatchObject({ outstanding: 3_500_000, coveredLoss: 3_000_000, amount: 2_700_000 });
    expect(result.invoices.map((i) => [i.invoiceId, i.covered, i.coveredAmount, i.reason.code])).toEqual([
      ['A', true, 1_000_000, 'covered'],
      ['B', true, 2_000_000, 'covered'],
      ['C', false, 0, 'delivered_after_stop_of_cover'],
    ]);
    expect(result.invoices[2]!.reason.message).toBe(
      'Invoice C was delivered on 2026-05-02, after cover on the buyer stopped at the end of the maximum extension period on 2026-05-01, so it is not covered.',
    );
    expect(result.reasons[0]).toEqual({ code: 'invoices_not_covered', message: 'EUR 5,000.00 outstanding on 1 invoice (C) is outside cover and not indemnified.' });
  });

  it('without a known mepEndsOn nothing is left out for it', () => {
    const result = computeIndemnity({ invoices, limitSteps: LIMIT, policy: POLICY, indemnifiedThisPolicyYear: 0 });
    expect(result).toMatchObject({ coveredLoss: 3_500_000, amount: 3_150_000 });
  });

  it('a paid invoice delivered after the stop is still reported as outside cover', () => {
    const result = computeIndemnity({ invoices: [invoice('P', 0, '2026-05-02', 30, 100_000)], limitSteps: LIMIT, policy: POLICY, indemnifiedThisPolicyYear: 0, mepEndsOn: '2026-05-01' });
    expect(result.invoices[0]).toMatchObject({ covered: false, reason: { code: 'delivered_after_stop_of_cover' } });
  });

  it('refuses an impossible mepEndsOn', () => {
    expect(() => computeIndemnity({ invoices, limitSteps: LIMIT, policy: POLICY, indemnifiedThisPolicyYear: 0, mepEndsOn: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('recoveries after indemnity, by each side\'s share of the loss', () => {
  // The insurer's cumulative share = floor(Σ recoveries × indemnity / loss); each recovery's share is the increment.
  it.each([
    // recovered before, amount, indemnity, loss → insurer, policyholder
    ['the issue: 200,000.00 on a loss of 200,000.00 indemnified 85,000.00', 0, 20_000_000, 8_500_000, 20_000_000, 8_500_000, 11_500_000],
    ['a first recovery of 24,000.00 on 120,000.00 indemnified 90,000.00', 0, 2_400_000, 9_000_000, 12_000_000, 1_800_000, 600_000],
    ['then 96,000.00: cumulative 90,000.00', 2_400_000, 9_600_000, 9_000_000, 12_000_000, 7_200_000, 2_400_000],
    ['a lone 1,000.01: 750.00 / 250.01', 0, 100_001, 9_000_000, 12_000_000, 75_000, 25_001],
    ['a cent: the insurer’s 0.75 cent rounds down', 0, 1, 9_000_000, 12_000_000, 0, 1],
    ['a second cent: cumulative 1.5 → 1', 1, 1, 9_000_000, 12_000_000, 1, 0],
    ['a third cent: cumulative 2.25 → 2', 2, 1, 9_000_000, 12_000_000, 1, 0],
    ['a fourth cent: cumulative 3', 3, 1, 9_000_000, 12_000_000, 1, 0],
    ['nothing indemnified: all to the policyholder', 0, 5_000, 0, 12_000_000, 0, 5_000],
    ['the whole loss indemnified: all to the insurer', 0, 5_000, 12_000_000, 12_000_000, 5_000, 0],
    ['the last cent of the loss', 11_999_999, 1, 9_000_000, 12_000_000, 1, 0],
  ])('%s', (_case, recoveredBefore, amount, indemnity, loss, insurer, policyholder) => {
    expect(splitRecovery({ amount, recoveredBefore, indemnity, loss })).toEqual({ insurer, policyholder });
  });

  it.each([
    ['beyond the loss', { amount: 2, recoveredBefore: 11_999_999, indemnity: 9_000_000, loss: 12_000_000 }],
    ['a zero amount', { amount: 0, recoveredBefore: 0, indemnity: 9_000_000, loss: 12_000_000 }],
    ['a negative amount', { amount: -1, recoveredBefore: 0, indemnity: 9_000_000, loss: 12_000_000 }],
    ['a fraction of a cent', { amount: 0.5, recoveredBefore: 0, indemnity: 9_000_000, loss: 12_000_000 }],
    ['a negative amount recovered before', { amount: 1, recoveredBefore: -1, indemnity: 9_000_000, loss: 12_000_000 }],
    ['an indemnity above the loss', { amount: 1, recoveredBefore: 0, indemnity: 12_000_001, loss: 12_000_000 }],
    ['a negative indemnity', { amount: 1, recoveredBefore: 0, indemnity: -1, loss: 12_000_000 }],
  ])('refuses %s', (_case, args) => {
    expect(() => splitRecovery(args)).toThrow(RangeError);
  });

  it('says by how much recoveries would pass the loss', () => {
    expect(() => splitRecovery({ amount: 2, recoveredBefore: 11_999_999, indemnity: 9_000_000, loss: 12_000_000 })).toThrow('recoveries of 12000001 would exceed the loss of 12000000');
  });

  it('never gives the insurer more than it paid, nor loses or invents a cent, over any run of recoveries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_000_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000_000 }), { minLength: 1, maxLength: 12 }),
        (loss, percent, amounts) => {
          const indemnity = Math.floor((loss * percent) / 100);
          let before = 0;
          let insurerTotal = 0;
          for (const amount of amounts) {
            if (before + amount > loss) {
              expect(() => splitRecovery({ amount, recoveredBefore: before, indemnity, loss })).toThrow(RangeError);
              break;
            }
            const { insurer, policyholder } = splitRecovery({ amount, recoveredBefore: before, indemnity, loss });
            expect(insurer + policyholder).toBe(amount);
            expect(insurer).toBeGreaterThanOrEqual(0);
            before += amount;
            insurerTotal += insurer;
            // Cumulative: exactly floor(Σ × indemnity / loss), whatever the split into payments.
            expect(BigInt(insurerTotal)).toBe((BigInt(before) * BigInt(indemnity)) / BigInt(loss));
            expect(insurerTotal).toBeLessThanOrEqual(indemnity);
          }
        },
      ),
    );
  });
});

describe('collection costs, shared like recoveries', () => {
  it.each([
    // costs before, amount, indemnity, loss → insurer, policyholder
    ['the worked example: 12,000.00 on 120,000.00 indemnified 90,000.00', 0, 1_200_000, 9_000_000, 12_000_000, 900_000, 300_000],
    ['a second cost of 0.01: cumulative floor(1,200,001 × 0.75) = 900,000', 1_200_000, 1, 9_000_000, 12_000_000, 0, 1],
    ['a third: cumulative floor(1,200,002 × 0.75) = 900,001', 1_200_001, 1, 9_000_000, 12_000_000, 1, 0],
    ['costs above the loss are still shared (no cap)', 0, 24_000_000, 9_000_000, 12_000_000, 18_000_000, 6_000_000],
    ['no indemnity: the policyholder bears them all', 0, 50_000, 0, 12_000_000, 0, 50_000],
  ])('%s', (_case, costsBefore, amount, indemnity, loss, insurer, policyholder) => {
    expect(splitCosts({ amount, costsBefore, indemnity, loss })).toEqual({ insurer, policyholder });
  });

  it.each([
    ['a zero amount', { amount: 0, costsBefore: 0, indemnity: 1, loss: 2 }],
    ['a fraction of a cent', { amount: 1.5, costsBefore: 0, indemnity: 1, loss: 2 }],
    ['an indemnity above the loss', { amount: 1, costsBefore: 0, indemnity: 3, loss: 2 }],
    ['negative costs before', { amount: 1, costsBefore: -5, indemnity: 1, loss: 2 }],
  ])('refuses %s', (_case, args) => {
    expect(() => splitCosts(args)).toThrow(RangeError);
  });
});

describe('claim states', () => {
  const ALLOWED = new Set(['notified→in_collection', 'in_collection→recovered', 'in_collection→indemnifiable', 'indemnifiable→indemnified', 'indemnifiable→closed', 'indemnified→closed', 'recovered→closed']);
  const pairs = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.map((to) => [from, to] as [ClaimStatus, ClaimStatus]));

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it('refuses a state it does not know', () => {
    expect(canTransition('reopened' as ClaimStatus, 'closed')).toBe(false);
  });
});

describe('policy year of a date of loss', () => {
  it.each([
    ['2026-11-26', undefined, '2026-01-01'],
    ['2026-03-31', '2024-04-01', '2025-04-01'],
    ['2026-04-01', '2024-04-01', '2026-04-01'],
    ['2027-02-28', '2024-02-29', '2027-02-28'],
    ['2027-02-27', '2024-02-29', '2026-02-28'],
    ['2028-02-28', '2024-02-29', '2027-02-28'],
    ['2028-02-29', '2024-02-29', '2028-02-29'],
    ['2024-01-15', '2024-02-29', '2024-02-29'],
  ])('%s with inception %s → the year starting %s', (dateOfLoss, inception, expected) => {
    expect(policyYearOf(dateOfLoss, inception)).toBe(expected);
  });
});
