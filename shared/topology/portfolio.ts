/** Premium and portfolio: turnover declarations, premium, portfolio figures and their monthly snapshots. */
import { TURNOVER_CORRECTED_EXAMPLE, InsurerPortfolio, Portfolio, PortfolioHistory, PremiumQuery, PremiumYear, TurnoverDeclaration, TurnoverDeclarationBody } from '../contract/portfolio.ts';
import type { FunctionSpec, RouteSpec, StreamConsumerSpec } from './types.ts';

export const portfolioFunctions = {
  portfolio: {
    entry: 'functions/portfolio/handler.ts',
    handler: 'handler',
    description: 'Turnover declarations and premium; portfolio figures for tenants and the insurer, and their monthly snapshots',
    memoryMb: 1769,
    timeoutSeconds: 29,
    permissions: { table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem'] },
  },
  portfolioSnapshots: {
    entry: 'functions/portfolio/snapshots.ts',
    handler: 'handler',
    description: 'Daily: plans this month’s portfolio snapshot of each tenant without one (the job workers take them)',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
  portfolioAggregator: {
    entry: 'functions/portfolio/aggregator.ts',
    handler: 'handler',
    description: 'Stream consumer: keeps the insurer’s portfolio counters up to date from limits, exposures, buyers, capacity, invoices and tenants',
    memoryMb: 1024,
    timeoutSeconds: 120,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
  portfolioReconciler: {
    entry: 'functions/portfolio/reconciler.ts',
    handler: 'handler',
    description: 'Daily: plans the portfolio reconciliation of every tenant and buyer (the job workers revalue, compare and repair them)',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
} as const satisfies Record<string, FunctionSpec>;

/**
 * The insurer's portfolio counters follow the items they add up. Every write of those kinds
 * (a REMOVE carries no new image: none of these kinds is deleted). The refresh reads the items
 * themselves, so order and repeats do not matter; a failing piece is retried, then dead-lettered.
 */
export const portfolioStreamConsumers: StreamConsumerSpec<'portfolioAggregator'>[] = [
  {
    function: 'portfolioAggregator',
    filter: { dynamodb: { NewImage: { kind: { S: ['limit', 'exposure', 'buyer', 'capacity', 'invoice', 'tenant'] } } } },
    batchSize: 100,
    maxBatchingWindowSeconds: 1,
    retryAttempts: 10,
    maxRecordAgeSeconds: 24 * 60 * 60,
    bisectBatchOnError: true,
    parallelizationFactor: 2,
  },
];

export const portfolioRoutes = [
  {
    operationId: 'declareTurnover',
    method: 'POST',
    path: '/v1/turnover-declarations',
    function: 'portfolio',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Declare a month’s insurable turnover in one country; declaring it again corrects it (the history is kept)',
    description:
      'One declaration per month and country: its premium is amount × the policy’s premiumRate, rounded half up to the cent. Declaring the same month and country again replaces the amount (200, version + 1, the replaced one kept in `history`), so a retry or a correction never counts twice. `period` is neither a month not yet begun (in_the_future) nor before the month of the policy’s inceptionDate (before_inception); a declaration more than 30 days after the end of its month is accepted but flagged `late`.',
    tags: ['premium'],
    request: { body: TurnoverDeclarationBody },
    responses: {
      201: { description: 'Declared', schema: TurnoverDeclaration }, 200: { description: 'Corrected', schema: TurnoverDeclaration, example: TURNOVER_CORRECTED_EXAMPLE },
      409: { description: 'The declaration changed meanwhile (concurrent-update): retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'getPremium',
    method: 'GET',
    path: '/v1/premium',
    function: 'portfolio',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'A policy year’s (or a calendar year’s) declared turnover by month and country, its premium, the minimum premium adjustment, what is due',
    description:
      'The minimum premium is settled per policy year, anniversary to anniversary of the policy’s inceptionDate; a month’s turnover belongs to the policy year its last day falls in. ' +
      '`?on=YYYY-MM-DD` (default: today, or the inception date while the policy has not begun) answers the policy year containing that day (view policy_year, with policyYear {from, to}); its minimum premium adjustment is owed once today is after policyYear.to, projected until then. ' +
      '`?year=YYYY` answers that calendar year’s months (view calendar_year): no minimum premium adjustment, and minimumPremiumNote names the policy years to ask for, unless the calendar year is a policy year (inception on 1 January). ' +
      'Naming both is refused (exclusive); a day or a year before the policy began too (before_inception).',
    tags: ['premium'],
    request: { query: PremiumQuery },
    responses: { 200: { description: 'The premium of the policy year, or of the calendar year', schema: PremiumYear } },
  },
  {
    operationId: 'getPortfolio',
    method: 'GET',
    path: '/v1/portfolio',
    function: 'portfolio',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Limits and exposure by grade, sector and country; concentration; expected loss; buyers whose grade worsened; headroom',
    description:
      'Today’s figures in the policy currency: limits in force, exposure (unpaid invoices and committed orders), headroom and uncovered exposure counted buyer by buyer (an exposure above its limit borrows no headroom from another buyer), expected loss at a 30 % recovery rate, and the countries with a country event open. Kept up to date from every change, it shows a write a second or two after it, not in the write’s own answer.',
    tags: ['portfolio'],
    responses: { 200: { description: 'The portfolio today', schema: Portfolio } },
  },
  {
    operationId: 'getPortfolioHistory',
    method: 'GET',
    path: '/v1/portfolio/history',
    function: 'portfolio',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'The monthly snapshots of your portfolio figures, oldest first',
    description:
      'A daily job keeps the headline figures once a month, on the first run of the month: limits, exposure, headroom, expected loss, concentration and the grade bands, for a trend over time. A month’s snapshot never changes once taken; the current figures are `GET /v1/portfolio`.',
    tags: ['portfolio'],
    responses: { 200: { description: 'The snapshots', schema: PortfolioHistory } },
  },
  {
    operationId: 'getInsurerPortfolio',
    method: 'GET',
    path: '/v1/insurer/portfolio',
    function: 'portfolio',
    access: ['insurer'],
    summary: 'The portfolio of every tenant together (EUR), buyer capacity used, exposure under open sector alerts',
    description:
      'Every tenant’s lines in EUR (a policy in another currency at today’s reference rate), a buyer held by several tenants counted once while each tenant’s limit covers only its own exposure. Adds how much of each grade’s buyer capacity the limits reserve (the ten most used buyers) and the limits and exposure under each open sector alert; `valuedOn` is the day of the last daily revaluation.',
    tags: ['portfolio'],
    responses: { 200: { description: 'The insurer’s portfolio today', schema: InsurerPortfolio } },
  },
] as const satisfies readonly RouteSpec<keyof typeof portfolioFunctions>[];
