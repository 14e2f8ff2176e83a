import { z } from 'zod';

/**
 * One error family for the whole API, rendered as RFC 9457 problem+json.
 * Every rule that can refuse a request has its own `type` URI; docs/problems.md lists them.
 */
export const PROBLEM_BASE = 'https://bouclier.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const FieldErrorSchema = z
  .object({
    in: z.enum(['body', 'query', 'path', 'header']),
    field: z.string().describe('Dotted path of the failing field; empty for the whole body.'),
    pointer: z.string().describe('JSON pointer to the failing field, e.g. #/policy/coverPercent'),
    code: z.string(),
    detail: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ProblemSchema = z
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
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof ProblemSchema>;

export class ProblemError extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(args: {
    status: number;
    slug: string;
    title: string;
    detail: string;
    extensions?: Record<string, unknown>;
    headers?: Record<string, string>;
  }) {
    super(args.detail);
    this.name = 'ProblemError';
    this.status = args.status;
    this.slug = args.slug;
    this.title = args.title;
    this.detail = args.detail;
    this.extensions = args.extensions ?? {};
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
      status: 400,
      slug: 'validation',
      title: 'Your request is not valid',
      detail: errors
        .map((e) => `${e.in}${e.field ? ` field '${e.field}'` : ''}: ${e.detail}`)
        .join('; '),
      extensions: { errors },
    }),
  malformedJson: (detail: string) =>
    new ProblemError({
      status: 400,
      slug: 'malformed-json',
      title: 'The request body is not valid JSON',
      detail,
      extensions: { errors: [{ in: 'body', field: '', pointer: '#', code: 'invalid_json', detail }] },
    }),
  unsupportedMediaType: (contentType: string) =>
    new ProblemError({
      status: 415,
      slug: 'unsupported-media-type',
      title: 'Unsupported media type',
      detail: `Send the body as application/json (got '${contentType}').`,
    }),
  unauthorized: (detail = 'Send a valid API key as Authorization: Bearer <key>.') =>
    new ProblemError({ status: 401, slug: 'unauthorized', title: 'Unauthorized', detail }),
  notFound: (detail: string) =>
    new ProblemError({ status: 404, slug: 'not-found', title: 'Not found', detail }),
  internal: () =>
    new ProblemError({
      status: 500,
      slug: 'internal',
      title: 'Internal error',
      detail: 'Something went wrong on our side. It has been logged; retrying later is safe.',
    }),
  serviceUnavailable: (detail: string, retryAfterSeconds: number) =>
    new ProblemError({ status: 503, slug: 'service-unavailable', title: 'Service unavailable', detail, headers: { 'retry-after': String(retryAfterSeconds) } }),
};
