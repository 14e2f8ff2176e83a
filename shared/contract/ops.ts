import * as z from 'zod';

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
  .meta({ id: 'Health' }))();
export type Health = z.infer<typeof HealthSchema>;

export const OpenApiDocumentSchema = /* @__PURE__ */ (() => z
  .record(z.string(), z.unknown())
  .meta({ id: 'OpenApiDocument', description: 'This OpenAPI 3.1 document' }))();

export const Clock = /* @__PURE__ */ (() => z
  .object({
    now: z.iso.datetime(),
    offsetDays: z.int().min(0).meta({ description: 'Whole days the clock was moved forward' }),
    offsetSeconds: z.int().min(0).meta({ description: 'Seconds the clock was moved forward in all' }),
  })
  .meta({ id: 'Clock', description: 'The local runtime’s clock and how far it was moved forward' }))();
export const AdvanceClockBody = /* @__PURE__ */ (() => z
  .strictObject({
    advanceDays: z.int().min(1).max(3650).optional().meta({ description: 'Days to move forward' }),
    advanceSeconds: z.int().min(1).max(3650 * 86_400).optional().meta({ description: 'Seconds to move forward (webhook retries are seconds to hours apart)' }),
  })
  .refine((body) => body.advanceDays !== undefined || body.advanceSeconds !== undefined, { message: 'name advanceDays or advanceSeconds (or both: they add up)' })
  .meta({ id: 'AdvanceClock' }))();
export type AdvanceClockBody = z.output<typeof AdvanceClockBody>;

/** A page or a file served as text (the API reference and its renderer's script and style). */
export const TextFile = /* @__PURE__ */ (() => z.string().meta({ description: 'The file, as text' }))();
