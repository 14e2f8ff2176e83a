/**
 * Turnover declarations and the premium they make. One declaration per (period, country); a
 * correction replaces it and keeps what it replaced. The premium of a year is computed from
 * its declarations by shared/domain/premium.ts, with the policy's rate and minimum premium.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { getItem, isConditionFailed, queryAll, withPrefix } from './items.ts';
import { premiumKeys } from './keys.ts';
import { tableName } from './table.ts';
import { getPolicy } from './tenancy.ts';
import type { TenantContext } from '#access';
import { ProblemError, problems } from '#contract/problems';
import { isLate, premiumOn, premiumYear, type PremiumYear } from '#domain/premium';
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
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ...(current ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } } : { ConditionExpression: 'attribute_not_exists(pk)' }),
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) {
      throw new ProblemError({ slug: 'concurrent-update', detail: `The declaration of ${body.period} in ${body.country} changed meanwhile. Retry.` });
    }
    throw error;
  }
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

/** The premium of a year: by month and country, the minimum premium, what is due. */
export async function premiumOf(context: TenantContext, year: number, now: Date): Promise<PremiumYear & { declarations: TurnoverDeclaration[] }> {
  const [policy, items] = await Promise.all([getPolicy(context), queryAll<DeclarationItem>(withPrefix(premiumKeys.year(context, year)))]);
  const computed = premiumYear({
    year,
    declarations: items.map((item) => ({ period: item.period, country: item.country, amount: item.amount, declaredAt: item.declaredAt })),
    premiumRate: policy.premiumRate,
    minimumPremium: policy.minimumPremium,
    currency: policy.currency,
    today: isoDay(now),
  });
  return { ...computed, declarations: items.map((item) => declarationOf(item, policy.premiumRate)) };
}
