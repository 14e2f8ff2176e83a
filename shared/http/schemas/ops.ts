import { z } from 'zod';

const CheckSchema = z.object({
  status: z.enum(['ok', 'error']),
  name: z.string(),
  detail: z.string().optional(),
});

export const HealthSchema = z
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
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;

export const OpenApiDocumentSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'OpenApiDocument', description: 'This OpenAPI 3.1 document' });

export const Clock = z
  .object({ now: z.iso.datetime(), offsetDays: z.int().min(0) })
  .meta({ id: 'Clock', description: 'The local runtime’s clock and how far it was moved forward' });
export const AdvanceClockBody = z.strictObject({ advanceDays: z.int().min(1).max(3650) }).meta({ id: 'AdvanceClock' });
