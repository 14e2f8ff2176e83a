/**
 * API key secrets: 32 random bytes behind a prefix a human can read (`bk_live_pol_…`), shown
 * once, stored only as a SHA-256 hash. A key carries 256 bits of entropy, so a fast hash is
 * the right one: guessing is hopeless, and the authorizer's lookup stays O(1) by hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '#topology';

const ROLE_PREFIX: Record<Role, string> = { insurer: 'ins', policyholder: 'pol', broker: 'brk' };

/** `live` in AWS, `test` on the local runtime, as Stripe marks its keys. */
function environment(): 'live' | 'test' {
  return process.env['BOUCLIER_LOCAL'] === 'true' ? 'test' : 'live';
}

export function generateApiKey(role: Role): string {
  return `bk_${environment()}_${ROLE_PREFIX[role]}_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const KEY_HEAD = /^bk_(live|test)_[a-z]{3}_/;

/**
 * What is shown of a key after creation: its readable head and 4 characters of the secret,
 * enough to recognise it, nothing to use. (The secret is base64url: it may hold '_' too.)
 */
export function displayPrefix(key: string): string {
  const head = KEY_HEAD.exec(key)?.[0];
  return (head ? key.slice(0, head.length + 4) : key.slice(0, 8)) + '…';
}
