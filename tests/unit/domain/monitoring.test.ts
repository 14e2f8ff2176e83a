import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADES, type Grade } from '../../../shared/domain/grades.ts';
import type { Tranche } from '../../../shared/domain/limits.ts';
import { unitFor } from '../../../shared/domain/money.ts';
import {
  DEFAULT_DOWNGRADE_RULES,
  addDays,
  assertDowngradeRules,
  daysBetween,
  limitActionAfterRegrade,
  mergeReduction,
  regrade,
  type BuyerStatus,
  type DowngradeRules,
  type Regrade,
  type RiskEventInput,
} from '../../../shared/domain/monitoring.ts';

const ON = '2026-01-20';
const TODAY = '2026-01-31';
const IN_30_DAYS = '2026-03-02';
const JUNE: Tranche = { amount: 4_000_000, expiresOn: '2026-06-30' };

const event = (type: RiskEventInput['type'], extra: Partial<RiskEventInput> = {}): RiskEventInput => ({ type, occurredOn: ON, ...extra });

describe('regrading a buyer after one risk event', () => {
  it.each<[string, number, BuyerStatus, RiskEventInput, Grade, BuyerStatus, boolean, string[]]>([
    ['insolvency opened', 5, 'active', event('insolvency_opened'), 10, 'insolvent', true, ['insolvency_opened']],
    ['insolvency opened on a closed buyer', 10, 'closed', event('insolvency_opened'), 10, 'insolvent', true, ['insolvency_opened']],
    ['closure', 3, 'active', event('closure'), 10, 'closed', true, ['closure']],
    ['closure of an insolvent buyer', 10, 'insolvent', event('closure'), 10, 'closed', true, ['closure']],
    ['rating change down', 4, 'active', event('rating_change', { newGrade: 7 }), 7, 'active', true, ['rating_change']],
    ['rating change up', 7, 'active', event('rating_change', { newGrade: 2 }), 2, 'active', true, ['rating_change']],
    ['rating change to the same grade', 4, 'active', event('rating_change', { newGrade: 4 }), 4, 'active', false, ['rating_change']],
    ['rating change to 10 leaves the status', 6, 'active', event('rating_change', { newGrade: 10 }), 10, 'active', true, ['rating_change']],
    ['low payment incident: +1', 4, 'active', event('payment_incident', { severity: 'low' }), 5, 'active', true, ['payment_incident']],
    ['payment incident without severity is medium: +2', 4, 'active', event('payment_incident'), 6, 'active', true, ['payment_incident']],
    ['medium payment incident: +2', 4, 'active', event('payment_incident', { severity: 'medium' }), 6, 'active', true, ['payment_incident']],
    ['high payment incident: +3', 4, 'active', event('payment_incident', { severity: 'high' }), 7, 'active', true, ['payment_incident']],
    ['high payment incident caps at 10', 9, 'active', event('payment_incident', { severity: 'high' }), 10, 'active', true, ['payment_incident']],
    ['payment incident at 10 stays at 10', 10, 'active', event('payment_incident', { severity: 'low' }), 10, 'active', false, ['payment_incident']],
    ['payment incident ignores a newGrade below it', 6, 'active', event('payment_incident', { severity: 'low', newGrade: 2 }), 7, 'active', true, ['payment_incident']],
    ['low-severity financials improve by 1', 4, 'active', event('financials', { severity: 'low' }), 3, 'active', true, ['financials']],
    ['low-severity financials stop at 1', 1, 'active', event('financials', { severity: 'low' }), 1, 'active', false, ['financials']],
    ['financials without severity change nothing', 4, 'active', event('financials'), 4, 'active', false, ['financials']],
    ['high-severity financials worsen by 1', 4, 'active', event('financials', { severity: 'high' }), 5, 'active', true, ['financials']],
    ['high-severity financials stop at 10', 10, 'active', event('financials', { severity: 'high' }), 10, 'active', false, ['financials']],
    ['financials with a grade: the grade wins over severity', 4, 'active', event('financials', { severity: 'high', newGrade: 2 }), 2, 'active', true, ['financials']],
    ['an insolvent buyer is not rated back up', 10, 'insolvent', event('rating_change', { newGrade: 3 }), 10, 'insolvent', false, ['rating_change', 'grade_held']],
    ['a closed buyer is not improved by financials', 10, 'closed', event('financials', { severity: 'low' }), 10, 'closed', false, ['financials', 'grade_held']],
    ['an insolvent buyer stored below 10 is put back at 10', 7, 'insolvent', event('financials', { newGrade: 4 }), 10, 'insolvent', true, ['financials', 'grade_held']],
    ['an insolvent buyer with a payment incident stays at 10', 10, 'insolvent', event('payment_incident'), 10, 'insolvent', false, ['payment_incident']],
    ['an insolvent buyer rated 10 again needs no explanation', 10, 'insolvent', event('rating_change', { newGrade: 10 }), 10, 'insolvent', false, ['rating_change']],
  ])('%s', (_case, grade, status, input, toGrade, toStatus, changed, codes) => {
    const result = regrade({ buyerId: 'B1', grade, status }, input);
    expect(result).toMatchObject({ grade: toGrade, status: toStatus, changed, from: { grade, status } });
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('names the buyer, both grades and the event date', () => {
    const [reason] = regrade({ buyerId: 'FR-552100554', grade: 4, status: 'active' }, event('payment_incident', { severity: 'high' })).reasons;
    expect(reason?.message).toBe('A high-severity payment incident on buyer FR-552100554 on 2026-01-20: it moves from grade 4 to grade 7.');
  });

  it('explains why an insolvent buyer keeps grade 10', () => {
    const held = regrade({ buyerId: 'B1', grade: 10, status: 'insolvent' }, event('rating_change', { newGrade: 3 })).reasons[1];
    expect(held?.message).toBe('Buyer B1 is insolvent, so the rating change of 2026-01-20 cannot bring it back from grade 10 to grade 3: it stays at grade 10 until an underwriter reinstates it.');
  });

  it.each<[string, { grade: number; status: BuyerStatus }, RiskEventInput, string[]]>([
    ['statements reviewed by the analysts', { grade: 4, status: 'active' }, event('financials', { severity: 'high', newGrade: 2 }), ['Buyer B1 filed financial statements reviewed by the analysts on 2026-01-20: it moves from grade 4 to grade 2.']],
    ['low severity: reassuring', { grade: 4, status: 'active' }, event('financials', { severity: 'low' }), ['Buyer B1 filed reassuring financial statements on 2026-01-20: it moves from grade 4 to grade 3.']],
    ['no severity: neutral, the grade stays', { grade: 4, status: 'active' }, event('financials'), ['Buyer B1 filed neutral financial statements on 2026-01-20: it stays at grade 4.']],
    ['high severity: worrying', { grade: 4, status: 'active' }, event('financials', { severity: 'high' }), ['Buyer B1 filed worrying financial statements on 2026-01-20: it moves from grade 4 to grade 5.']],
    [
      'a closed buyer held at 10 against statements',
      { grade: 10, status: 'closed' },
      event('financials', { severity: 'low' }),
      [
        'Buyer B1 filed reassuring financial statements on 2026-01-20: it moves from grade 10 to grade 9.',
        'Buyer B1 is closed, so the financial statements of 2026-01-20 cannot bring it back from grade 10 to grade 9: it stays at grade 10 until an underwriter reinstates it.',
      ],
    ],
    [
      'an insolvent buyer stored below 10 held at 10 against an incident',
      { grade: 7, status: 'insolvent' },
      event('payment_incident', { severity: 'low' }),
      [
        'A low-severity payment incident on buyer B1 on 2026-01-20: it moves from grade 7 to grade 8.',
        'Buyer B1 is insolvent, so the payment incident of 2026-01-20 cannot bring it back from grade 10 to grade 8: it stays at grade 10 until an underwriter reinstates it.',
      ],
    ],
  ])('explains %s', (_case, buyer, input, messages) => {
    expect(regrade({ buyerId: 'B1', ...buyer }, input).reasons.map((r) => r.message)).toEqual(messages);
  });

  it.each<[string, { grade: number; status: BuyerStatus }, RiskEventInput]>([
    ['a rating change without a grade', { grade: 4, status: 'active' }, event('rating_change')],
    ['a rating change to grade 0', { grade: 4, status: 'active' }, event('rating_change', { newGrade: 0 })],
    ['a rating change to grade 11', { grade: 4, status: 'active' }, event('rating_change', { newGrade: 11 })],
    ['a rating change to grade 2.5', { grade: 4, status: 'active' }, event('rating_change', { newGrade: 2.5 })],
    ['financials with grade NaN', { grade: 4, status: 'active' }, event('financials', { newGrade: Number.NaN })],
    ['an unknown event type', { grade: 4, status: 'active' }, event('merger' as RiskEventInput['type'])],
    ['an unknown severity', { grade: 4, status: 'active' }, event('payment_incident', { severity: 'severe' as RiskEventInput['severity'] })],
    ['an impossible date', { grade: 4, status: 'active' }, { type: 'closure', occurredOn: '2026-02-30' }],
    ['a buyer graded 0', { grade: 0, status: 'active' }, event('closure')],
    ['an unknown status', { grade: 4, status: 'dormant' as BuyerStatus }, event('closure')],
  ])('refuses %s', (_case, buyer, input) => {
    expect(() => regrade({ buyerId: 'B1', ...buyer }, input)).toThrow(RangeError);
  });
});

describe('the limit after a regrade', () => {
  interface Row {
    case: string;
    grade: number;
    status?: BuyerStatus;
    event: RiskEventInput;
    limit: { amount: number; temporary?: Tranche };
    currency?: string;
    today?: string;
    rules?: DowngradeRules;
    then: { kind: 'reduced' | 'cancelled'; to: { amount: number; temporary?: Tranche }; effectiveOn: string; immediate: boolean; code: string } | undefined;
  }
  const rows: Row[] = [
    {
      case: 'an insolvency opened today cancels the limit and its tranche from today',
      grade: 5,
      event: event('insolvency_opened', { occurredOn: TODAY }),
      limit: { amount: 10_000_000, temporary: JUNE },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an insolvency opened Jan 20, recorded Jan 31, cancels from Jan 20',
      grade: 5,
      event: event('insolvency_opened'),
      limit: { amount: 10_000_000, temporary: JUNE },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: ON, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an insolvency opened the day before it is recorded cancels from that day (Jan 30)',
      grade: 3,
      event: event('insolvency_opened', { occurredOn: '2026-01-30' }),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: '2026-01-30', immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an insolvency dated after today (never accepted by the API) cancels from today, not later',
      grade: 3,
      event: event('insolvency_opened', { occurredOn: '2026-02-01' }),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an urgent insolvency opened Jan 20 still cancels from Jan 20',
      grade: 3,
      event: event('insolvency_opened', { urgent: true }),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: ON, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an insolvency on a buyer already graded 10 (limit still held) cancels from its day',
      grade: 10,
      event: event('insolvency_opened'),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: ON, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'a closure dated Jan 20 cancels at once, from the day it is recorded',
      grade: 3,
      event: event('closure'),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'an urgent closure cancels at once',
      grade: 3,
      event: event('closure', { urgent: true }),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'a rating to 10 cancels at once, without notice',
      grade: 6,
      event: event('rating_change', { newGrade: 10 }),
      limit: { amount: 10_000_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'a payment incident that reaches grade 10 cancels at once',
      grade: 9,
      event: event('payment_incident', { severity: 'low' }),
      limit: { amount: 2_500_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true, code: 'limit_cancelled' },
    },
    {
      case: 'a rating to 9 still gets its 30 days notice',
      grade: 3,
      event: event('rating_change', { newGrade: 9 }),
      limit: { amount: 10_000_000 },
      then: { kind: 'reduced', to: { amount: 2_500_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a downgrade to 8 keeps 50 %',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 10_000_000 },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a downgrade to 9 keeps 25 %',
      grade: 6,
      event: event('rating_change', { newGrade: 9 }),
      limit: { amount: 10_000_000 },
      then: { kind: 'reduced', to: { amount: 2_500_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: '8 → 9 keeps 25/50 of the limit already halved: 25 % of the original',
      grade: 8,
      event: event('payment_incident', { severity: 'low' }),
      limit: { amount: 5_000_000 },
      then: { kind: 'reduced', to: { amount: 2_500_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    { case: '9 → 8 is an improvement: no cut', grade: 9, event: event('rating_change', { newGrade: 8 }), limit: { amount: 2_500_000 }, then: undefined },
    { case: 'an improvement from an unlisted grade (10 → 8) cuts nothing', grade: 10, event: event('rating_change', { newGrade: 8 }), limit: { amount: 5_000_000 }, then: undefined },
    { case: 'grade 8 unchanged: no second cut', grade: 8, event: event('financials'), limit: { amount: 5_000_000 }, then: undefined },
    { case: 'grade 8 unchanged, a limit off the step: no cut to the step either', grade: 8, event: event('financials'), limit: { amount: 5_000_500 }, then: undefined },
    {
      case: 'a grade that keeps 100 % cuts nothing',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 10_000_000 },
      rules: { keepPercentByGrade: { 8: 100 }, noticeDays: 30 },
      then: undefined,
    },
    {
      case: 'rules keeping nothing at 8 and 9: a limit granted again at 8 is cancelled at 9',
      grade: 8,
      event: event('payment_incident', { severity: 'low' }),
      limit: { amount: 5_000_000 },
      rules: { keepPercentByGrade: { 8: 0, 9: 0 }, noticeDays: 30 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_cancelled' },
    },
    { case: 'a downgrade to 7 is not listed: untouched', grade: 5, event: event('rating_change', { newGrade: 7 }), limit: { amount: 10_000_000 }, then: undefined },
    { case: 'a limit already at zero is left alone, even on insolvency', grade: 5, event: event('insolvency_opened'), limit: { amount: 0 }, then: undefined },
    {
      case: 'the kept share rounds DOWN to the step (EUR 123,456.78 → 61,000)',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 12_345_678 },
      then: { kind: 'reduced', to: { amount: 6_100_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a share below one step is a cancellation (EUR 1,000 at 50 %)',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 100_000 },
      then: { kind: 'cancelled', to: { amount: 0 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_cancelled' },
    },
    {
      case: 'the step is per currency (JPY 1,234,567 → 617,000)',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 1_234_567 },
      currency: 'JPY',
      then: { kind: 'reduced', to: { amount: 617_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'the temporary tranche goes first, then the permanent amount',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 6_000_000, temporary: JUNE },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a cut to exactly the permanent amount leaves no tranche',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 5_000_000, temporary: { amount: 5_000_000, expiresOn: '2026-06-30' } },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a tranche used up to zero is a limit like any other',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 10_000_000, temporary: { amount: 0, expiresOn: '2026-06-30' } },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'a tranche survives for the part of the kept total above the permanent amount',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 3_000_000, temporary: { amount: 7_000_000, expiresOn: '2026-06-30' } },
      then: { kind: 'reduced', to: { amount: 3_000_000, temporary: { amount: 2_000_000, expiresOn: '2026-06-30' } }, effectiveOn: IN_30_DAYS, immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'an urgent payment incident cuts at once',
      grade: 5,
      event: event('payment_incident', { severity: 'high', urgent: true }),
      limit: { amount: 10_000_000 },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: TODAY, immediate: true, code: 'limit_reduced' },
    },
    {
      case: 'notice across a leap February (2028-01-31 + 30 = 2028-03-01)',
      grade: 6,
      event: event('rating_change', { newGrade: 9 }),
      limit: { amount: 10_000_000 },
      today: '2028-01-31',
      then: { kind: 'reduced', to: { amount: 2_500_000 }, effectiveOn: '2028-03-01', immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'notice across the year end (2026-12-15 + 30 = 2027-01-14)',
      grade: 6,
      event: event('rating_change', { newGrade: 9 }),
      limit: { amount: 10_000_000 },
      today: '2026-12-15',
      then: { kind: 'reduced', to: { amount: 2_500_000 }, effectiveOn: '2027-01-14', immediate: false, code: 'limit_reduced' },
    },
    {
      case: 'rules without notice act today',
      grade: 6,
      event: event('rating_change', { newGrade: 8 }),
      limit: { amount: 10_000_000 },
      rules: { keepPercentByGrade: { 8: 50, 9: 25 }, noticeDays: 0 },
      then: { kind: 'reduced', to: { amount: 5_000_000 }, effectiveOn: TODAY, immediate: true, code: 'limit_reduced' },
    },
    {
      case: 'custom rules: grade 7 keeps 70 %',
      grade: 5,
      event: event('rating_change', { newGrade: 7 }),
      limit: { amount: 10_000_000 },
      rules: { keepPercentByGrade: { 7: 70 }, noticeDays: 10 },
      then: { kind: 'reduced', to: { amount: 7_000_000 }, effectiveOn: '2026-02-10', immediate: false, code: 'limit_reduced' },
    },
  ];

  it.each(rows)('$case', (row) => {
    const after = regrade({ buyerId: 'B1', grade: row.grade, status: row.status ?? 'active' }, row.event);
    const action = limitActionAfterRegrade({
      regrade: after,
      event: row.event,
      limit: row.limit,
      currency: row.currency ?? 'EUR',
      today: row.today ?? TODAY,
      rules: row.rules ?? DEFAULT_DOWNGRADE_RULES,
      buyerId: 'B1',
    });
    if (row.then === undefined) {
      expect(action).toBeUndefined();
      return;
    }
    const { code, ...rest } = row.then;
    expect(action).toMatchObject(rest);
    expect(action?.to).toEqual(rest.to);
    expect(action?.reasons[0]?.code).toBe(code);
    // The regrade's own reasons follow, so the tenant reads why the buyer moved.
    expect(action?.reasons.slice(1)).toEqual(after.reasons);
  });

  it('without the previous grade, a regrade to 8 keeps 50 % of the limit passed', () => {
    const bare: Regrade = { grade: 8, status: 'active', changed: true, reasons: [] };
    const action = limitActionAfterRegrade({ regrade: bare, event: event('financials'), limit: { amount: 10_000_000 }, currency: 'EUR', today: TODAY, rules: DEFAULT_DOWNGRADE_RULES, buyerId: 'B1' });
    expect(action?.to).toEqual({ amount: 5_000_000 });
  });

  it.each<BuyerStatus>(['insolvent', 'closed'])('a buyer %s loses its limit whatever grade the regrade carries', (status) => {
    const bare: Regrade = { grade: 7, status, changed: true, reasons: [] };
    const action = limitActionAfterRegrade({ regrade: bare, event: event('financials'), limit: { amount: 10_000_000 }, currency: 'EUR', today: TODAY, rules: DEFAULT_DOWNGRADE_RULES, buyerId: 'B1' });
    expect(action).toMatchObject({ kind: 'cancelled', to: { amount: 0 }, effectiveOn: TODAY, immediate: true });
    expect(action?.reasons.map((r) => r.code)).toEqual(['limit_cancelled']);
  });

  it.each<[string, number, RiskEventInput, { amount: number; temporary?: Tranche }, DowngradeRules, string]>([
    [
      'insolvency today, at once',
      5,
      event('insolvency_opened', { occurredOn: TODAY }),
      { amount: 10_000_000, temporary: JUNE },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 is insolvent, so the limit of EUR 100,000.00 plus a temporary EUR 40,000.00 until 2026-06-30 is cancelled for deliveries from 2026-01-31 (today), as insolvency takes effect at once.',
    ],
    [
      'insolvency recorded late, from the day it was opened',
      5,
      event('insolvency_opened'),
      { amount: 10_000_000 },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 is insolvent, so the limit of EUR 100,000.00 is cancelled for deliveries from 2026-01-20, the day the insolvency was opened, although it is recorded only on 2026-01-31.',
    ],
    [
      'closure, at once',
      3,
      event('closure'),
      { amount: 10_000_000 },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 has closed, so the limit of EUR 100,000.00 is cancelled for deliveries from 2026-01-31 (today), as a buyer closed or graded 10 gets no notice period.',
    ],
    [
      'a rating to 10, even flagged urgent',
      6,
      event('rating_change', { newGrade: 10, urgent: true }),
      { amount: 10_000_000 },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 is graded 10 (defaulted), so the limit of EUR 100,000.00 is cancelled for deliveries from 2026-01-31 (today), as a buyer closed or graded 10 gets no notice period.',
    ],
    [
      'an urgent cut',
      6,
      event('rating_change', { newGrade: 8, urgent: true }),
      { amount: 10_000_000 },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 is now grade 8, where 50 % of the limit is kept, so the limit of EUR 100,000.00 is reduced to EUR 50,000.00 for deliveries from 2026-01-31 (today), as the event is urgent.',
    ],
    [
      'a cut under rules without notice',
      6,
      event('rating_change', { newGrade: 8 }),
      { amount: 10_000_000 },
      { keepPercentByGrade: { 8: 50 }, noticeDays: 0 },
      'Buyer B1 is now grade 8, where 50 % of the limit is kept, so the limit of EUR 100,000.00 is reduced to EUR 50,000.00 for deliveries from 2026-01-31 (today), as no notice period applies.',
    ],
    [
      'a share below one step',
      6,
      event('rating_change', { newGrade: 8 }),
      { amount: 100_000 },
      DEFAULT_DOWNGRADE_RULES,
      'Buyer B1 is now grade 8, where no cover is kept, so the limit of EUR 1,000.00 is cancelled for deliveries from 2026-03-02, 30 days after this notice.',
    ],
  ])('says why and from when: %s', (_case, grade, e, limit, rules, message) => {
    const action = limitActionAfterRegrade({ regrade: regrade({ buyerId: 'B1', grade, status: 'active' }, e), event: e, limit, currency: 'EUR', today: TODAY, rules, buyerId: 'B1' });
    expect(action?.reasons[0]?.message).toBe(message);
  });

  it('says what is kept, from when, and why', () => {
    const e = event('rating_change', { newGrade: 8 });
    const action = limitActionAfterRegrade({
      regrade: regrade({ buyerId: 'B1', grade: 6, status: 'active' }, e),
      event: e,
      limit: { amount: 10_000_000 },
      currency: 'EUR',
      today: TODAY,
      rules: DEFAULT_DOWNGRADE_RULES,
      buyerId: 'B1',
    });
    expect(action?.reasons[0]?.message).toBe(
      'Buyer B1 is now grade 8, where 50 % of the limit is kept, so the limit of EUR 100,000.00 is reduced to EUR 50,000.00 for deliveries from 2026-03-02, 30 days after this notice.',
    );
  });

  it('refuses malformed input', () => {
    const e = event('rating_change', { newGrade: 8 });
    const base = { regrade: regrade({ buyerId: 'B1', grade: 6, status: 'active' }, e), event: e, limit: { amount: 10_000_000 }, currency: 'EUR', today: TODAY, rules: DEFAULT_DOWNGRADE_RULES, buyerId: 'B1' };
    expect(() => limitActionAfterRegrade({ ...base, currency: 'XXX' })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, today: '2026-13-01' })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, limit: { amount: 1.5 } })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, limit: { amount: -100_000 } })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, rules: { keepPercentByGrade: { 8: 150 }, noticeDays: 30 } })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, event: { ...e, occurredOn: '2026-02-30' } })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, limit: { amount: 10_000_000, temporary: { amount: -100_000, expiresOn: '2026-06-30' } } })).toThrow(RangeError);
    expect(() => limitActionAfterRegrade({ ...base, limit: { amount: 10_000_000, temporary: { amount: 1_000_000, expiresOn: '2026-02-30' } } })).toThrow(RangeError);
  });

  it('refuses an unknown currency even when there is nothing to cut', () => {
    const e = event('insolvency_opened');
    const after = regrade({ buyerId: 'B1', grade: 5, status: 'active' }, e);
    expect(() => limitActionAfterRegrade({ regrade: after, event: e, limit: { amount: 0 }, currency: 'XXX', today: TODAY, rules: DEFAULT_DOWNGRADE_RULES, buyerId: 'B1' })).toThrow(RangeError);
  });

  it('never raises a limit and always lands on the step (property)', () => {
    const currency = fc.constantFrom('EUR', 'JPY', 'GBP');
    const limit = fc.record({
      amount: fc.integer({ min: 0, max: 10_000_000_000 }),
      temporary: fc.option(fc.integer({ min: 1, max: 1_000_000_000 }), { nil: undefined }),
    });
    const keep = fc.dictionary(
      fc.constantFrom(...GRADES.filter((g) => g < 10).map(String)),
      fc.integer({ min: 0, max: 100 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...GRADES),
        fc.constantFrom(...GRADES),
        limit,
        currency,
        keep,
        fc.boolean(),
        (from, to, held, cur, keepPercentByGrade, urgent) => {
          const e = event('rating_change', { newGrade: to, urgent });
          const heldLimit = { amount: held.amount, ...(held.temporary ? { temporary: { amount: held.temporary, expiresOn: '2026-06-30' } } : {}) };
          const total = heldLimit.amount + (heldLimit.temporary?.amount ?? 0);
          const action = limitActionAfterRegrade({
            regrade: regrade({ buyerId: 'B1', grade: from, status: 'active' }, e),
            event: e,
            limit: heldLimit,
            currency: cur,
            today: TODAY,
            rules: { keepPercentByGrade, noticeDays: 30 },
            buyerId: 'B1',
          });
          if (!action) return;
          const kept = action.to.amount + (action.to.temporary?.amount ?? 0);
          expect(kept).toBeLessThan(total);
          expect(kept % unitFor(cur)).toBe(0);
          expect(action.to.amount).toBeLessThanOrEqual(heldLimit.amount);
          expect(action.to.temporary?.amount ?? 0).toBeLessThanOrEqual(heldLimit.temporary?.amount ?? 0);
          expect(action.kind === 'cancelled').toBe(kept === 0);
          // Grade 10 is a buyer gone: no notice, like an urgent event.
          expect(action.effectiveOn).toBe(urgent || to === 10 ? TODAY : IN_30_DAYS);
          expect(action.immediate).toBe(urgent || to === 10);
        },
      ),
    );
  });
});

describe('a second notice on a limit with a reduction pending', () => {
  it.each([
    ['no pending reduction: the new one', undefined, { amount: 5_000_000, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-03-02' }],
    ['a deeper cut on the same day replaces it', { amount: 5_000_000, effectiveOn: '2026-03-02' }, { amount: 2_500_000, effectiveOn: '2026-03-02' }, { amount: 2_500_000, effectiveOn: '2026-03-02' }],
    ['a shallower cut later changes nothing', { amount: 2_500_000, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-03-20' }, { amount: 2_500_000, effectiveOn: '2026-03-02' }],
    ['an urgent notice brings the date forward', { amount: 5_000_000, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-01-31' }, { amount: 5_000_000, effectiveOn: '2026-01-31' }],
    ['lower amount and earlier date from different notices', { amount: 2_500_000, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-01-31' }, { amount: 2_500_000, effectiveOn: '2026-01-31' }],
    ['a pending cancellation stays a cancellation', { amount: 0, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-03-02' }, { amount: 0, effectiveOn: '2026-03-02' }],
  ])('%s', (_case, existing, next, expected) => {
    expect(mergeReduction(existing, next)).toEqual(expected);
  });

  it('never loosens either notice and does not depend on their order (property)', () => {
    const reduction = fc.record({ amount: fc.integer({ min: 0, max: 1_000_000_000 }), effectiveOn: fc.integer({ min: 0, max: 400 }).map((d) => addDays('2026-01-01', d)) });
    fc.assert(
      fc.property(reduction, reduction, (a, b) => {
        const merged = mergeReduction(a, b);
        expect(merged.amount).toBeLessThanOrEqual(Math.min(a.amount, b.amount));
        expect(merged.effectiveOn <= a.effectiveOn && merged.effectiveOn <= b.effectiveOn).toBe(true);
        expect(mergeReduction(b, a)).toEqual(merged);
      }),
    );
  });

  it.each([
    [undefined, { amount: -1, effectiveOn: '2026-03-02' }],
    [undefined, { amount: 5_000_000, effectiveOn: '2026-02-30' }],
    [{ amount: 0.5, effectiveOn: '2026-03-02' }, { amount: 5_000_000, effectiveOn: '2026-03-02' }],
  ])('refuses a malformed reduction (%j, %j)', (existing, next) => {
    expect(() => mergeReduction(existing, next)).toThrow(RangeError);
  });
});

describe('downgrade rules', () => {
  it('defaults: grade 8 keeps 50 %, grade 9 keeps 25 %, 30 days notice', () => {
    expect(DEFAULT_DOWNGRADE_RULES).toEqual({ keepPercentByGrade: { 8: 50, 9: 25 }, noticeDays: 30 });
    expect(() => assertDowngradeRules(DEFAULT_DOWNGRADE_RULES)).not.toThrow();
  });

  it.each([
    ['not an object', null],
    ['no percents', { noticeDays: 30 }],
    ['a percent above 100', { keepPercentByGrade: { 8: 101 }, noticeDays: 30 }],
    ['a negative percent', { keepPercentByGrade: { 8: -1 }, noticeDays: 30 }],
    ['a fractional percent', { keepPercentByGrade: { 8: 12.5 }, noticeDays: 30 }],
    ['grade 10 (which always cancels)', { keepPercentByGrade: { 10: 10 }, noticeDays: 30 }],
    ['grade 0', { keepPercentByGrade: { 0: 10 }, noticeDays: 30 }],
    ['a key that is no grade', { keepPercentByGrade: { eight: 10 }, noticeDays: 30 }],
    ['a grade written 08 (no rule would ever read it)', { keepPercentByGrade: { '08': 50 }, noticeDays: 30 }],
    ['percents stored as null', { keepPercentByGrade: null, noticeDays: 30 }],
    ['a function carrying the fields (rules are data)', Object.assign(() => undefined, { keepPercentByGrade: { 8: 50 }, noticeDays: 30 })],
    ['a notice over a year', { keepPercentByGrade: { 8: 50 }, noticeDays: 366 }],
    ['a negative notice', { keepPercentByGrade: { 8: 50 }, noticeDays: -1 }],
    ['a fractional notice', { keepPercentByGrade: { 8: 50 }, noticeDays: 1.5 }],
  ])('refuses %s', (_case, rules) => {
    expect(() => assertDowngradeRules(rules)).toThrow(RangeError);
  });

  it.each([
    [{ keepPercentByGrade: {}, noticeDays: 0 }],
    [{ keepPercentByGrade: { 1: 0, 9: 100 }, noticeDays: 365 }],
  ])('accepts the edges %j', (rules) => {
    expect(() => assertDowngradeRules(rules)).not.toThrow();
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-01-31', 30, '2028-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
    ['2026-06-30', -89, '2026-04-02'],
    ['2026-12-31', 0, '2026-12-31'],
  ])('%s %+i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});
