import * as z from 'zod';
import { EXAMPLE_STORY } from './examples.ts';

/** Health as the deployed API answers it when the table and the bus both answer. */
const HEALTHY_EXAMPLE = /* @__PURE__ */ (() => ({
  status: 'ok',
  service: 'bouclier',
  version: '0.1.0',
  time: EXAMPLE_STORY.decidedAt,
  checks: { table: { status: 'ok', name: 'bouclier', itemCount: 48213 }, bus: { status: 'ok', name: 'bouclier' } },
}))();
/** The 503: the table answers, the event bus is not found (each check says what failed). */
export const DEGRADED_HEALTH_EXAMPLE = /* @__PURE__ */ (() => ({
  ...HEALTHY_EXAMPLE,
  status: 'degraded',
  checks: { table: HEALTHY_EXAMPLE.checks.table, bus: { status: 'error', name: 'bouclier', detail: 'ResourceNotFoundException: Event bus bouclier does not exist.' } },
}))();
/** The local test clock ten days after it was started on the story's day. */
const CLOCK_EXAMPLE = { now: '2026-12-06T09:14:03.512Z', offsetDays: 10, offsetSeconds: 864000 };

const CheckSchema = /* @__PURE__ */ (() => z.object({
  status: z.enum(['ok', 'error']),
  name: z.string(),
  detail: z.string().optional(),
}))();

export const HealthSchema = /* @__PURE__ */ (() => z
  .object({
    status: z.enum(['ok', 'degraded']),
    service: z.string(),
    version: z.string(),
    time: z.iso.datetime(),
    checks: z.object({
      table: CheckSchema.extend({ itemCount: z.int().optional() }),
      bus: CheckSchema,
    }),
  })
  .meta({ id: 'Health', example: HEALTHY_EXAMPLE }))();
export type Health = z.infer<typeof HealthSchema>;

export const OpenApiDocumentSchema = /* @__PURE__ */ (() => z
  .record(z.string(), z.unknown())
  .meta({
    id: 'OpenApiDocument',
    description: 'This OpenAPI 3.1 document',
    // An excerpt: the document itself is long.
    example: {
      openapi: '3.1.0',
      info: { title: 'Bouclier API', version: '0.1.0' },
      paths: { '/v1/health': { get: { operationId: 'getHealth', summary: 'Health of the API, the table and the event bus', tags: ['ops'] } } },
    },
  }))();

export const Clock = /* @__PURE__ */ (() => z
  .object({
    now: z.iso.datetime(),
    offsetDays: z.int().min(0).meta({ description: 'Whole days the clock was moved forward' }),
    offsetSeconds: z.int().min(0).meta({ description: 'Seconds the clock was moved forward in all' }),
  })
  .meta({ id: 'Clock', description: 'The local runtime’s clock and how far it was moved forward', example: CLOCK_EXAMPLE }))();
export const AdvanceClockBody = /* @__PURE__ */ (() => z
  .strictObject({
    advanceDays: z.int().min(1).max(3650).optional().meta({ description: 'Days to move forward' }),
    advanceSeconds: z.int().min(1).max(3650 * 86_400).optional().meta({ description: 'Seconds to move forward (webhook retries are seconds to hours apart)' }),
  })
  .refine((body) => body.advanceDays !== undefined || body.advanceSeconds !== undefined, { message: 'name advanceDays or advanceSeconds (or both: they add up)' })
  .meta({ id: 'AdvanceClock', example: { advanceDays: 10 } }))();
export type AdvanceClockBody = z.output<typeof AdvanceClockBody>;

/** A page or a file served as text (the API reference and its renderer's script and style). */
export const TextFile = /* @__PURE__ */ (() => z.string().meta({ description: 'The file, as text' }))();
