/**
 * Safe concurrent updates (RFC 9110 §8.8.3, §13.1.1): a resource people edit answers its
 * stored revision as a strong ETag; a PUT or PATCH that sends If-Match is applied only if the
 * resource is still at one of the revisions it names, else 412 precondition-failed. Without
 * If-Match a change applies as before (the last write wins, each write still atomic).
 *
 * The check runs where the current revision is read, inside the repository's conditional write,
 * so a change landing between the read and the write fails the condition rather than slip past.
 */
import { ProblemError, fieldError, problems } from './problems.ts';

/** `*` (any current revision), or the entity tags named, weak ones kept so they can be refused. */
export type IfMatch = { readonly any: true } | { readonly any: false; readonly tags: readonly { readonly weak: boolean; readonly value: string }[] };

/** The ETag of a stored revision: strong, opaque to clients. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

const ENTITY_TAG = /\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y;

/** The If-Match header, or undefined when absent; a value that is no entity-tag list is a 400 naming it. */
export function parseIfMatch(header: string | undefined): IfMatch | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { any: true };
  const tags: { weak: boolean; value: string }[] = [];
  ENTITY_TAG.lastIndex = 0;
  while (ENTITY_TAG.lastIndex < header.length) {
    const at = ENTITY_TAG.lastIndex;
    const match = ENTITY_TAG.exec(header);
    if (!match || match.index !== at) {
      if (header.slice(at).trim() === '') break;
      throw problems.validation([
        fieldError('header', ['If-Match'], 'invalid_entity_tag', 'If-Match takes * or a comma-separated list of the ETags you read, quotes included, e.g. If-Match: "3"'),
      ]);
    }
    tags.push({ weak: match[1] !== undefined, value: match[2] ?? '' });
  }
  if (tags.length === 0) {
    throw problems.validation([fieldError('header', ['If-Match'], 'invalid_entity_tag', 'If-Match is empty: send * or the ETag you read, e.g. If-Match: "3"')]);
  }
  return { any: false, tags };
}

/** Whether If-Match lets a change of the resource at `revision` through (strong comparison: a weak tag never matches). */
export function matches(ifMatch: IfMatch | undefined, revision: number): boolean {
  if (!ifMatch || ifMatch.any) return true;
  const current = String(revision);
  return ifMatch.tags.some((tag) => !tag.weak && tag.value === current);
}

/** The 412 of a stale If-Match, saying where the resource is now. */
export function preconditionFailed(what: string, revision: number): ProblemError {
  return new ProblemError({
    slug: 'precondition-failed',
    detail: `${what} changed since the version your If-Match names: it is now at ETag ${etagOf(revision)}. Read it again, reapply your change and send it with If-Match: ${etagOf(revision)}.`,
    extensions: { currentETag: etagOf(revision) },
  });
}

/** Refuses the change unless If-Match lets it through. */
export function requireMatch(ifMatch: IfMatch | undefined, revision: number, what: string): void {
  if (!matches(ifMatch, revision)) throw preconditionFailed(what, revision);
}
