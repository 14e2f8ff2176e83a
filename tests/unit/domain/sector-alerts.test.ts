import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tranche } from '../../../shared/domain/limits.ts';
import { addDays } from '../../../shared/domain/monitoring.ts';
import {
  DEFAULT_SECTOR_ALERT_RULES,
  alertMinGrade,
  assertSectorAlertRules,
  detectSectorAlert,
  sectorAlertCut,
  type SectorAlertRules,
} from '../../../shared/domain/sector-alerts.ts';

/** 2026-06-30: the window runs 2026-04-02..2026-06-30, the baseline 2025-04-02..2026-04-01 (365 days). */
const TODAY = '2026-06-30';
const IN_WINDOW = '2026-05-15';
const IN_BASELINE = '2025-10-01';

const times = (n: number, date: string): string[] => Array.from({ length: n }, () => date);
const detect = (dates: readonly string[], today = TODAY, rules: SectorAlertRules = DEFAULT_SECTOR_ALERT_RULES) =>
  detectSectorAlert({ sector: 'C29', country: 'FR', insolvencyDates: dates, today, rules });

describe('detecting a sector alert', () => {
  it.each<[string, string[], string, boolean, number, number, number | null, string[]]>([
    ['5 insolvencies on an empty baseline', times(5, IN_WINDOW), TODAY, true, 5, 0, null, ['sector_alert_raised']],
    ['4 insolvencies on an empty baseline: too few', times(4, IN_WINDOW), TODAY, false, 4, 0, null, ['below_min_count']],
    ['5 against 10 a year (2.47 per window): 2.03 times', [...times(5, IN_WINDOW), ...times(10, IN_BASELINE)], TODAY, true, 5, 2.47, 2.03, ['sector_alert_raised']],
    ['5 against 11 a year (2.71 per window): 1.84 times', [...times(5, IN_WINDOW), ...times(11, IN_BASELINE)], TODAY, false, 5, 2.71, 1.84, ['below_baseline_ratio']],
    ['3 against 11 a year: too few and too slow', [...times(3, IN_WINDOW), ...times(11, IN_BASELINE)], TODAY, false, 3, 2.71, 1.11, ['below_min_count', 'below_baseline_ratio']],
    ['36 against 73 a year: exactly twice, which raises', [...times(36, IN_WINDOW), ...times(73, IN_BASELINE)], TODAY, true, 36, 18, 2, ['sector_alert_raised']],
    ['36 against 74 a year: a hair under twice', [...times(36, IN_WINDOW), ...times(74, IN_BASELINE)], TODAY, false, 36, 18.25, 1.97, ['below_baseline_ratio']],
    // 2024-06-30: the baseline 2023-04-02..2024-04-01 holds Feb 29, so 366 days: 30 × 366 = 10,980 = 2 × 61 × 90.
    ['leap baseline: 30 against 61 is exactly twice', [...times(30, '2024-05-15'), ...times(61, '2023-10-01')], '2024-06-30', true, 30, 15, 2, ['sector_alert_raised']],
    // The same counts a year later, on a 365-day baseline: 30 × 365 = 10,950 < 10,980.
    ['non-leap baseline: 30 against 61 is under twice', [...times(30, '2025-05-15'), ...times(61, '2024-10-01')], '2025-06-30', false, 30, 15.04, 1.99, ['below_baseline_ratio']],
  ])('%s', (_case, dates, today, raise, count, baselinePerWindow, ratio, codes) => {
    const detection = detect(dates, today);
    expect(detection).toMatchObject({ raise, count, baselinePerWindow, ratio });
    expect(detection.reasons.map((r) => r.code)).toEqual(codes);
  });

  it.each([
    ['the day before the window is baseline', '2026-04-01', 0, 1],
    ['the first day of the window counts', '2026-04-02', 1, 0],
    ['today counts', '2026-06-30', 1, 0],
    ['tomorrow has not happened', '2026-07-01', 0, 0],
    ['the first day of the baseline counts', '2025-04-02', 0, 1],
    ['the day before the baseline is forgotten', '2025-04-01', 0, 0],
  ])('window and baseline edges: %s', (_case, date, inWindow, inBaseline) => {
    const detection = detect([date]);
    expect(detection.count).toBe(inWindow);
    expect(detection.windowStart).toBe('2026-04-02');
    expect(detection.windowEnd).toBe(TODAY);
    // One baseline insolvency is 90/365 of one per window.
    expect(detection.baselinePerWindow).toBe(inBaseline === 1 ? 0.25 : 0);
  });

  it('counts a leap day in the window (today 2024-05-28: window from 2024-02-29, baseline of 366 days)', () => {
    const detection = detect([...times(5, '2024-02-29'), '2024-02-28'], '2024-05-28');
    // 5 × 366 / (1 × 90) = 20.33 times the pace.
    expect(detection).toMatchObject({ windowStart: '2024-02-29', count: 5, baselinePerWindow: 0.25, ratio: 20.33, raise: true });
  });

  it('decides a fractional ratio exactly: 99 in 90 days against 365 in 365 is exactly 1.1 times', () => {
    const baseline = Array.from({ length: 365 }, (_, i) => addDays('2025-04-02', i));
    const rules = { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: 1.1 };
    expect(detect([...times(99, IN_WINDOW), ...baseline], TODAY, rules).raise).toBe(true);
    expect(detect([...times(98, IN_WINDOW), ...baseline], TODAY, rules).raise).toBe(false);
  });

  it('names the sector, the country, the window and the ratio', () => {
    const [reason] = detect([...times(5, IN_WINDOW), ...times(10, IN_BASELINE)]).reasons;
    expect(reason?.message).toBe(
      '5 insolvencies in C29 in FR over the 90 days from 2026-04-02 to 2026-06-30, against 10 in the 12 months before (2.47 per 90 days): 2.03 times the usual pace, at least 2 with at least 5 insolvencies, so an alert is raised.',
    );
  });

  it('says "against none" when the baseline is empty, never "null times the pace"', () => {
    const [reason] = detect(times(5, IN_WINDOW)).reasons;
    expect(reason?.message).toBe(
      '5 insolvencies in C29 in FR over the 90 days from 2026-04-02 to 2026-06-30, against none in the 12 months before: at least 5, so an alert is raised.',
    );
  });

  it('refuses a malformed date', () => {
    expect(() => detect(['2026-02-30'])).toThrow(RangeError);
    expect(() => detect([], '30/06/2026')).toThrow(RangeError);
  });

  it('refuses malformed rules before counting anything', () => {
    expect(() => detect(times(5, IN_WINDOW), TODAY, { ...DEFAULT_SECTOR_ALERT_RULES, minCount: 0 })).toThrow(RangeError);
  });

  it('is monotone: one more insolvency in the window never withdraws an alert (property)', () => {
    const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map((d) => addDays(TODAY, d));
    const dates = fc.array(fc.oneof(day(-89, 0), day(-454, -90), day(-600, 30)), { maxLength: 60 });
    const rules = fc.record({
      windowDays: fc.constantFrom(30, 90, 91),
      baselineMonths: fc.constantFrom(6, 12),
      minCount: fc.integer({ min: 1, max: 8 }),
      minRatio: fc.constantFrom(0, 1, 1.1, 1.5, 2, 2.5, 3.3333),
      keepPercentByGrade: fc.constant({ 6: 80 }),
      noticeDays: fc.constant(30),
    });
    fc.assert(
      fc.property(dates, rules, day(-29, 0), (insolvencies, r, extra) => {
        const before = detect(insolvencies, TODAY, r);
        const after = detect([...insolvencies, extra], TODAY, r);
        expect(after.count).toBe(before.count + 1);
        if (before.raise) expect(after.raise).toBe(true);
        expect(before.count).toBe(insolvencies.filter((d) => d >= before.windowStart && d <= TODAY).length);
      }),
    );
  });
});

describe('sector alert rules', () => {
  it('defaults: a 90-day window against 12 months, 5 insolvencies at twice the pace, grades 6–9 cut', () => {
    expect(DEFAULT_SECTOR_ALERT_RULES).toEqual({ windowDays: 90, baselineMonths: 12, minCount: 5, minRatio: 2, keepPercentByGrade: { 6: 80, 7: 60, 8: 40, 9: 20 }, noticeDays: 30 });
    expect(() => assertSectorAlertRules(DEFAULT_SECTOR_ALERT_RULES)).not.toThrow();
  });

  it.each([
    ['not an object', 'rules'],
    ['a zero window', { ...DEFAULT_SECTOR_ALERT_RULES, windowDays: 0 }],
    ['a zero baseline', { ...DEFAULT_SECTOR_ALERT_RULES, baselineMonths: 0 }],
    ['a zero minCount', { ...DEFAULT_SECTOR_ALERT_RULES, minCount: 0 }],
    ['a negative ratio', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: -1 }],
    ['a ratio with five decimals', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: 1.00001 }],
    ['a NaN ratio', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: Number.NaN }],
    ['a ratio as a string', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: '2' }],
    ['no targeted grade', { ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade: {} }],
    ['grade 11', { ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade: { 11: 50 } }],
    ['a percent above 100', { ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade: { 6: 120 } }],
    ['a notice over a year', { ...DEFAULT_SECTOR_ALERT_RULES, noticeDays: 400 }],
    ['null', null],
    ['nothing', undefined],
    ['a window over two years (731 days)', { ...DEFAULT_SECTOR_ALERT_RULES, windowDays: 731 }],
    ['a baseline over ten years (121 months)', { ...DEFAULT_SECTOR_ALERT_RULES, baselineMonths: 121 }],
    ['a minCount over a million', { ...DEFAULT_SECTOR_ALERT_RULES, minCount: 1_000_001 }],
    ['a ratio above 1000', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: 1_001 }],
    ['an infinite ratio', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: Number.POSITIVE_INFINITY }],
    ['a ratio as a bigint', { ...DEFAULT_SECTOR_ALERT_RULES, minRatio: 2n }],
  ])('refuses %s', (_case, rules) => {
    expect(() => assertSectorAlertRules(rules)).toThrow(RangeError);
  });

  it.each<[string, Partial<SectorAlertRules>]>([
    ['a two-year window (730 days)', { windowDays: 730 }],
    ['a ten-year baseline (120 months)', { baselineMonths: 120 }],
    ['a minCount of a million', { minCount: 1_000_000 }],
    ['a ratio of 0 (minCount alone decides)', { minRatio: 0 }],
    ['a ratio of 1000', { minRatio: 1_000 }],
    ['a ratio with four decimals', { minRatio: 3.3333 }],
  ])('accepts %s', (_case, patch) => {
    expect(() => assertSectorAlertRules({ ...DEFAULT_SECTOR_ALERT_RULES, ...patch })).not.toThrow();
  });

  it.each<[string, SectorAlertRules['keepPercentByGrade'], number]>([
    ['default', DEFAULT_SECTOR_ALERT_RULES.keepPercentByGrade, 6],
    ['only grade 9', { 9: 20 }, 9],
    ['grades 3 and 8', { 8: 40, 3: 90 }, 3],
  ])('the alert targets from the lowest listed grade: %s', (_case, keepPercentByGrade, minGrade) => {
    expect(alertMinGrade({ ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade })).toBe(minGrade);
  });

  it('the alert minimum grade refuses malformed rules', () => {
    expect(() => alertMinGrade({ ...DEFAULT_SECTOR_ALERT_RULES, windowDays: 0 })).toThrow(RangeError);
  });
});

describe('the targeted cut under a sector alert', () => {
  const JUNE: Tranche = { amount: 5_000_000, expiresOn: '2026-09-30' };
  const cut = (grade: number, limit: { amount: number; temporary?: Tranche }, extra: { currency?: string; rules?: SectorAlertRules } = {}) =>
    sectorAlertCut({ alertId: 'SA-1', sector: 'C29', country: 'FR', grade, limit, currency: extra.currency ?? 'EUR', today: TODAY, rules: extra.rules ?? DEFAULT_SECTOR_ALERT_RULES, buyerId: 'B1' });

  it.each<[string, number, { amount: number; temporary?: Tranche }, { amount: number; temporary?: Tranche } | undefined, ('reduced' | 'cancelled')?]>([
    ['grade 5 is not targeted', 5, { amount: 10_000_000 }, undefined],
    ['grade 1 is not targeted', 1, { amount: 10_000_000 }, undefined],
    ['grade 6 keeps 80 %', 6, { amount: 10_000_000 }, { amount: 8_000_000 }, 'reduced'],
    ['grade 7 keeps 60 %', 7, { amount: 10_000_000 }, { amount: 6_000_000 }, 'reduced'],
    ['grade 8 keeps 40 %', 8, { amount: 10_000_000 }, { amount: 4_000_000 }, 'reduced'],
    ['grade 9 keeps 20 %', 9, { amount: 10_000_000 }, { amount: 2_000_000 }, 'reduced'],
    ['grade 10 is not listed: the downgrade rules already cancelled it', 10, { amount: 10_000_000 }, undefined],
    ['rounds down to the step: EUR 123,456.78 at 60 % is 74,000', 7, { amount: 12_345_678 }, { amount: 7_400_000 }, 'reduced'],
    ['a share below one step cancels: EUR 1,000 at 80 %', 6, { amount: 100_000 }, { amount: 0 }, 'cancelled'],
    ['a limit already at zero is left alone', 9, { amount: 0 }, undefined],
    ['the temporary tranche goes first', 6, { amount: 5_000_000, temporary: JUNE }, { amount: 5_000_000, temporary: { amount: 3_000_000, expiresOn: '2026-09-30' } }, 'reduced'],
    ['a cut below the permanent amount drops the tranche', 8, { amount: 5_000_000, temporary: JUNE }, { amount: 4_000_000 }, 'reduced'],
    ['JPY steps by 1,000 yen: 1,234,567 at 20 % is 246,000', 9, { amount: 1_234_567 }, { amount: 246_000 }, 'reduced'],
  ])('%s', (_case, grade, limit, to, kind) => {
    const action = cut(grade, limit, _case.startsWith('JPY') ? { currency: 'JPY' } : {});
    if (to === undefined) {
      expect(action).toBeUndefined();
      return;
    }
    expect(action).toMatchObject({ kind, effectiveOn: '2026-07-30', immediate: false });
    expect(action?.to).toEqual(to);
  });

  it('never raises: a limit already at the kept amount after rounding is untouched', () => {
    // 100 % kept is no cut at all.
    expect(cut(6, { amount: 10_000_000 }, { rules: { ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade: { 6: 100 } } })).toBeUndefined();
  });

  it('acts at once when the rules give no notice', () => {
    expect(cut(6, { amount: 10_000_000 }, { rules: { ...DEFAULT_SECTOR_ALERT_RULES, noticeDays: 0 } })).toMatchObject({ effectiveOn: TODAY, immediate: true });
  });

  it('names the alert, the grade and the percent kept', () => {
    expect(cut(7, { amount: 10_000_000 })?.reasons).toEqual([
      {
        code: 'sector_alert_cut',
        message:
          'Sector alert SA-1 on C29 in FR: buyer B1 is grade 7, which keeps 60 % of its limit, so the limit of EUR 100,000.00 is reduced to EUR 60,000.00 for deliveries from 2026-07-30, 30 days after this notice.',
      },
    ]);
  });

  it('says when the cut cancels the limit', () => {
    expect(cut(6, { amount: 100_000 })?.reasons).toEqual([
      {
        code: 'sector_alert_cut',
        message: 'Sector alert SA-1 on C29 in FR: buyer B1 is grade 6, which keeps 80 % of its limit, so the limit of EUR 1,000.00 is cancelled for deliveries from 2026-07-30, 30 days after this notice.',
      },
    ]);
  });

  // Preconditions hold for every buyer, not only the targeted ones the cut goes on to compute.
  it.each<[string, { currency?: string; rules?: SectorAlertRules }]>([
    ['an unknown currency', { currency: 'XXX' }],
    ['malformed rules', { rules: { ...DEFAULT_SECTOR_ALERT_RULES, windowDays: 0 } }],
  ])('refuses %s even for a grade the alert does not target', (_case, extra) => {
    expect(() => cut(5, { amount: 10_000_000 }, extra)).toThrow(RangeError);
    expect(() => cut(6, { amount: 10_000_000 }, extra)).toThrow(RangeError);
  });

  it('never raises a limit and always lands on the step (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.option(fc.integer({ min: 1, max: 1_000_000_000 }), { nil: undefined }),
        fc.integer({ min: 0, max: 100 }),
        (grade, amount, temporary, percent) => {
          const limit = { amount, ...(temporary ? { temporary: { amount: temporary, expiresOn: '2026-09-30' } } : {}) };
          const action = cut(grade, limit, { rules: { ...DEFAULT_SECTOR_ALERT_RULES, keepPercentByGrade: { 6: percent, 9: percent } } });
          if (!action) return;
          const kept = action.to.amount + (action.to.temporary?.amount ?? 0);
          expect(kept).toBeLessThan(amount + (temporary ?? 0));
          expect(kept % 100_000).toBe(0);
          expect(action.to.amount).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });
});
