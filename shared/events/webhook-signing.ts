/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): `webhook-id`,
 * `webhook-timestamp` and `webhook-signature` = space-separated `v1,<base64 HMAC-SHA256>` of
 * `<id>.<timestamp>.<body>`, one per secret in force (two while a rotated secret overlaps).
 * The `standardwebhooks` package signs, so receivers verify with the same package.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** `whsec_` + base64 of 32 random bytes (the spec asks 24 to 64). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function signatureHeaders(messageId: string, timestamp: Date, body: string, secrets: readonly string[]): Record<string, string> {
  if (secrets.length === 0) throw new Error('an endpoint signs with at least one secret');
  const signatures = secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
