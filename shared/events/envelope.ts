import * as z from 'zod';
import { ulid } from 'ulid';

/**
 * Every domain event, as written to the outbox, published on the bus (as `detail`) and
 * delivered to webhooks. Consumers dedupe by `id`.
 */
export const EventEnvelopeSchema = z
  .object({
    id: z.string().regex(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/, 'an event id: evt_ followed by a ULID'),
    type: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/, 'a dotted event type such as limit.decided'),
    occurredAt: z.iso.datetime(),
    tenantId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    version: z.int().positive(),
  })
  .meta({ id: 'EventEnvelope' });
export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

export function newEventId(now: Date): string {
  return `evt_${ulid(now.getTime())}`;
}

export function newEvent(args: {
  type: string;
  tenantId: string | null;
  data: Record<string, unknown>;
  now: Date;
  version?: number;
}): EventEnvelope {
  return {
    id: newEventId(args.now),
    type: args.type,
    occurredAt: args.now.toISOString(),
    tenantId: args.tenantId,
    data: args.data,
    version: args.version ?? 1,
  };
}
