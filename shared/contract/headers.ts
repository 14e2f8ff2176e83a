/**
 * Headers the HTTP stack reads or answers on its own, whatever the route: the OpenAPI
 * document declares them from these schemas, and the stack checks Idempotency-Key against the
 * same pattern, so the two cannot disagree.
 */
import * as z from 'zod';

/** 1 to 255 printable ASCII characters, no spaces. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export const IdempotencyKeyHeader = /* @__PURE__ */ (() => z
  .string()
  .min(1)
  .max(255)
  .regex(IDEMPOTENCY_KEY_PATTERN)
  .optional()
  .meta({
    description:
      'Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. ' +
      'The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); ' +
      'the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress.',
    example: '4f1c2a9e-7d3b-4c21-9a0e-5b8d6f3e2c10',
  }))();

export const IdempotentReplayedHeader = /* @__PURE__ */ (() => z
  .literal('true')
  .optional()
  .meta({ description: 'Present when this is the stored response of an earlier request with the same Idempotency-Key', example: 'true' }))();

/** Retry-After in seconds: what the stack and the gateway send (RFC 9110 also allows a date; we never send one). */
export function RetryAfterHeader(options: { required: boolean; example: number; when?: string }) {
  const schema = z.int().min(1).meta({
    description: `Seconds to wait before retrying${options.when ? `, ${options.when}` : ''}`,
    example: options.example,
  });
  return options.required ? schema : schema.optional();
}

export const CorrelationIdRequestHeader = /* @__PURE__ */ (() => z
  .string()
  .optional()
  .meta({
    description:
      'Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. ' +
      'Absent or not of that form, the gateway’s request id is used instead (the request is not refused).',
    example: 'crm-order-77',
  }))();

export const CorrelationIdResponseHeader = /* @__PURE__ */ (() => z.string().meta({
  description: 'The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request',
  example: 'crm-order-77',
}))();

export const TenantHeader = /* @__PURE__ */ (() => z
  .string()
  .optional()
  .meta({
    description:
      'Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, ' +
      'a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it.',
    example: 'ten_01JA8Z3M7K4Q2W6E9R5T1Y8U0I',
  }))();

export function LocationHeader(options: { required: boolean; description: string; example?: string }) {
  const schema = z.string().meta({ description: options.description, ...(options.example ? { example: options.example } : {}) });
  return options.required ? schema : schema.optional();
}

export const IfMatchHeader = /* @__PURE__ */ (() => z
  .string()
  .optional()
  .meta({
    description:
      'The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, ' +
      'else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). ' +
      'Weak ETags (W/"…") never match: ours are strong.',
    example: '"3"',
  }))();

export const ETagHeader = /* @__PURE__ */ (() => z.string().meta({
  description: 'The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely',
  example: '"3"',
}))();

/** The Standard Webhooks headers on every webhook delivery (shared/events/webhook-signing.ts writes them). */
export const WebhookIdHeader = /* @__PURE__ */ (() => z
  .string()
  .regex(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/)
  .meta({
    description: 'The event id (evt_ + a ULID): the same on every attempt, retry, sweep and replay of this event to this endpoint. Dedupe by it',
    example: 'evt_01JDQ7X2B3C4D5E6F7G8H9J0K1',
  }))();

export const WebhookTimestampHeader = /* @__PURE__ */ (() => z
  .string()
  .regex(/^\d+$/)
  .meta({
    description: 'Unix seconds of this attempt (not of the event: the body’s timestamp is when it happened); check it against your clock, 5 minutes either way',
    example: '1795615380',
  }))();

export const WebhookSignatureHeader = /* @__PURE__ */ (() => z
  .string()
  .meta({
    description:
      'Space-separated v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>"> with the key of the endpoint’s secret (whsec_…), ' +
      'one per secret in force: two while a rotated secret overlaps the new one. Verify one of them on the raw body with the standardwebhooks package',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }))();
