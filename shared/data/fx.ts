/**
 * Reference rates the insurer publishes (shared/domain/fx.ts): one item per date published
 * for, in one insurer-wide partition ordered by date. Publishing a date again replaces its
 * rates and keeps what it replaced (history, version), as turnover corrections do.
 *
 * `ratesOn(day)` and `convertOn(…)` are what conversions read: each currency's latest rate
 * published on or before the day; a missing one is the 422 fx-rate-missing problem.
 */
import { getItem, putIfUnchanged, queryAll } from './items.ts';
import { fxKeys } from './keys.ts';
import { queryPage, type PageRequest, type PageResult } from './pagination.ts';
import { ProblemError, fieldError, problems } from '#contract/problems';
import { FX_BASE_CURRENCY, FxRateMissingError, convert, formatFxRate, fxRatePpm, ratesInForce, type RateInForce, type RatesOn } from '#domain/fx';
import { documents } from './client.ts';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from './table.ts';
import { isoDay } from '#clock';
import { byCodeUnits } from '#domain/order';

interface FxRatesItem {
  pk: string;
  sk: string;
  kind: 'fxRates';
  date: string;
  /** Per currency, parts per million of a unit for 1 EUR. */
  rates: Record<string, number>;
  publishedAt: string;
  version: number;
  /** What each replacement replaced, oldest first. */
  history: { rates: Record<string, number>; publishedAt: string }[];
}

export interface FxPublication {
  date: string;
  rates: Record<string, string>;
  publishedAt: string;
  version: number;
  history: { rates: Record<string, string>; publishedAt: string }[];
}

export interface FxRatesInForce {
  date: string;
  rates: Record<string, { rate: string; publishedFor: string }>;
}

const shown = (rates: Record<string, number>): Record<string, string> =>
  Object.fromEntries(Object.entries(rates).sort(([a], [b]) => byCodeUnits(a, b)).map(([currency, ppm]) => [currency, formatFxRate(ppm)]));

function publicationOf(item: FxRatesItem): FxPublication {
  return {
    date: item.date,
    rates: shown(item.rates),
    publishedAt: item.publishedAt,
    version: item.version,
    history: item.history.map((entry) => ({ rates: shown(entry.rates), publishedAt: entry.publishedAt })),
  };
}

/**
 * PUT /v1/fx-rates/{date}: the rates (decimal strings or numbers, checked by the request
 * schema) for a date not after today. A second publication for the date replaces the first.
 */
export async function publishFxRates(date: string, rates: Record<string, string | number>, now: Date): Promise<{ created: boolean; publication: FxPublication }> {
  const today = isoDay(now);
  if (date > today) throw problems.validation([fieldError('path', ['date'], 'in_the_future', `${date} is after today (${today}): rates are published for a day that has begun`)]);
  const key = fxKeys.rates(date);
  const current = await getItem<FxRatesItem>(key);
  const item: FxRatesItem = {
    ...key,
    kind: 'fxRates',
    date,
    rates: Object.fromEntries(Object.entries(rates).map(([currency, rate]) => [currency, fxRatePpm(rate)])),
    publishedAt: now.toISOString(),
    version: (current?.version ?? 0) + 1,
    history: current ? [...current.history, { rates: current.rates, publishedAt: current.publishedAt }] : [],
  };
  if (!(await putIfUnchanged(item, current))) throw new ProblemError({ slug: 'concurrent-update', detail: `The rates of ${date} changed meanwhile. Retry.` });
  return { created: !current, publication: publicationOf(item) };
}

/** The publication of one date as it was last published, if any. */
export async function getFxPublication(date: string): Promise<FxPublication | undefined> {
  const item = await getItem<FxRatesItem>(fxKeys.rates(date));
  return item ? publicationOf(item) : undefined;
}

/** Every publication dated on or before `day`, oldest first. */
async function publishedUpTo(day: string): Promise<FxRatesItem[]> {
  const range = fxKeys.between('0000-01-01', day);
  return queryAll<FxRatesItem>({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': fxKeys.partition().pk, ':from': range.from, ':to': range.to },
  });
}

/** The rates in force on `day`: each currency's latest published on or before it (none: an empty set). */
export async function ratesOn(day: string): Promise<RatesOn> {
  const published = await publishedUpTo(day);
  return { day, rates: ratesInForce(published, day) };
}

/**
 * GET /v1/fx-rates/{date}: the rates in force on the date, with the date each was published
 * for; 404 when none. With `currency`, that rate only, or 422 fx-rate-missing without one.
 */
export async function fxRatesInForce(date: string, currency?: string): Promise<FxRatesInForce> {
  const inForce = await ratesOn(date);
  const rates = currency === undefined ? inForce.rates : Object.fromEntries(Object.entries(inForce.rates).filter(([code]) => code === currency));
  if (currency !== undefined && Object.keys(rates).length === 0) throw fxRateMissing(new FxRateMissingError(currency, date));
  if (Object.keys(rates).length === 0) throw problems.notFound(`No reference rate is in force on ${date}: none was published for ${date} or earlier.`);
  return {
    date,
    rates: Object.fromEntries(Object.entries(rates).map(([currency, rate]) => [currency, { rate: formatFxRate(rate.ratePpm), publishedFor: rate.publishedFor }])),
  };
}

/** GET /v1/fx-rates?from=&to=: the dates published for in the range, oldest first, each with its rates. */
export async function listFxRates(range: { from: string; to: string }, page: PageRequest): Promise<PageResult<FxPublication>> {
  if (range.to < range.from) throw problems.validation([fieldError('query', ['to'], 'before_from', `${range.to} is before from (${range.from})`)]);
  const result = await queryPage<FxRatesItem>({ partition: fxKeys.partition(), sortKeyBetween: fxKeys.between(range.from, range.to) }, page);
  return { items: result.items.map(publicationOf), ...(result.cursor ? { cursor: result.cursor } : {}) };
}

/** The 422 a conversion without a rate in force answers, naming the currency and the day. */
export function fxRateMissing(error: FxRateMissingError): ProblemError {
  return new ProblemError({
    slug: 'fx-rate-missing',
    detail: `No reference rate for ${error.currency} is in force on ${error.date}: the insurer publishes one for ${error.date} or earlier (PUT /v1/fx-rates/{date}).`,
    extensions: { currency: error.currency, date: error.date },
  });
}

/**
 * `amount` minor units of `from` in minor units of `to` at the rates in force on `day`,
 * rounded half up once (shared/domain/fx.ts convert); 422 fx-rate-missing without a rate.
 */
export async function convertOn(amount: number, from: string, to: string, day: string): Promise<number> {
  const rates = from === to ? { day, rates: {} } : await ratesOn(day);
  try {
    return convert(amount, from, to, rates);
  } catch (error) {
    if (error instanceof FxRateMissingError) throw fxRateMissing(error);
    throw error;
  }
}

/**
 * One currency's rate in force on `day` (EUR: none needed, undefined), read newest
 * publication first so a lookup costs one page whatever the history: the hot paths (limit
 * decisions) use it. 422 fx-rate-missing when none is in force.
 */
export async function eurRateOn(currency: string, day: string): Promise<RateInForce | undefined> {
  if (currency === FX_BASE_CURRENCY) return undefined;
  const range = fxKeys.between('0000-01-01', day);
  let start: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': fxKeys.partition().pk, ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: 10,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of (page.Items ?? []) as FxRatesItem[]) {
      const ratePpm = item.rates[currency];
      if (ratePpm !== undefined) return { ratePpm, publishedFor: item.date };
    }
    start = page.LastEvaluatedKey;
  } while (start);
  throw fxRateMissing(new FxRateMissingError(currency, day));
}

/**
 * The rates in force on `day` that a conversion between `currencies` needs (EUR needs none),
 * each read as eurRateOn reads it: one short page per currency. 422 fx-rate-missing without one.
 */
export async function ratesFor(currencies: readonly string[], day: string): Promise<RatesOn> {
  const needed = [...new Set(currencies)].filter((currency) => currency !== FX_BASE_CURRENCY);
  const found = await Promise.all(needed.map(async (currency) => [currency, (await eurRateOn(currency, day))!] as const));
  return { day, rates: Object.fromEntries(found) };
}
