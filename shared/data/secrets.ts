/**
 * The topology's secrets (shared/topology `secrets`), read with GetSecretValue from the ARN
 * in SECRET_ARN_<NAME> that the stack sets for the functions it grants. Each is fetched once
 * per execution environment and kept: a secret is not in the function's environment, and a
 * request pays for the fetch only on a cold start. Locally the SDK's endpoint
 * (AWS_ENDPOINT_URL_SECRETS_MANAGER) is the local runtime's stand-in.
 */
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { tracer } from '#powertools';
import { CLIENT_TIMEOUTS } from './client.ts';
import { secretArnVariable } from './secret-names.ts';

let client: SecretsManagerClient | undefined;
const values = new Map<string, Promise<string>>();

async function fetchSecret(secret: string): Promise<string> {
  const arn = process.env[secretArnVariable(secret)];
  if (!arn) throw new Error(`${secretArnVariable(secret)} is not set: grant this function the secret '${secret}' in the topology (permissions.secrets)`);
  // Loaded on first use, not at cold start: most requests never read a secret, and a function's
  // first list request pays for it once (npm run bench -- cold-start).
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  // Same bounds as the table's: a Secrets Manager that does not answer is a 503, not a hang.
  client ??= tracer.captureAWSv3Client(new SecretsManagerClient({ requestHandler: CLIENT_TIMEOUTS }));
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
  if (!SecretString) throw new Error(`the secret '${secret}' has no string value`);
  return SecretString;
}

/** The secret's current value; a failed fetch is not kept, the next request tries again. */
export function secretValue(secret: string): Promise<string> {
  let value = values.get(secret);
  if (!value) {
    value = fetchSecret(secret);
    values.set(secret, value);
    value.catch(() => values.delete(secret));
  }
  return value;
}
