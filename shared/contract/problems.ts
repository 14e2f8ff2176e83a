import * as z from 'zod';

/**
 * One error family for the whole API, rendered as RFC 9457 problem+json.
 * Every rule that can refuse a request has its own `type` URI; docs/problems.md lists them.
 */
export const PROBLEM_BASE = 'https://bouclier.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = /* @__PURE__ */ (() => z
  .object({
    in: z.enum(['body', 'query', 'path', 'header']),
    field: z.string().describe('Dotted path of the failing field; empty for the whole body.'),
    pointer: z.string().describe('JSON pointer to the failing field, e.g. #/policy/coverPercent'),
    code: z.string(),
    detail: z.string(),
  })
  .meta({ id: 'FieldError' }))();
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * A field error at a path: the one place `field` (dotted: `invoices.0.amount`) and `pointer`
 * (RFC 6901: `#/invoices/0/amount`) are written, for zod's issues and hand-built refusals alike.
 */
export function fieldError(where: FieldError['in'], path: readonly PropertyKey[], code: string, detail: string): FieldError {
  const parts = path.map(String);
  return {
    in: where,
    field: parts.join('.'),
    pointer: '#' + parts.map((part) => '/' + part.replaceAll('~', '~0').replaceAll('/', '~1')).join(''),
    code,
    detail,
  };
}

export const ProblemSchema = /* @__PURE__ */ (() => z
  .object({
    type: z.url(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string().optional(),
    correlationId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' }))();
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * Every problem type the API can answer, with its HTTP status and title: the one list the code
 * raises from (a ProblemError names one of these), routes declare per status, and
 * docs/problems.md documents (a unit test holds the three together). `gateway` marks the
 * types API Gateway itself answers (gateway responses), before any function runs.
 */
export const PROBLEM_TYPES = {
  validation: { status: 400, title: 'Your request is not valid' },
  'malformed-request': { status: 400, title: 'Malformed request', gateway: true },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'tenant-required': { status: 400, title: 'Choose a tenant' },
  'invalid-cursor': { status: 400, title: 'Invalid cursor' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  forbidden: { status: 403, title: 'Forbidden' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', gateway: true },
  'idempotency-key-in-progress': { status: 409, title: 'Request in progress' },
  'duplicate-buyer': { status: 409, title: 'Buyer already exists' },
  'no-capacity': { status: 409, title: 'Buyer capacity exhausted' },
  'referral-decided': { status: 409, title: 'Already decided' },
  'duplicate-invoice': { status: 409, title: 'Invoice number already used' },
  'order-not-committed': { status: 409, title: 'Order not committed' },
  'order-invoiced': { status: 409, title: 'Order invoiced' },
  'exposure-ceiling': { status: 409, title: 'Exposure ceiling reached' },
  'concurrent-update': { status: 409, title: 'Changed meanwhile' },
  'claim-open': { status: 409, title: 'A claim is open on this buyer' },
  'claim-status': { status: 409, title: 'Not in this state' },
  'sector-alert-open': { status: 409, title: 'An alert is already open' },
  'country-event-closed': { status: 409, title: 'Country event already closed' },
  'webhook-disabled': { status: 409, title: 'This endpoint is disabled' },
  'invoice-paid': { status: 409, title: 'Invoice paid' },
  'extension-pending': { status: 409, title: 'An extension is waiting for the insurer' },
  'extension-decided': { status: 409, title: 'Extension already decided' },
  'precondition-failed': { status: 412, title: 'Changed since you read it' },
  'request-too-large': { status: 413, title: 'Request too large', gateway: true },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'headers-too-large': { status: 431, title: 'Request headers too large', gateway: true },
  'webhook-url-refused': { status: 422, title: 'This URL cannot receive webhooks' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused' },
  'unknown-tenant': { status: 422, title: 'Unknown tenant' },
  'notification-late': { status: 422, title: 'Overdue notified too late' },
  'extension-not-later': { status: 422, title: 'Not a later due date' },
  'recovery-exceeds-loss': { status: 422, title: 'Recoveries beyond the loss' },
  'political-risk-not-covered': { status: 422, title: 'The policy does not cover political risk' },
  'no-political-event': { status: 422, title: 'No political cause' },
  'fx-rate-missing': { status: 422, title: 'No reference rate in force' },
  'rate-limited': { status: 429, title: 'Too many requests', gateway: true },
  internal: { status: 500, title: 'Internal error' },
  'gateway-error': { status: 502, title: 'Gateway error', gateway: true },
  'service-unavailable': { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { readonly status: number; readonly title: string; readonly gateway?: true }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Members RFC 9457 defines (and ours): an extension never overrides them. */
const STANDARD_MEMBERS = /* @__PURE__ */ (() => new Set(['type', 'title', 'status', 'detail', 'instance', 'correlationId']))();

export class ProblemError extends Error {
  readonly status: number;
  readonly slug: ProblemType;
  readonly title: string;
  readonly detail: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(args: { slug: ProblemType; detail: string; extensions?: Record<string, unknown>; headers?: Record<string, string> }) {
    super(args.detail);
    const extensions = args.extensions ?? {};
    const clash = Object.keys(extensions).find((name) => STANDARD_MEMBERS.has(name));
    if (clash) throw new Error(`A problem's extension may not be named '${clash}': it is a standard member`);
    this.name = 'ProblemError';
    this.slug = args.slug;
    this.status = PROBLEM_TYPES[args.slug].status;
    this.title = PROBLEM_TYPES[args.slug].title;
    this.detail = args.detail;
    this.extensions = extensions;
    this.headers = args.headers ?? {};
  }

  toProblem(instance?: string, correlationId?: string): Problem {
    return {
      type: PROBLEM_BASE + this.slug,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(correlationId ? { correlationId } : {}),
      ...this.extensions,
    };
  }
}

export const problems = {
  validation: (errors: FieldError[]) =>
    new ProblemError({
      slug: 'validation',
      detail: errors
        .map((e) => `${e.in}${e.field ? ` field '${e.field}'` : ''}: ${e.detail}`)
        .join('; '),
      extensions: { errors },
    }),
  malformedJson: (detail: string) =>
    new ProblemError({
      slug: 'malformed-json',
      detail,
      extensions: { errors: [{ in: 'body', field: '', pointer: '#', code: 'invalid_json', detail }] },
    }),
  unsupportedMediaType: (contentType: string) =>
    new ProblemError({
      slug: 'unsupported-media-type',
      detail: `Send the body as application/json (got '${contentType}').`,
    }),
  unauthorized: (detail = 'Send a valid API key as Authorization: Bearer <key>.') =>
    new ProblemError({ slug: 'unauthorized', detail }),
  notFound: (detail: string) =>
    new ProblemError({ slug: 'not-found', detail }),
  internal: () =>
    new ProblemError({
      slug: 'internal',
      detail: 'Something went wrong on our side. It has been logged; retrying later is safe.',
    }),
  serviceUnavailable: (detail: string, retryAfterSeconds: number) =>
    new ProblemError({ slug: 'service-unavailable', detail, headers: { 'retry-after': String(retryAfterSeconds) } }),
};
