/**
 * GET /v1/insurer/portfolio with 50 tenants, then with 1,000, against the raw DynamoDB calls the
 * same request makes, measured in the same run: the maintained counters (shared/data/
 * portfolio-aggregate.ts) must keep the request's cost flat as tenants are added.
 *
 * Two scenarios, run in this order: `insurer-portfolio-50` onboards 50 tenants and their book,
 * `insurer-portfolio-1000` adds 950 more (all 1,000 when run alone). Each measures:
 *
 *   raw reads                       what the request reads, with the SDK's low-level client and
 *                                   the same parallelism: BatchGetItem of the 8 counter shards ‖
 *                                   Query of the 10 largest exposures ‖ Query of the buyers whose
 *                                   grade worsened in 90 days ‖ Query of the 10 most used
 *                                   capacities ‖ GetItem of the valuation day ‖ Query of the open
 *                                   sector alerts ‖ Query of the open country events; then one
 *                                   BatchGetItem of 8 pair shards per open alert
 *   GET /v1/insurer/portfolio       through the runtime's gateway with the insurer's key
 *                                   (authorizer cache hit), the body read to its end; any answer
 *                                   but 200 fails the row
 *   full computation (in process)   insurerPortfolioByScan, what the route did before: every
 *                                   tenant's policy, limits, exposures, open invoices and buyers,
 *                                   eight tenants at a time (the daily reconciliation's reference);
 *                                   one warm-up call, SCAN_SAMPLES measured
 *
 * and the 1,000-tenant scenario divides its GET row by the 50-tenant one: the ratio that must stay
 * near 1.
 *
 * The book (not measured): tenants through POST /v1/tenants (EUR policies covering FR and DE),
 * BUYERS buyers through POST /v1/buyers across SECTORS and both countries, grades 1–5 (whose capacity holds every holder's limit); each tenant
 * requests LIMITS_PER_TENANT limits through POST /v1/limit-requests (EUR 20,000 to 100,000, granted
 * at once) on buyers picked by a seeded generator, so most buyers have several holders, and
 * declares one invoice on its first buyer (POST /v1/invoices). Then the stream consumers and the
 * queues are let go idle: the aggregator has counted everything, and the GET row's answer must
 * say so (tenants, buyers, limit equal to what was granted) or the scenario fails.
 *
 * On a 2-CPU machine: setup ~1 min for 50 tenants, ~5–8 min more for 1,000 (the limit requests
 * and the aggregator's refreshes); the full computation at 1,000 tenants takes seconds a call.
 */
import { randomUUID } from 'node:crypto';
import { BatchGetItemCommand, DynamoDBClient, GetItemCommand, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { random } from '../../../infra/local/random.ts';
import { countryEventKeys, portfolioAggregateKeys } from '../../../shared/data/keys.ts';
import { dayRank } from '../../../shared/domain/portfolio-aggregate.ts';
import { call } from '../api.ts';
import { loopCase, measureLoop, type BenchCase, type BenchContext, type Row, type Scenario } from '../harness.ts';
import { pool } from '../../support/pool.ts';

const STEPS = [50, 1_000] as const;
const BUYERS = 300;
const LIMITS_PER_TENANT = 5;
const SECTORS = ['C25', 'C29', 'G46', 'F43', 'H49'];
const COUNTRIES = ['FR', 'DE'];
/** EUR 1,000.00: limits are whole multiples of it. */
const UNIT = 100_000;
const SETUP_CONCURRENCY = 16;
/** PORTFOLIO_SHARDS (shared/data/portfolio-aggregate.ts, which opens a client on import). */
const SHARDS = 8;
const SEED = 20_261_204;
/** Measured calls of the full computation (each takes seconds at 1,000 tenants). */
const SCAN_SAMPLES = 5;

const RAW = (tenants: number) => `raw reads, ${tenants.toLocaleString('en')} tenants`;
const GET = (tenants: number) => `GET /v1/insurer/portfolio, ${tenants.toLocaleString('en')} tenants`;
const SCAN = (tenants: number) => `full computation (in process), ${tenants.toLocaleString('en')} tenants`;
const scenarioName = (tenants: number) => `insurer-portfolio-${tenants}`;

type Item = Record<string, AttributeValue>;
const s = (value: string): AttributeValue => ({ S: value });
const status = (message: string) => process.stderr.write(`bench: insurer-portfolio · ${message}\n`);

/** What both scenarios share: the book grows from one to the next. */
const book = { tenants: 0, buyers: [] as string[], limit: 0, lines: 0, next: random(SEED), steps: new Map<number, { lines: number; limit: number; setupSeconds: number }>(), rows: [] as Row[] };


async function quiet(runtime: RunningRuntime): Promise<void> {
  // Twice: what the aggregator writes is not of a kind it follows, but the relay's events may queue work.
  for (let round = 0; round < 2; round += 1) {
    await Promise.all(runtime.consumers.map((consumer) => consumer.idle()));
    await runtime.queues.settle();
  }
}

/** Buyers once, then tenants (with their limits and an invoice) until the book holds `tenants`. */
async function grow({ runtime, insurerKey }: BenchContext, tenants: number): Promise<void> {
  const started = performance.now();
  const base = runtime.url;
  const today = new Date().toISOString().slice(0, 10);
  if (book.buyers.length === 0) {
    status(`${BUYERS} buyers`);
    const run = randomUUID().slice(0, 8);
    await pool(
      Array.from({ length: BUYERS }, (_, i) => i),
      SETUP_CONCURRENCY,
      async (i) => {
        const created = await call(`${base}/v1/buyers`, insurerKey, 'POST', {
          legalName: `Portefeuille ${run} ${i}`,
          country: COUNTRIES[i % COUNTRIES.length],
          registrationId: `IP${run}${String(i).padStart(5, '0')}`,
          sector: SECTORS[i % SECTORS.length],
          grade: 1 + (i % 5),
        });
        if (created.status !== 201 || typeof created.json['buyerId'] !== 'string') throw new Error(`POST /v1/buyers answered ${created.status}: ${created.text}`);
        book.buyers[i] = created.json['buyerId'];
      },
    );
  }
  const from = book.tenants;
  status(`tenants ${from + 1}–${tenants}, ${LIMITS_PER_TENANT} limits each`);
  // Picked up front, in order, so the book is the same on every run.
  const plans = Array.from({ length: tenants - from }, (_, i) => {
    const picked = new Set<string>();
    while (picked.size < LIMITS_PER_TENANT) picked.add(book.buyers[Math.floor(book.next() * BUYERS)] as string);
    return { n: from + i, buyers: [...picked].map((buyerId) => ({ buyerId, amount: (20 + Math.floor(book.next() * 81)) * UNIT })) };
  });
  await pool(plans, SETUP_CONCURRENCY, async ({ n, buyers }) => {
    const onboarded = await call(`${base}/v1/tenants`, insurerKey, 'POST', {
      name: `Portefeuille SA ${n}`,
      policy: { policyNumber: `PF-${n}`, currency: 'EUR', maxLiability: 500_000_000, premiumRate: 0.0025, coveredCountries: COUNTRIES },
    });
    const key = (onboarded.json['apiKey'] as { key?: string } | undefined)?.key;
    if (onboarded.status !== 201 || !key) throw new Error(`POST /v1/tenants answered ${onboarded.status}: ${onboarded.text}`);
    for (const { buyerId, amount } of buyers) {
      const decided = await call(`${base}/v1/limit-requests`, key, 'POST', { buyerId, type: 'new', amount });
      if (decided.status !== 201 || decided.json['decision'] !== 'approved' || decided.json['amount'] !== amount) throw new Error(`POST /v1/limit-requests answered ${decided.status}: ${decided.text}`);
      book.limit += amount;
      book.lines += 1;
    }
    const first = buyers[0] as { buyerId: string; amount: number };
    const invoiced = await call(`${base}/v1/invoices`, key, 'POST', {
      invoices: [{ buyerId: first.buyerId, number: `PF-${n}-1`, amount: first.amount / 2, currency: 'EUR', issueDate: today, dueDate: today }],
    });
    if (invoiced.status !== 201) throw new Error(`POST /v1/invoices answered ${invoiced.status}: ${invoiced.text}`);
  });
  book.tenants = tenants;
  status('waiting for the aggregator');
  await quiet(runtime);
  book.steps.set(tenants, { lines: book.lines, limit: book.limit, setupSeconds: (performance.now() - started) / 1000 });
}

/** The reads GET /v1/insurer/portfolio makes, with the low-level client, in the same order and parallelism. */
/** `openAlerts`: the index partition of the open sector alerts (sector-alert-keys.ts, imported once the runtime is up). */
function rawReads(client: DynamoDBClient, table: string, openAlerts: string): () => Promise<unknown> {
  const query = (index: string, pkName: string, pk: string, extra: { Limit?: number; range?: [string, string] } = {}) =>
    client.send(
      new QueryCommand({
        TableName: table,
        IndexName: index,
        KeyConditionExpression: extra.range ? `${pkName} = :pk AND ${index}sk BETWEEN :from AND :to` : `${pkName} = :pk`,
        ExpressionAttributeValues: { ':pk': s(pk), ...(extra.range ? { ':from': s(extra.range[0]), ':to': s(extra.range[1]) } : {}) },
        ...(extra.Limit ? { Limit: extra.Limit } : {}),
      }),
    );
  const shards = (keyOf: (shard: number) => { pk: string; sk: string }): Item[] => Array.from({ length: SHARDS }, (_, shard) => keyOf(shard)).map((key) => ({ pk: s(key.pk), sk: s(key.sk) }));
  return async () => {
    const today = new Date().toISOString().slice(0, 10);
    const after = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const [, , , , , alerts] = await Promise.all([
      client.send(new BatchGetItemCommand({ RequestItems: { [table]: { Keys: shards(portfolioAggregateKeys.shard), ConsistentRead: true } } })),
      query('gsi2', 'gsi2pk', portfolioAggregateKeys.byExposurePartition().gsi2pk, { Limit: 10 }),
      query('gsi1', 'gsi1pk', portfolioAggregateKeys.worsenedPartition().gsi1pk, { range: [dayRank(today), `${dayRank(after)}#\uffff`] }),
      query('gsi3', 'gsi3pk', portfolioAggregateKeys.byUtilisationPartition().gsi3pk, { Limit: 10 }),
      client.send(new GetItemCommand({ TableName: table, Key: { pk: s(portfolioAggregateKeys.valuation().pk), sk: s(portfolioAggregateKeys.valuation().sk) } })),
      query('gsi3', 'gsi3pk', openAlerts),
      query('gsi3', 'gsi3pk', countryEventKeys.statusPartition('open').gsi3pk),
    ]);
    await Promise.all(
      (alerts.Items ?? []).map((alert) =>
        client.send(
          new BatchGetItemCommand({
            RequestItems: { [table]: { Keys: shards((shard) => portfolioAggregateKeys.pairShard(alert['sector']?.S ?? '', alert['country']?.S ?? '', shard)), ConsistentRead: true } },
          }),
        ),
      ),
    );
  };
}

function insurerPortfolioScenario(tenants: (typeof STEPS)[number]): Scenario {
  return {
    name: scenarioName(tenants),
    concurrency: [1],
    async setup(context) {
      const { runtime, insurerKey } = context;
      await grow(context, tenants);
      // The data layer only now, with the runtime up: importing it creates the Powertools logger
      // and metrics, which read the runtime's environment (metrics off, log level) when created.
      const [{ insurerPortfolioByScan }, { sectorAlertKeys }] = await Promise.all([import('#data/portfolio'), import('../../../shared/data/sector-alert-keys.ts')]);
      const client = new DynamoDBClient({ region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, endpoint: runtime.dynamodb.endpoint });
      const url = `${runtime.url}/v1/insurer/portfolio`;
      // The answer must hold the whole book before anything is measured.
      const answer = await call(url, insurerKey, 'GET');
      const figures = answer.json as { tenants?: number; limit?: number; buyers?: number };
      if (answer.status !== 200 || (figures.tenants ?? 0) < tenants || (figures.limit ?? 0) < book.limit) {
        throw new Error(`GET /v1/insurer/portfolio does not hold the book (${tenants} tenants, limits ${book.limit}): ${answer.status} ${answer.text.slice(0, 300)}`);
      }
      const cases: BenchCase[] = [
        loopCase(RAW(tenants), rawReads(client, runtime.tableName, sectorAlertKeys.statusPartition('open').gsi3pk)),
        loopCase(
          GET(tenants),
          async () => {
            const response = await fetch(url, { headers: { authorization: `Bearer ${insurerKey}` } });
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`GET /v1/insurer/portfolio answered ${response.status}`);
          },
          { baseline: RAW(tenants) },
        ),
      ];
      if (tenants !== STEPS[0]) {
        cases.push(
          loopCase(`${GET(tenants)} vs ${STEPS[0]}`, () => fetch(url, { headers: { authorization: `Bearer ${insurerKey}` } }).then((response) => response.arrayBuffer()), {
            baseline: `${scenarioName(STEPS[0])}/${GET(STEPS[0])}`,
          }),
        );
      }
      // Seconds a call at 1,000 tenants: one warm-up call and SCAN_SAMPLES measured ones, not the run's 200 warm-ups.
      const scan = () => insurerPortfolioByScan(new Date());
      cases.push({
        label: SCAN(tenants),
        baseline: RAW(tenants),
        measure: (concurrency, budget) =>
          measureLoop(scan, concurrency, budget.warmup === 0 ? budget : { ...budget, warmup: Math.min(budget.warmup, 1), iterations: budget.iterations ?? SCAN_SAMPLES }),
      });
      return {
        cases,
        async teardown() {
          client.destroy();
        },
      };
    },
    notes(rows: readonly Row[]) {
      // Each scenario is handed its own rows: the 1,000-tenant notes read the 50-tenant ones from here.
      book.rows.push(...rows);
      const find = (scenario: string, label: string) => book.rows.find((row) => row.scenario === scenario && row.label === label);
      const step = book.steps.get(tenants);
      const lines = step
        ? [`book at ${tenants.toLocaleString('en')} tenants: ${step.lines.toLocaleString('en')} limits on ${BUYERS} buyers, EUR ${(step.limit / 100).toLocaleString('en')} granted, set up in ${step.setupSeconds.toFixed(0)} s`]
        : [];
      const small = find(scenarioName(STEPS[0]), GET(STEPS[0]));
      const large = find(scenarioName(tenants), GET(tenants));
      if (tenants !== STEPS[0] && small && large) {
        const ratio = large.stats.p50 / small.stats.p50;
        lines.push(`GET at ${tenants.toLocaleString('en')} tenants / at ${STEPS[0]}: ${ratio.toFixed(2)}× p50, ${(large.stats.p99 / small.stats.p99).toFixed(2)}× p99 (target: near 1; ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
        const scanSmall = find(scenarioName(STEPS[0]), SCAN(STEPS[0]));
        const scanLarge = find(scenarioName(tenants), SCAN(tenants));
        if (scanSmall && scanLarge) lines.push(`the full computation, for comparison: ${(scanLarge.stats.p50 / scanSmall.stats.p50).toFixed(1)}× from ${STEPS[0]} to ${tenants.toLocaleString('en')} tenants`);
      }
      return lines;
    },
  };
}

export const insurerPortfolio50 = insurerPortfolioScenario(STEPS[0]);
export const insurerPortfolio1000 = insurerPortfolioScenario(STEPS[1]);
