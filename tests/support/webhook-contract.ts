/**
 * The webhook side of the contract test: every delivery an e2e receiver gets is parsed with the
 * schema of its type (shared/contract/events.ts, the document's `webhooks` section), and its
 * top-level and `data` keys are compared with the example of that type. A key that one has and
 * the other lacks must be optional in the schema (a referral's id on limit.decided, a tranche's
 * expiry has none): otherwise the example, or the schema, has drifted from what is sent.
 *
 * tests/support/webhook-receiver.ts checks each body it receives; the violations fail the
 * receiver's `waitFor` at once and, through tests/support/contract-setup.ts, the test that was
 * running. The types compared are summed up at the end of the run.
 */
import * as z from 'zod';
import { WEBHOOK_EVENTS } from '../../shared/contract/events.ts';
import { EVENT_TYPES, type EventType } from '../../shared/events/types.ts';
import { exampleOfEvent } from '../../shared/http/openapi-webhooks.ts';

/** Deliveries checked in this process, by event type. */
export const webhookTypesChecked = new Map<string, number>();
/** Violations found in this process and not yet reported by a test. */
const pending: string[] = [];

/** Takes the violations found since the last call (contract-setup fails the test with them). */
export function takeWebhookViolations(): string[] {
  return pending.splice(0, pending.length);
}

interface Keys {
  readonly all: ReadonlySet<string>;
  /** Keys a body may lack: optional, or in some variants of a union only. */
  readonly optional: ReadonlySet<string>;
}

/** The keys of an object schema, or of a union of them (a key missing from one variant is optional). */
function keysOf(schema: z.ZodType): Keys {
  if (schema instanceof z.ZodObject) {
    const entries: [string, z.ZodType][] = Object.entries(schema.shape);
    return { all: new Set(entries.map(([key]) => key)), optional: new Set(entries.filter(([, field]) => field.safeParse(undefined).success).map(([key]) => key)) };
  }
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) {
    const variants = (schema.options as z.ZodType[]).map(keysOf);
    const all = new Set(variants.flatMap((variant) => [...variant.all]));
    const optional = new Set([...all].filter((key) => variants.some((variant) => !variant.all.has(key) || variant.optional.has(key))));
    return { all, optional };
  }
  throw new Error('a webhook body is an object or a union of objects');
}

const keysByType = new Map<EventType, { top: Keys; data: Keys }>(
  EVENT_TYPES.map((type) => {
    const schema = WEBHOOK_EVENTS[type] as unknown as z.ZodObject<{ data: z.ZodType }>;
    return [type, { top: keysOf(schema), data: keysOf(schema.shape.data) }];
  }),
);

/** Keys one side has and the other lacks, unless the schema makes them optional. */
function keyDrift(where: string, delivered: object, example: object, keys: Keys): string[] {
  const got = new Set(Object.keys(delivered));
  const expected = new Set(Object.keys(example));
  return [
    ...[...got].filter((key) => !expected.has(key) && !keys.optional.has(key)).map((key) => `${where}.${key} is delivered but ${keys.all.has(key) ? 'the example lacks it' : 'neither the schema nor the example has it'}`),
    ...[...expected].filter((key) => !got.has(key) && !keys.optional.has(key)).map((key) => `${where}.${key} is in the example but not delivered`),
  ];
}

/** What is wrong with one delivery's raw body, each naming the event type and the field; [] when it matches. */
export function webhookBodyViolations(raw: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return [`a delivery's body is not JSON: ${raw.slice(0, 120)}`];
  }
  const type = (body as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) return [`a delivery's type ${JSON.stringify(type)} is not a subscribable event type`];
  const eventType = type as EventType;
  const parsed = WEBHOOK_EVENTS[eventType].safeParse(body);
  const issues = (parsed.error?.issues ?? []).map((issue) => `${eventType}: ${issue.path.join('.') || '(body)'}: ${issue.message}`);
  if (issues.length > 0) return issues;
  const example = exampleOfEvent(eventType) as { data: object };
  const delivered = body as { data: object };
  const keys = keysByType.get(eventType)!;
  return [...keyDrift('(body)', delivered, example, keys.top), ...keyDrift('data', delivered.data, example.data, keys.data)].map((drift) => `${eventType}: ${drift}`);
}

/** Checks one delivery: counts its type, and keeps what is wrong for the running test to fail on. */
export function checkWebhookDelivery(raw: string, webhookId: string | undefined): string[] {
  const violations = webhookBodyViolations(raw).map((violation) => `webhook ${webhookId ?? '(no webhook-id)'}: ${violation}`);
  const type = (() => {
    try {
      return String((JSON.parse(raw) as { type?: unknown }).type);
    } catch {
      return 'unparseable';
    }
  })();
  webhookTypesChecked.set(type, (webhookTypesChecked.get(type) ?? 0) + 1);
  pending.push(...violations);
  return violations;
}
