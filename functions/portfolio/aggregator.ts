/**
 * Stream consumer: keeps the insurer's and each tenant's portfolio counters up to date
 * (shared/data/portfolio-aggregate.ts). A batch names the pieces its records touched — a tenant's line on a
 * buyer (limit, exposure), a buyer's facts (buyer, capacity), a tenant's unpaid invoices by
 * currency, a tenant to count — and each is refreshed once from the items themselves, so a
 * record seen twice changes nothing. The first record whose piece failed is reported: the
 * event source mapping retries from there, then sends the batch to the dead-letter queue.
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { now } from '#clock';
import { FxRateMissingError } from '#domain/fx';
import { logger, metrics, MetricUnit } from '#powertools';
import { instrumented } from '#powertools/middleware';
import { unmarshallOptions } from '#data/numbers';
import { portfolioAggregateKeys } from '#data/keys';
import { Valuation, countTenant, refreshBuyer, refreshCurrencies, refreshLine } from '#data/portfolio-aggregate';
import { inParallel } from '#data/parallel';

/** Pieces refreshed side by side within a batch. */
const CONCURRENCY = 8;

type Piece = { kind: 'line'; tenantId: string; buyerId: string } | { kind: 'buyer'; buyerId: string } | { kind: 'currencies'; tenantId: string } | { kind: 'tenant'; tenantId: string };

/** The piece a record touches, if any (the filter lets only these kinds through). */
export function pieceOf(record: DynamoDBRecord): Piece | undefined {
  const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
  if (!image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>, unmarshallOptions());
  const pk = String(item['pk']);
  const tenantId = portfolioAggregateKeys.tenantOf(pk);
  switch (item['kind']) {
    case 'limit':
    case 'exposure':
      return tenantId && typeof item['buyerId'] === 'string' ? { kind: 'line', tenantId, buyerId: item['buyerId'] } : undefined;
    case 'buyer':
    case 'capacity': {
      const buyerId = portfolioAggregateKeys.buyerOf(pk);
      return buyerId ? { kind: 'buyer', buyerId } : undefined;
    }
    case 'invoice':
      return tenantId ? { kind: 'currencies', tenantId } : undefined;
    case 'tenant':
      return typeof item['tenantId'] === 'string' ? { kind: 'tenant', tenantId: item['tenantId'] } : undefined;
    default:
      return undefined;
  }
}

const idOf = (piece: Piece) => JSON.stringify(piece);

async function refresh(piece: Piece, valuation: Valuation): Promise<boolean> {
  switch (piece.kind) {
    case 'line':
      return refreshLine(piece.tenantId, piece.buyerId, valuation);
    case 'buyer':
      return refreshBuyer(piece.buyerId);
    case 'currencies':
      return (await refreshCurrencies(piece.tenantId, valuation)) > 0;
    case 'tenant':
      return countTenant(piece.tenantId);
  }
}

export async function aggregate(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const touched = event.Records.map((record) => ({ record, piece: pieceOf(record) }));
  const pieces = new Map<string, Piece>();
  for (const { piece } of touched) if (piece) pieces.set(idOf(piece), piece);
  if (pieces.size === 0) return { batchItemFailures: [] };

  const valuation = await Valuation.on(now());
  const failed = new Set<string>();
  let changed = 0;
  // Each piece's failure is its own (reported below): no piece stops the others.
  await inParallel([...pieces], CONCURRENCY, async ([id, piece]) => {
    try {
      if (await refresh(piece, valuation)) changed += 1;
    } catch (error) {
      if (error instanceof FxRateMissingError) {
        // No reference rate for the policy currency: the line keeps its last value until one
        // is published; the daily reconciliation counts it. Retrying would not help.
        logger.warn('portfolio line not valued: no EUR reference rate', { piece, error: error.message });
        metrics.addMetric('PortfolioLinesUnvalued', MetricUnit.Count, 1);
        return;
      }
      logger.error('portfolio piece not refreshed', { piece, error: error as Error });
      failed.add(id);
    }
  });
  metrics.addMetric('PortfolioPiecesChanged', MetricUnit.Count, changed);
  if (failed.size === 0) return { batchItemFailures: [] };
  metrics.addMetric('PortfolioAggregationFailures', MetricUnit.Count, failed.size);
  const first = touched.find(({ piece }) => piece && failed.has(idOf(piece)));
  return { batchItemFailures: [{ itemIdentifier: first?.record.dynamodb?.SequenceNumber ?? '' }] };
}

export const handler = instrumented(aggregate);
