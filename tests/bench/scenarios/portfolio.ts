/**
 * GET /v1/portfolio for a tenant with 5,000 limits and for one with 500, against the raw DynamoDB
 * calls the same request makes, measured in the same run: the tenant's figures are read from the
 * counters the table's stream maintains (shared/data/portfolio-aggregate.ts), so the request must
 * cost the same whatever the size of the book.
 *
 * A request (shared/data/portfolio.ts, tenantPortfolio) reads, in one round trip, the policy
 * (Query, newest version first, Limit 1) ‖ the tenant's 8 counter shards (BatchGetItem,
 * consistent) ‖ its 10 largest exposures (Query of its sparse index, Limit 10) ‖ its buyers whose
 * grade worsened in 90 days (Query of its sparse index, that range) ‖ its unpaid invoices by
 * currency (Query) ‖ the open country events (Query). Then it computes the figures from the
 * counters in JS (portfolioFromCounters, shared/domain/portfolio-aggregate.ts) and sends them.
 *
 *   raw calls of a portfolio       those calls for the 5,000-limit tenant, in that parallelism,
 *                                  with the SDK's low-level client on the same keys, every page
 *                                  and every unprocessed key followed as the data layer does
 *   GET /v1/portfolio, 500 limits  through the runtime's gateway (authorizer cache hit, usage
 *   GET /v1/portfolio, 5,000 …     plans out of reach), the body read to its end; any answer but
 *                                  200 fails the row. The notes divide the second by the first:
 *                                  the ratio that must stay near 1. The 500 lines are the 5,000's
 *                                  buyers worsened in 90 days (the answer lists each, one item
 *                                  read per buyer), lines covering every grade, sector and country
 *                                  held (the same breakdown rows), then the first others: the same
 *                                  answer's shape, a tenth of the book
 *   full computation (in process)  tenantPortfolioByScan, what the route did before and what the
 *                                  monthly snapshot and the daily reconciliation still do: the
 *                                  policy ‖ every LIMIT# and EXPOSURE# item of the partition ‖ its
 *                                  open invoices, then its 5,000 buyers in BatchGetItems of 100,
 *                                  four in flight, and portfolioOf over the lines
 *
 * Nothing is subtracted from the request: besides the calls it unmarshalls the items, computes the
 * figures and serialises them, in the one process that also runs the gateway and the bench's
 * clients. Rows run one request at a time (see LEVELS). Besides the latencies, the notes give the
 * CPU each measured operation cost this process and DynamoDB Local's JVM (/proc, Linux), and the
 * answer's size.
 *
 * Setup (not measured): two tenants through POST /v1/tenants (EUR policies covering the book's
 * countries), then a book of 5,000 limits on 5,000 buyers written straight into the table for the
 * first, and 500 of those lines for the second (the same buyers, chosen as said above): the API
 * decides ~150 limit requests a second, over half a minute for the limits alone, as long again for
 * the buyers. The items are what the real writes produce, built by the data layer's own functions:
 *
 *   buyers      putBuyersInBulk (shared/data/buyers.ts: buyerItem and the registration item, as
 *               the local runtime's seed writes them); ~3 % of them worsened by one grade in the
 *               last 90 days and ~5 % earlier, with the two attributes updateBuyer then sets
 *   limits      each decided by the engine itself (decideLimit, DEFAULT_LIMIT_RULES, the country
 *               category the bench runtime answers) on a `new` request, at the grade the buyer had
 *               when it was granted; every decision must come back approved or conditional for
 *               the amount asked. The limit item is limitPut's, its history item historyPut's,
 *               with the fields requestLimit gives them; 5 % carry a temporary tranche. The
 *               buyers' capacity items and the outbox events are not written: nothing here reads
 *               them
 *   exposures   on half of the buyers, the item exposureAdd's ADD leaves (outstanding, committed,
 *               used, kind, buyerId); a few pass their limit
 *
 * written with BatchWriteItem, 25 items per call, CONCURRENT_WRITES calls in flight. The book is
 * the same on every run (a seeded generator): grades 1–7 at grant (those worsened from 7 are now
 * at 8), 12 NACE divisions and 10 countries, each unevenly weighted; limits of EUR 5,000 to
 * 1,500,000, log-uniform under each grade's automatic ceiling; exposures mostly 5–85 % of their
 * limit, one in ten 90–130 %.
 *
 * Checked before any row, or the scenario fails: the attribute names of each kind of item equal
 * those a real limit request and a real committed cover check wrote for another tenant (probe,
 * through the API); a sample of limits and exposures reads back through GET /v1/limits/{buyerId}
 * and GET /v1/exposure/{buyerId} as written; once the aggregator has followed the writes (polled,
 * its time reported), GET /v1/portfolio answers buyers: 5,000 and totals (limit, exposure,
 * headroom, uncovered exposure, buyers whose grade worsened in 90 days) equal to the sums of what
 * was written, and the full computation answers the same figures, every one; the small tenant
 * answers its 50 buyers. Then the stream consumers and the queues are let go idle: that backlog
 * must not be measured.
 *
 * A request takes most of a second on DynamoDB Local, so a row runs at most WARMUP_PER_WORKER
 * requests per worker before it is measured (BENCH_WARMUP still caps it), not the default 200, and
 * measures at least MIN_SAMPLES of them whatever BENCH_SECONDS says (BENCH_ITERATIONS still rules):
 * with the default 2 s a row would rest on 2 or 3 requests. The setup takes minutes, most of it
 * the aggregator following 10,000 written items locally (one transaction per line).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { BatchGetItemCommand, DynamoDBClient, GetItemCommand, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/dynamodb.ts';
import type { RunningRuntime } from '../../../infra/local/runtime.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { DEFAULT_LIMIT_RULES, type Grade } from '../../../shared/domain/grades.ts';
import { decideLimit, type Tranche } from '../../../shared/domain/limits.ts';
import { newId } from '../../../shared/data/ids.ts';
import type { Buyer } from '../../../shared/contract/buyers.ts';
import { createBuyer, onboardTenant } from '../api.ts';
import { summarize, type BenchCase, type Budget, type Row, type Scenario, type Stats } from '../harness.ts';
import { random } from '../../../infra/local/random.ts';
import { countryEventKeys, orderKeys, portfolioAggregateKeys } from '../../../shared/data/keys.ts';
import { dayRank } from '../../../shared/domain/portfolio-aggregate.ts';
import { pool } from '../../support/pool.ts';

const LIMITS = 5_000;
/** Buyers with an exposure item: half of them. */
const EXPOSED_SHARE = 0.5;
const TRANCHE_SHARE = 0.05;
const WORSENED_RECENTLY_SHARE = 0.03;
const WORSENED_EARLIER_SHARE = 0.05;
const CONCURRENT_WRITES = 8;
/** PORTFOLIO_SHARDS (shared/data/portfolio-aggregate.ts, which opens a client on import). */
const SHARDS = 8;
/**
 * One request at a time. At 4 in flight (tried: 0.67–0.95× the raw calls' p50 over two runs)
 * each request took ~4× as long for the same throughput: DynamoDB Local's work, CPU-bound on the
 * machine's 2 CPUs, is what queues, so the row added time and nothing to read.
 */
const LEVELS = [1] as const;
const WARMUP_PER_WORKER = 3;
/** A row measures at least this many operations, however short BENCH_SECONDS is: a p99 of 2 is no p99. */
const MIN_SAMPLES = 20;
/** EUR 1,000.00: limits are whole multiples of it (unitFor('EUR')). */
const UNIT = 100_000;
const SMALLEST_LIMIT = 5 * UNIT;
const LARGEST_LIMIT = 1_500 * UNIT;
const SEED = 20_260_105;

/** The second tenant's book: a tenth of the first's, with the same answer's shape (see setup). */
const SMALL_LIMITS = 500;
/** How long the aggregator may take to follow the book's writes before the scenario fails. */
const AGGREGATION_TIMEOUT_MS = 20 * 60_000;

const RAW = 'raw calls of a portfolio';
const SMALL = `GET /v1/portfolio, ${SMALL_LIMITS} limits`;
const REQUEST = `GET /v1/portfolio, ${LIMITS.toLocaleString('en')} limits`;
const SCAN = `full computation (in process), ${LIMITS.toLocaleString('en')} limits`;

/** Weighted like a French exporter's book: home market first, then the EU's largest. */
const COUNTRIES: readonly (readonly [string, number])[] = [
  ['FR', 36],
  ['DE', 16],
  ['IT', 11],
  ['ES', 10],
  ['BE', 6],
  ['NL', 6],
  ['PL', 5],
  ['GB', 4],
  ['US', 4],
  ['CN', 2],
];
/** NACE divisions, wholesale and manufacturing first. */
const SECTORS: readonly (readonly [string, number])[] = [
  ['G46', 22],
  ['C25', 12],
  ['C29', 10],
  ['C10', 9],
  ['F43', 9],
  ['G47', 8],
  ['F41', 7],
  ['C20', 7],
  ['H49', 6],
  ['J62', 5],
  ['A01', 3],
  ['I56', 2],
];
/** The grade a buyer had when its limit was granted: the engine grants automatically on 1–7. */
const GRANT_GRADES: readonly (readonly [Grade, number])[] = [
  [1, 5],
  [2, 12],
  [3, 22],
  [4, 25],
  [5, 18],
  [6, 11],
  [7, 7],
];
const STEMS = ['Atlas', 'Boréal', 'Cobalt', 'Delta', 'Étoile', 'Fjord', 'Granit', 'Helios', 'Iris', 'Jade', 'Kestrel', 'Lumen', 'Nova', 'Orion', 'Quartz', 'Vega'];

type Item = Record<string, AttributeValue>;
type Plain = Record<string, unknown>;
const s = (value: string): AttributeValue => ({ S: value });


function weighted<T>(next: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = next() * total;
  for (const [value, weight] of choices) {
    left -= weight;
    if (left < 0) return value;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One line of the book: what was written, and so what the portfolio must sum. */
interface Line {
  readonly buyer: Buyer & { gradeWorsenedOn?: string; previousGrade?: number };
  readonly decision: string;
  readonly amount: number;
  readonly temporary?: Tranche;
  readonly outstanding: number;
  readonly committed: number;
  readonly exposed: boolean;
  /** The items a limit request and cover checks leave for this line, in a tenant's partition. */
  readonly items: (context: TenantContextOf, tenantId: string, by: { role: string; keyId: string }) => Plain[];
}
type TenantContextOf = Parameters<typeof orderKeys.exposure>[0];

/** What the scenario's notes report beside the rows. */
const observed = {
  responseBytes: 0,
  worsenedItems: 0,
  /** Buyers the small book's answer lists as worsened in 90 days. */
  smallWorsened: 0,
  setupSeconds: 0,
  /** Seconds from the last write of the book to the counters holding all of it. */
  aggregationSeconds: 0,
  /** The book's shape, as GET /v1/portfolio answered it in setup. */
  book: '',
  /** CPU milliseconds per measured operation, by row label and concurrency: this process's and DynamoDB Local's. */
  cpu: new Map<string, { node: number; dynamodb: number | undefined }>(),
};

export const portfolio: Scenario = {
  name: 'portfolio',
  concurrency: LEVELS,
  // The harness's default second runs a request or two per case: the first rows came out up to a
  // quarter slower than the same operations a minute later (DynamoDB Local's read path warming).
  minWarmupSeconds: 6,

  async setup({ runtime, insurerKey, budget: runBudget }) {
    const started = performance.now();
    // The data layer's clients read their endpoint when first imported: only now, with the runtime up.
    const [{ putBuyersInBulk, DEFAULT_COUNTRY_CATEGORY }, { limitPut, historyPut }, { TenantContext }, { tenantPortfolioByScan }] = await Promise.all([
      import('../../../shared/data/buyers.ts'),
      import('../../../shared/data/limits.ts'),
      import('../../../shared/access/index.ts'),
      import('../../../shared/data/portfolio.ts'),
    ]);
    const dynamodb = new DynamoDBClient({ endpoint: runtime.dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const documents = DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
    const TableName = runtime.tableName;
    const run = randomUUID().slice(0, 8).toUpperCase();
    const api = apiOf(runtime);

    const { now } = await api.json<{ now: string }>('GET', '/v1/ops/clock', insurerKey, undefined, 200);
    const today = now.slice(0, 10);

    // ---- the tenant, through the API --------------------------------------------------------
    const coveredCountries = COUNTRIES.map(([code]) => code);
    const created = await api.json<{ tenantId: string; apiKey: { key: string; keyId: string } }>('POST', '/v1/tenants', insurerKey, {
      name: `Bench Portefeuille ${run}`,
      policy: { policyNumber: `PF-${run}`, currency: 'EUR', maxLiability: 150_000_000_000, premiumRate: 0.0025, coveredCountries },
    }, 201);
    const tenantId = created.tenantId;
    const key = created.apiKey.key;
    const context = TenantContext.forInsurer({ role: 'insurer', keyId: 'bench:portfolio' }, tenantId);
    const by = { role: 'policyholder', keyId: created.apiKey.keyId };
    const smallCreated = await api.json<{ tenantId: string; apiKey: { key: string; keyId: string } }>('POST', '/v1/tenants', insurerKey, {
      name: `Bench Petit Portefeuille ${run}`,
      policy: { policyNumber: `PFS-${run}`, currency: 'EUR', maxLiability: 150_000_000_000, premiumRate: 0.0025, coveredCountries },
    }, 201);
    const smallKey = smallCreated.apiKey.key;
    const smallContext = TenantContext.forInsurer({ role: 'insurer', keyId: 'bench:portfolio' }, smallCreated.tenantId);

    // ---- the book -----------------------------------------------------------------------------
    const next = random(SEED);
    // Dates hang together as if the book had been built over the last year: a buyer registered
    // two years ago; its limit granted within the year (a tranche within the month), before the
    // grade worsened when it did, at the grade it had then.
    const registeredAt = `${addDays(today, -730)}T08:00:00.000Z`;
    const lines: Line[] = [];
    for (let i = 0; i < LIMITS; i++) {
      const grantGrade = weighted(next, GRANT_GRADES);
      const worsen = next();
      const recently = worsen < WORSENED_RECENTLY_SHARE;
      const earlier = !recently && worsen < WORSENED_RECENTLY_SHARE + WORSENED_EARLIER_SHARE;
      const grade = recently || earlier ? grantGrade + 1 : grantGrade;
      const worsenedOn = recently || earlier ? addDays(today, -(recently ? 1 + Math.floor(next() * 85) : 95 + Math.floor(next() * 300))) : undefined;
      // A tranche lasts a year at most and the daily job ends it: none on limits granted that long ago.
      const withTranche = next() < TRANCHE_SHARE && !worsenedOn;
      const grantedOn = worsenedOn ? addDays(worsenedOn, -30) : addDays(today, -Math.floor(next() * (withTranche ? 25 : 365)));
      const grantedAt = `${grantedOn}T09:00:00.000Z`;
      const country = weighted(next, COUNTRIES);
      const sector = weighted(next, SECTORS);
      const legalName = `${STEMS[i % STEMS.length] as string} ${sector} ${i + 1} SAS`;
      const buyer: Line['buyer'] = {
        buyerId: newId('buyer', new Date(registeredAt)),
        legalName,
        country,
        registrationId: `PF${run}${i}`,
        sector,
        grade,
        status: 'active',
        kind: 'private',
        createdAt: registeredAt,
        // updateBuyer stamps both when a grade worsens.
        updatedAt: worsenedOn ? `${worsenedOn}T10:00:00.000Z` : registeredAt,
        ...(worsenedOn ? { gradeWorsenedOn: worsenedOn, previousGrade: grantGrade } : {}),
      };

      const ceiling = DEFAULT_LIMIT_RULES.autoDecisionCeilingEur[grantGrade];
      // The tranche must fit under the ceiling with the permanent part: 4/5 of it at most.
      const largest = Math.min(LARGEST_LIMIT, withTranche ? Math.floor((ceiling * 0.8) / UNIT) * UNIT : ceiling);
      const amount = Math.max(SMALLEST_LIMIT, Math.floor(Math.exp(Math.log(SMALLEST_LIMIT) + next() * (Math.log(largest) - Math.log(SMALLEST_LIMIT))) / UNIT) * UNIT);
      const temporary = withTranche
        ? { amount: Math.max(UNIT, Math.floor((amount * 0.25) / UNIT) * UNIT), expiresOn: addDays(today, 30 + Math.floor(next() * 90)) }
        : undefined;
      const decision = decideLimit({
        request: { type: 'new', amount, ...(temporary ? { temporary } : {}) },
        buyer: { buyerId: buyer.buyerId, grade: grantGrade, status: 'active', country, sector },
        countryCategory: DEFAULT_COUNTRY_CATEGORY,
        activeSectorAlerts: [],
        policy: { currency: 'EUR', discretionaryLimit: 0, coveredCountries, politicalRiskCovered: false, maxCreditPeriodDays: 120 },
        current: null,
        buyerExposureEur: 0,
        discretionary: { insurerDecisionExists: false, adverseEventWithin12Months: false },
        today: grantedOn,
        rules: DEFAULT_LIMIT_RULES,
      });
      if (!['approved', 'conditional'].includes(decision.decision) || decision.amount !== amount || decision.temporary?.amount !== temporary?.amount) {
        throw new Error(
          `portfolio: the engine answered ${decision.decision} ${decision.amount} to ${amount} on grade ${grantGrade} (${decision.reasons.map((reason) => reason.message).join(' ')}): the book must be granted as asked`,
        );
      }
      const exposed = next() < EXPOSED_SHARE;
      // Mostly well under the limit; one exposure in ten from 90 % to 130 % of it.
      const share = next() < 0.1 ? 0.9 + next() * 0.4 : 0.05 + next() * 0.8;
      const used = exposed ? Math.round((amount + (temporary?.amount ?? 0)) * share) : 0;
      const outstanding = Math.round(used * (0.5 + next() * 0.5));
      // The tenant's items of requestLimit's transaction; not the buyer's capacity item nor the
      // outbox event, which nothing here reads.
      const requestId = newId('limitRequest', new Date(grantedAt));
      const to = { amount, ...(temporary ? { temporary } : {}) };
      const itemsOf = (context: TenantContextOf, tenantId: string, by: { role: string; keyId: string }): Plain[] => [
        itemOf(
          limitPut(
            context,
            {
              tenantId,
              buyerId: buyer.buyerId,
              currency: 'EUR',
              amount,
              ...(temporary ? { temporary } : {}),
              decision: decision.decision,
              code: decision.code,
              conditions: decision.conditions,
              source: decision.source,
              insurerDecided: true,
              reservedEur: amount + (temporary?.amount ?? 0),
              updatedAt: grantedAt,
            },
            undefined,
          ),
        ),
        itemOf(
          historyPut(
            context,
            buyer.buyerId,
            { at: grantedAt, by, from: { amount: 0 }, to, decision: decision.decision, code: decision.code, source: decision.source, reasons: decision.reasons, requestId, conditions: decision.conditions },
            requestId,
          ),
        ),
        ...(exposed ? [{ ...orderKeys.exposure(context, buyer.buyerId), outstanding, committed: used - outstanding, used, kind: 'exposure', buyerId: buyer.buyerId }] : []),
      ];
      lines.push({ buyer, decision: decision.decision, amount, ...(temporary ? { temporary } : {}), outstanding, committed: used - outstanding, exposed, items: itemsOf });
    }
    // The small book's answer has the large one's shape: the same buyers listed as worsened in 90
    // days (the request reads one item per buyer it lists) and every grade, sector and country
    // held (the same breakdown rows). The two then differ by the size of the book alone.
    const recentlyWorsened = (line: Line) => line.buyer.gradeWorsenedOn !== undefined && line.buyer.gradeWorsenedOn > addDays(today, -90);
    const small: Line[] = lines.filter(recentlyWorsened);
    const seen = new Set<string>(small.flatMap((line) => [`g${line.buyer.grade}`, `s${line.buyer.sector}`, `c${line.buyer.country}`]));
    for (const line of lines) {
      const marks = [`g${line.buyer.grade}`, `s${line.buyer.sector}`, `c${line.buyer.country}`];
      if (marks.some((mark) => !seen.has(mark))) {
        small.push(line);
        for (const mark of marks) seen.add(mark);
      }
    }
    small.push(...lines.filter((line) => !small.includes(line)).slice(0, SMALL_LIMITS - small.length));
    if (small.length !== SMALL_LIMITS) throw new Error(`portfolio: the small book holds ${small.length} lines, expected ${SMALL_LIMITS}`);
    const items = [
      ...lines.flatMap((line) => line.items(context, tenantId, by)),
      ...small.flatMap((line) => line.items(smallContext, smallCreated.tenantId, { role: 'policyholder', keyId: smallCreated.apiKey.keyId })),
    ];

    // ---- written straight into the table ------------------------------------------------------
    await Promise.all(chunks(lines.map((line) => line.buyer), Math.ceil(LIMITS / CONCURRENT_WRITES)).map((slice) => putBuyersInBulk(slice)));
    await pool(chunks(items, 25), CONCURRENT_WRITES, async (chunk) => {
      let pending: Record<string, { PutRequest: { Item: Plain } }[]> | undefined = { [TableName]: chunk.map((Item) => ({ PutRequest: { Item } })) };
      for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(25 * 2 ** attempt, 1_000));
        const result = await documents.send(new BatchWriteCommand({ RequestItems: pending }));
        pending = result.UnprocessedItems as typeof pending;
      }
    });

    // ---- the items look like the real thing ---------------------------------------------------
    await compareWithRealWrites({ runtime, insurerKey, api, dynamodb, run, mine: lines, TableName, tenantId });

    // ---- and read back as written -------------------------------------------------------------
    const inForce = (line: Line) => line.amount + (line.temporary && line.temporary.expiresOn >= today ? line.temporary.amount : 0);
    const sample = [
      ...lines.filter((line) => line.temporary).slice(0, 3),
      ...lines.filter((line) => line.decision === 'conditional').slice(0, 3),
      ...lines.filter((line) => line.exposed && line.outstanding + line.committed > inForce(line)).slice(0, 3),
      ...lines.filter((line) => !line.exposed).slice(0, 3),
      ...Array.from({ length: 8 }, (_, k) => lines[Math.floor((k * LIMITS) / 8) + 7] as Line),
    ];
    for (const line of sample) {
      const { buyerId } = line.buyer;
      const limit = await api.json<{ amount: number; permanent: number; temporary?: Tranche; decision: string; history: { to: { amount: number } }[] }>('GET', `/v1/limits/${buyerId}`, key, undefined, 200);
      const exposure = await api.json<{ limit: number; outstanding: number; committed: number }>('GET', `/v1/exposure/${buyerId}`, key, undefined, 200);
      const expected = { amount: inForce(line), permanent: line.amount, temporary: line.temporary?.amount, decision: line.decision, history: 1, limit: inForce(line), outstanding: line.outstanding, committed: line.committed };
      const got = {
        amount: limit.amount,
        permanent: limit.permanent,
        temporary: limit.temporary?.amount,
        decision: limit.decision,
        history: limit.history.filter((entry) => entry.to.amount === line.amount).length,
        limit: exposure.limit,
        outstanding: exposure.outstanding,
        committed: exposure.committed,
      };
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        throw new Error(`portfolio: buyer ${buyerId} reads back ${JSON.stringify(got)} through GET /v1/limits and /v1/exposure, written ${JSON.stringify(expected)}`);
      }
    }

    type Figures = { buyers: number; limit: number; exposure: number; headroom: number; uncoveredExposure: number; worsenedLast90Days: unknown[]; byGradeBand: { key: string; buyers: number }[] };
    const read = async (apiKey: string): Promise<{ text: string; figures: Figures }> => {
      const response = await fetch(`${runtime.url}/v1/portfolio`, { headers: { authorization: `Bearer ${apiKey}` } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`portfolio: GET /v1/portfolio answered ${response.status}: ${text.slice(0, 500)}`);
      return { text, figures: JSON.parse(text) as Figures };
    };
    const sum = (of: (line: Line) => number) => lines.reduce((total, line) => total + of(line), 0);
    const windowStart = addDays(today, -90);
    const expected = {
      buyers: LIMITS,
      limit: sum(inForce),
      exposure: sum((line) => line.outstanding + line.committed),
      headroom: sum((line) => Math.max(0, inForce(line) - line.outstanding - line.committed)),
      uncoveredExposure: sum((line) => Math.max(0, line.outstanding + line.committed - inForce(line))),
      worsenedLast90Days: lines.filter((line) => line.buyer.gradeWorsenedOn !== undefined && line.buyer.gradeWorsenedOn > windowStart).length,
      byGradeBand: LIMITS,
    };
    const summed = (figures: Figures) => ({
      buyers: figures.buyers,
      limit: figures.limit,
      exposure: figures.exposure,
      headroom: figures.headroom,
      uncoveredExposure: figures.uncoveredExposure,
      worsenedLast90Days: figures.worsenedLast90Days.length,
      byGradeBand: figures.byGradeBand.reduce((total, band) => total + band.buyers, 0),
    });
    // The counters follow the writes through the table's stream: wait until they hold the whole book.
    const written = performance.now();
    let answer = await read(key);
    while (JSON.stringify(summed(answer.figures)) !== JSON.stringify(expected) || (await read(smallKey)).figures.buyers !== SMALL_LIMITS) {
      if (performance.now() - written > AGGREGATION_TIMEOUT_MS) {
        throw new Error(`portfolio: GET /v1/portfolio answered ${JSON.stringify(summed(answer.figures))} after ${AGGREGATION_TIMEOUT_MS / 60_000} min, the book written sums to ${JSON.stringify(expected)}`);
      }
      await sleep(1_000);
      answer = await read(key);
    }
    observed.aggregationSeconds = (performance.now() - written) / 1000;
    observed.smallWorsened = (await read(smallKey)).figures.worsenedLast90Days.length;
    const { text, figures } = answer;
    observed.responseBytes = Buffer.byteLength(text);
    // The maintained figures are the full computation's, every one of them.
    const computed = await tenantPortfolioByScan(context, new Date(now));
    if (!isDeepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(computed)))) {
      throw new Error(`portfolio: GET /v1/portfolio answered ${text.slice(0, 300)}…, the full computation ${JSON.stringify(computed).slice(0, 300)}…`);
    }

    // The relay reads every stream record the setup wrote: not while rows are measured.
    await Promise.all(runtime.consumers.map((consumer) => consumer.idle()));
    await runtime.queues.settle();
    observed.setupSeconds = (performance.now() - started) / 1000;
    const eur = (minor: number) => `EUR ${(minor / 100 / 1e6).toFixed(0)} M`;
    observed.book =
      `${figures.byGradeBand.map((band) => `${band.key} ${band.buyers}`).join(', ')} buyers; limits ${eur(figures.limit)}, exposure ${eur(figures.exposure)} ` +
      `on ${lines.filter((line) => line.exposed).length} buyers (${lines.filter((line) => line.outstanding + line.committed > inForce(line)).length} over their limit); ` +
      `${figures.worsenedLast90Days.length} worsened in 90 days`;

    // ---- the rows ------------------------------------------------------------------------------
    const pk = s(`TENANT#${tenantId}`);
    const queryAll = async (input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Item[]> => {
      const items: Item[] = [];
      let ExclusiveStartKey: Item | undefined;
      do {
        const page = await dynamodb.send(new QueryCommand({ TableName, ...input, ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}) }));
        items.push(...(page.Items ?? []));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return items;
    };
    const shardKeys = Array.from({ length: SHARDS }, (_, shard) => {
      const key = portfolioAggregateKeys.tenantShard(tenantId, shard);
      return { pk: s(key.pk), sk: s(key.sk) };
    });
    /** What the data layer reads of a ranked line. */
    const RANKED = 'buyerId, ownExposure, facts';
    const worsenedFrom = dayRank(today);
    const worsenedTo = `${dayRank(addDays(today, -89))}#\uffff`;
    const currencies = portfolioAggregateKeys.currencies(tenantId);
    const rawPortfolio = async () => {
      const [policy, shards, top, worsened] = await Promise.all([
        dynamodb.send(new QueryCommand({ TableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': pk, ':prefix': s('POLICY#v') }, ScanIndexForward: false, Limit: 1 })),
        (async () => {
          // As readCounters does: consistent, every unprocessed key again.
          let pending: Item[] = shardKeys;
          let found = 0;
          for (let attempt = 0; pending.length > 0; attempt++) {
            if (attempt > 0) await sleep(Math.min(25 * 2 ** attempt, 1_000));
            const result = await dynamodb.send(new BatchGetItemCommand({ RequestItems: { [TableName]: { Keys: pending, ConsistentRead: true } } }));
            found += result.Responses?.[TableName]?.length ?? 0;
            pending = result.UnprocessedKeys?.[TableName]?.Keys ?? [];
          }
          return found;
        })(),
        dynamodb.send(
          new QueryCommand({ TableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': s(portfolioAggregateKeys.tenantByExposurePartition(tenantId).gsi2pk) }, Limit: 10, ProjectionExpression: RANKED }),
        ),
        queryAll({
          IndexName: 'gsi1',
          ProjectionExpression: RANKED,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': s(portfolioAggregateKeys.tenantWorsenedPartition(tenantId).gsi1pk), ':from': s(worsenedFrom), ':to': s(worsenedTo) },
        }),
        queryAll({ KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': s(currencies.pk), ':prefix': s(currencies.skPrefix) } }),
        queryAll({ IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': s(countryEventKeys.statusPartition('open').gsi3pk) } }),
      ]);
      if (policy.Count !== 1 || shards === 0 || top.Items?.length !== 10 || worsened.length !== expected.worsenedLast90Days) {
        throw new Error(`portfolio: the raw calls found ${policy.Count} policy, ${shards} shards, ${top.Items?.length} top exposures and ${worsened.length} worsened, expected 1, some, 10 and ${expected.worsenedLast90Days}`);
      }
      observed.worsenedItems = worsened.length;
    };
    const url = `${runtime.url}/v1/portfolio`;
    const getPortfolio = (label: string, apiKey: string) => async () => {
      const answer = await fetch(url, { headers: { authorization: `Bearer ${apiKey}` } });
      // Read the body: the handler's work is only done once it is sent.
      const body = await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`${label} answered ${answer.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
    };
    const at = new Date(now);

    return {
      cases: [
        slowCase(RAW, rawPortfolio, runtime, runBudget),
        slowCase(SMALL, getPortfolio(SMALL, smallKey), runtime, runBudget, RAW),
        slowCase(REQUEST, getPortfolio(REQUEST, key), runtime, runBudget, RAW),
        slowCase(SCAN, () => tenantPortfolioByScan(context, at), runtime, runBudget, RAW),
      ],
      async teardown() {
        dynamodb.destroy();
      },
    };
  },

  notes(rows: readonly Row[]): readonly string[] {
    const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
    const lines = LEVELS.flatMap((concurrency) => {
      const row = (label: string) => rows.find((r) => r.label === label && r.concurrency === concurrency);
      const [raw, small, request, scan] = [row(RAW), row(SMALL), row(REQUEST), row(SCAN)];
      if (!request || !raw || !small) return [`portfolio: ${REQUEST}, ${SMALL} or ${RAW} not measured at c=${concurrency}.`];
      const ratio = request.stats.p50 / small.stats.p50;
      const cpu = (label: string) => observed.cpu.get(`${label} ${concurrency}`);
      return [
        `portfolio: at c=${concurrency}, ${REQUEST}: p50 ${ms(request.stats.p50)}, p99 ${ms(request.stats.p99)} (n=${request.stats.samples}), ` +
          `${(request.stats.p50 / raw.stats.p50).toFixed(2)}× / ${(request.stats.p99 / raw.stats.p99).toFixed(2)}× its raw calls (p50 / p99).`,
        `portfolio: ${LIMITS.toLocaleString('en')} limits / ${SMALL_LIMITS}: ${ratio.toFixed(2)}× p50, ${(request.stats.p99 / small.stats.p99).toFixed(2)}× p99 (target: near 1; ${ratio <= 1.5 ? 'met' : 'NOT met'}); ` +
          `both answers hold the same breakdown rows and list the same ${observed.worsenedItems} buyers worsened in 90 days (${observed.smallWorsened} in the small one's; one item read each).`,
        ...(scan ? [`portfolio: the full computation, for comparison: p50 ${ms(scan.stats.p50)}, ${(scan.stats.p50 / request.stats.p50).toFixed(1)}× the request.`] : []),
        ...[REQUEST, RAW, SCAN].flatMap((label) => {
          const used = cpu(label);
          return used ? [`portfolio: CPU per operation at c=${concurrency}, ${label}: this process ${ms(used.node)}, DynamoDB Local ${ms(used.dynamodb)}.`] : [];
        }),
      ];
    });
    return [
      ...lines,
      `portfolio: per request, the policy Query ‖ BatchGetItem of ${SHARDS} counter shards ‖ Query of the 10 largest exposures ‖ Query of ${observed.worsenedItems} lines worsened in 90 days ‖ ` +
        `Query of the currency rows ‖ Query of the open country events; the answer is ${(observed.responseBytes / 1024).toFixed(1)} KiB of JSON, equal to the full computation's. Nothing is subtracted from the request.`,
      `portfolio: the book: ${observed.book}. The aggregator followed its writes in ${observed.aggregationSeconds.toFixed(0)} s; the whole setup (tenants, buyers, limits, histories, exposures, checks, stream drained) took ${observed.setupSeconds.toFixed(1)} s.`,
    ];
  },
};

/** CPU milliseconds a process has used, from /proc (Linux); undefined elsewhere. */
function processCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / 100) * 1_000;
  } catch {
    return undefined;
  }
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};

/**
 * A row of operations that take hundreds of milliseconds: at most WARMUP_PER_WORKER warm-up
 * operations per worker (not BENCH_WARMUP's 200), then at least MIN_SAMPLES measured ones, or
 * the run's BENCH_ITERATIONS. The harness's warm-up pass (a budget of its own, not the run's)
 * keeps its duration. Records the CPU each measured operation cost, here and in DynamoDB Local.
 */
function slowCase(label: string, op: () => Promise<unknown>, runtime: RunningRuntime, runBudget: Budget, baseline?: string): BenchCase {
  return {
    label,
    ...(baseline ? { baseline } : {}),
    async measure(concurrency: number, budget: Budget): Promise<Stats> {
      const row = budget === runBudget;
      const workers = async (shouldStart: () => boolean, latencies?: number[]) => {
        const worker = async () => {
          while (shouldStart()) {
            const began = performance.now();
            await op();
            latencies?.push(performance.now() - began);
          }
        };
        await Promise.all(Array.from({ length: concurrency }, worker));
      };
      let warm = 0;
      const warmups = Math.min(budget.warmup, WARMUP_PER_WORKER * concurrency);
      await workers(() => warm++ < warmups);

      const latencies: number[] = [];
      let started = 0;
      const deadline = performance.now() + budget.seconds * 1_000;
      const iterations = budget.iterations;
      const shouldStart = () => {
        const more = iterations !== undefined ? started < iterations : performance.now() < deadline || (row && started < MIN_SAMPLES);
        if (more) started++;
        return more;
      };
      const [node, dynamodb] = [ownCpuMs(), processCpuMs(runtime.dynamodb.pid)];
      const begin = performance.now();
      await workers(shouldStart, latencies);
      const elapsed = performance.now() - begin;
      if (row) {
        const dynamodbAfter = processCpuMs(runtime.dynamodb.pid);
        observed.cpu.set(`${label} ${concurrency}`, {
          node: (ownCpuMs() - node) / latencies.length,
          dynamodb: dynamodb === undefined || dynamodbAfter === undefined ? undefined : (dynamodbAfter - dynamodb) / latencies.length,
        });
      }
      return summarize(latencies, elapsed);
    },
  };
}

/** The Item of a Put that limitPut or historyPut builds. */
function itemOf(write: { Put?: { Item?: Plain } }): Plain {
  const item = write.Put?.Item;
  if (!item) throw new Error('portfolio: the data layer built no Put item');
  return item;
}

function apiOf(runtime: RunningRuntime) {
  return {
    async json<T>(method: string, path: string, key: string, body: unknown, status: number): Promise<T> {
      const response = await fetch(`${runtime.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (response.status !== status) throw new Error(`portfolio: ${method} ${path} answered ${response.status}, expected ${status}: ${text.slice(0, 500)}`);
      return JSON.parse(text) as T;
    },
  };
}

/**
 * A real limit request and a real committed cover check, through the API, for a tenant and a
 * buyer of their own: the items they wrote must carry the same attribute names as the book's.
 */
async function compareWithRealWrites(args: {
  runtime: RunningRuntime;
  insurerKey: string;
  api: ReturnType<typeof apiOf>;
  dynamodb: DynamoDBClient;
  run: string;
  mine: readonly Line[];
  TableName: string;
  tenantId: string;
}): Promise<void> {
  const { runtime, insurerKey, api, dynamodb, run, mine, TableName, tenantId } = args;
  const probe = await onboardTenant(runtime.url, insurerKey, 9_000);
  const buyerId = await createBuyer(runtime.url, insurerKey, { name: `Bench Sonde ${run}`, registrationId: `PFPROBE${run}`, grade: 2 });
  const decided = await api.json<{ decision: string }>('POST', '/v1/limit-requests', probe.key, { buyerId, type: 'new', amount: 50 * UNIT }, 201);
  if (decided.decision !== 'approved') throw new Error(`portfolio: the probe's limit request was ${decided.decision}, expected approved`);
  await api.json('POST', '/v1/cover-checks', probe.key, { buyerId, amount: 1_000_000, paymentTermsDays: 30, commit: true }, 201);

  const get = async (pk: string, sk: string): Promise<Item> => {
    const { Item } = await dynamodb.send(new GetItemCommand({ TableName, Key: { pk: s(pk), sk: s(sk) }, ConsistentRead: true }));
    if (!Item) throw new Error(`portfolio: no item at ${pk} / ${sk}`);
    return Item;
  };
  const history = async (tenant: string, buyer: string): Promise<Item> => {
    const { Items } = await dynamodb.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': s(`TENANT#${tenant}`), ':prefix': s(`LIMITHIST#${buyer}#`) },
      }),
    );
    if (Items?.length !== 1) throw new Error(`portfolio: ${Items?.length ?? 0} history items for ${tenant} / ${buyer}, expected 1`);
    return Items[0] as Item;
  };
  // A line like the probe's: approved, no tranche, not worsened, with an exposure.
  const line = mine.find((l) => l.decision === 'approved' && !l.temporary && l.buyer.gradeWorsenedOn === undefined && l.exposed);
  if (!line) throw new Error('portfolio: the book has no approved, exposed line without a tranche');
  const own = line.buyer.buyerId;
  const kinds: [string, Item, Item][] = [
    ['buyer', await get(`BUYER#${buyerId}`, 'BUYER'), await get(`BUYER#${own}`, 'BUYER')],
    ['limit', await get(`TENANT#${probe.tenantId}`, `LIMIT#${buyerId}`), await get(`TENANT#${tenantId}`, `LIMIT#${own}`)],
    ['limit history', await history(probe.tenantId, buyerId), await history(tenantId, own)],
    ['exposure', await get(`TENANT#${probe.tenantId}`, `EXPOSURE#${buyerId}`), await get(`TENANT#${tenantId}`, `EXPOSURE#${own}`)],
  ];
  for (const [kind, real, written] of kinds) {
    const names = (item: Item) => Object.keys(item).sort().join(', ');
    if (names(real) !== names(written)) throw new Error(`portfolio: a real ${kind} item has [${names(real)}], the book's has [${names(written)}]`);
    const types = (item: Item) => Object.entries(item).map(([name, value]) => `${name}:${Object.keys(value).join('')}`).sort().join(', ');
    if (types(real) !== types(written)) throw new Error(`portfolio: a real ${kind} item has types [${types(real)}], the book's has [${types(written)}]`);
  }
}
