/**
 * Turnover declarations and the premium they make. One declaration per (period, country); a
 * correction replaces it and keeps what it replaced. The premium of a year is computed from
 * its declarations by shared/domain/premium.ts, with the policy's rate and minimum premium.
 */
import { getItem, putIfUnchanged, queryAll, withPrefix } from './items.ts';
import { premiumKeys } from './keys.ts';
import { getPolicy } from './tenancy.ts';
import type { TenantContext } from '#access';
import { ProblemError, fieldError, problems } from '#contract/problems';
import type { Policy } from '#contract/tenancy';
import { isLate, policyYear, premiumOn, premiumPolicyYear, premiumYear, type PolicyYear, type PremiumInput, type PremiumYear } from '#domain/premium';
import { EARLIEST_DATE } from '#domain/dates';
import { isoDay } from '#clock';

interface DeclarationItem {
  pk: string;
  sk: string;
  kind: 'turnoverDeclaration';
  period: string;
  country: string;
  amount: number;
  currency: string;
  declaredAt: string;
  late: boolean;
  version: number;
  /** What corrections replaced, oldest first. */
  history: { amount: number; declaredAt: string; late: boolean }[];
}

export interface TurnoverDeclaration {
  period: string;
  country: string;
  amount: number;
  currency: string;
  premium: number;
  declaredAt: string;
  late: boolean;
  version: number;
  history: { amount: number; declaredAt: string; late: boolean }[];
}


/** Declares a period's turnover in one country; a second declaration corrects the first (200). */
export async function declareTurnover(context: TenantContext, body: { period: string; country: string; amount: number }, now: Date): Promise<{ created: boolean; declaration: TurnoverDeclaration }> {
  const today = isoDay(now);
  if (body.period > today.slice(0, 7)) {
    throw problems.validation([{ in: 'body', field: 'period', pointer: '#/period', code: 'in_the_future', detail: `${body.period} has not begun (today is ${today})` }]);
  }
  const policy = await getPolicy(context);
  // Turnover is insurable from the month the policy began (that month included: a policy
  // starting on the 15th insures the deliveries of its second half). Policies stored before
  // inception dates existed have none, and take any month.
  const inceptionDate: string | undefined = policy.inceptionDate;
  if (inceptionDate && body.period < inceptionDate.slice(0, 7)) {
    throw problems.validation([{ in: 'body', field: 'period', pointer: '#/period', code: 'before_inception', detail: `${body.period} is before the policy began (inception date ${inceptionDate})` }]);
  }
  const key = premiumKeys.declaration(context, body.period, body.country);
  const current = await getItem<DeclarationItem>(key);
  const declaredAt = now.toISOString();
  const late = isLate(body.period, today);
  const item: DeclarationItem = {
    ...key,
    kind: 'turnoverDeclaration',
    period: body.period,
    country: body.country,
    amount: body.amount,
    currency: policy.currency,
    declaredAt,
    late,
    version: (current?.version ?? 0) + 1,
    history: current ? [...current.history, { amount: current.amount, declaredAt: current.declaredAt, late: current.late }] : [],
  };
  if (!(await putIfUnchanged(item, current))) throw new ProblemError({ slug: 'concurrent-update', detail: `The declaration of ${body.period} in ${body.country} changed meanwhile. Retry.` });
  return { created: !current, declaration: declarationOf(item, policy.premiumRate) };
}

function declarationOf(item: DeclarationItem, premiumRate: number): TurnoverDeclaration {
  return {
    period: item.period,
    country: item.country,
    amount: item.amount,
    currency: item.currency,
    premium: premiumOn(item.amount, premiumRate),
    declaredAt: item.declaredAt,
    late: item.late,
    version: item.version,
    history: item.history,
  };
}

type PremiumAnswer = PremiumYear & { declarations: TurnoverDeclaration[] };

/**
 * GET /v1/premium: the policy year containing `on` (default: today, or the inception date while
 * the policy has not begun), or calendar year `year`'s months. A day or a year before the
 * policy began is refused (400 before_inception, naming the inception date).
 */
export async function premiumOf(context: TenantContext, query: { on?: string | undefined; year?: number | undefined }, now: Date): Promise<PremiumAnswer> {
  const policy = await getPolicy(context);
  const inceptionDate = inceptionOf(policy);
  const { year } = query;
  if (year !== undefined) {
    if (year < Number(inceptionDate.slice(0, 4))) throw beforeInception('year', `${year} is before the policy began (inception date ${inceptionDate})`);
    return premiumOfPeriods(context, policy, [year], now, (input) => premiumYear({ ...input, year, inceptionDate }));
  }
  const today = isoDay(now);
  const on = query.on ?? (today < inceptionDate ? inceptionDate : today);
  if (on < inceptionDate) throw beforeInception('on', `${on} is before the policy began (inception date ${inceptionDate}): it is in no policy year`);
  return premiumOfPolicyYear(context, policy, on, now);
}

/**
 * For the claims side (maximum liability as a multiple of the premium): the declared premium
 * of the policy year containing `on`, its bounds and the policy's minimum premium, computed as
 * GET /v1/premium?on= does. A day before inception is in no policy year: RangeError.
 */
export async function policyYearPremium(context: TenantContext, on: string, now: Date): Promise<{ from: string; to: string; premium: number; minimumPremium: number }> {
  const answer = await premiumOfPolicyYear(context, await getPolicy(context), on, now);
  const { from, to } = answer.policyYear;
  return { from, to, premium: answer.premium, minimumPremium: answer.minimumPremium };
}

function premiumOfPolicyYear(context: TenantContext, policy: Policy, on: string, now: Date): Promise<PremiumAnswer & { policyYear: PolicyYear }> {
  const inceptionDate = inceptionOf(policy);
  const bounds = policyYear(on, inceptionDate);
  // A policy year's months span two calendar years (one when it begins in January).
  const years = [...new Set([bounds.from, bounds.to].map((day) => Number(day.slice(0, 4))))];
  return premiumOfPeriods(context, policy, years, now, (input) => premiumPolicyYear({ ...input, on, inceptionDate }));
}

/** Reads the declarations of calendar `years`, computes with `compute`, and lists the declarations it counted. */
async function premiumOfPeriods<T extends PremiumYear>(context: TenantContext, policy: Policy, years: readonly number[], now: Date, compute: (input: PremiumInput) => T): Promise<T & { declarations: TurnoverDeclaration[] }> {
  const items = (await Promise.all(years.map((year) => queryAll<DeclarationItem>(withPrefix(premiumKeys.year(context, year)))))).flat();
  const computed = compute({
    declarations: items.map((item) => ({ period: item.period, country: item.country, amount: item.amount, declaredAt: item.declaredAt })),
    premiumRate: policy.premiumRate,
    minimumPremium: policy.minimumPremium,
    currency: policy.currency,
    today: isoDay(now),
  });
  const counted = new Set(computed.months.map((month) => month.period));
  return { ...computed, declarations: items.filter((item) => counted.has(item.period)).map((item) => declarationOf(item, policy.premiumRate)) };
}

/**
 * Policies stored before inception dates existed have none: their policy years are calendar
 * years from the earliest date a request may name (as before, when the minimum premium was
 * settled per calendar year).
 */
function inceptionOf(policy: Policy): string {
  const inceptionDate: string | undefined = policy.inceptionDate;
  return inceptionDate ?? EARLIEST_DATE;
}

function beforeInception(field: 'on' | 'year', detail: string): ProblemError {
  return problems.validation([fieldError('query', [field], 'before_inception', detail)]);
}
