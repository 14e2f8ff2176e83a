/**
 * A local stand-in for the part of Secrets Manager functions use: GetSecretValue over the AWS
 * JSON 1.1 protocol the SDK speaks (AWS_ENDPOINT_URL_SECRETS_MANAGER), so functions read the
 * topology's secrets with the real SecretsManagerClient, from the ARN in SECRET_ARN_<NAME>,
 * exactly as in AWS.
 *
 * Each secret is 32 random bytes (base64url), made once and kept in the data directory as
 * `<name>-secret` (mode 0600), so what it protects survives a restart (cursors stay valid); in
 * memory, a fresh one per start. In AWS the stack generates it in Secrets Manager.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { secretArnVariable } from '#data/secret-names';
import { LOCAL_REGION } from './dynamodb.ts';
import { LOCAL_ACCOUNT } from './event-bus.ts';

interface StoredSecret {
  readonly name: string;
  readonly arn: string;
  readonly value: string;
  readonly versionId: string;
  readonly createdAt: number;
}

export class LocalSecrets {
  private readonly secrets = new Map<string, StoredSecret>();
  private server?: http.Server;
  private readonly options: { readonly service: string; readonly names: readonly string[]; readonly dataDir?: string };

  constructor(options: { readonly service: string; readonly names: readonly string[]; readonly dataDir?: string }) {
    this.options = options;
  }

  /** Reads each secret from the data directory, or makes it (there, or in memory). */
  async load(): Promise<void> {
    for (const name of this.options.names) {
      const value = this.options.dataDir ? await keptValue(path.join(this.options.dataDir, `${name}-secret`)) : randomBytes(32).toString('base64url');
      const secretName = `${this.options.service}/${name}`;
      // AWS appends six random characters to a secret's ARN; these are fixed locally.
      const arn = `arn:aws:secretsmanager:${LOCAL_REGION}:${LOCAL_ACCOUNT}:secret:${secretName}-local0`;
      this.secrets.set(name, { name: secretName, arn, value, versionId: randomUUID(), createdAt: Math.floor(Date.now() / 1000) });
    }
  }

  /** SECRET_ARN_<NAME> for every secret, as the stack sets them for the functions it grants. */
  environment(): Record<string, string> {
    return Object.fromEntries([...this.secrets].map(([name, secret]) => [secretArnVariable(name), secret.arn]));
  }

  async listen(): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { status, body } = this.answer(String(request.headers['x-amz-target'] ?? ''), Buffer.concat(chunks).toString('utf8'));
        const error = (body as { __type?: string }).__type;
        response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), ...(error ? { 'x-amzn-errortype': error } : {}) });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('secrets stand-in has no address');
    return `http://127.0.0.1:${address.port}`;
  }

  private answer(target: string, raw: string): { status: number; body: unknown } {
    if (target !== 'secretsmanager.GetSecretValue') {
      return { status: 400, body: { __type: 'UnknownOperationException', message: `${target || 'this operation'} is not supported locally` } };
    }
    let input: { SecretId?: unknown };
    try {
      input = JSON.parse(raw || '{}') as { SecretId?: unknown };
    } catch {
      return { status: 400, body: { __type: 'SerializationException', message: 'The request body is not JSON' } };
    }
    const secret = [...this.secrets.values()].find((candidate) => input.SecretId === candidate.arn || input.SecretId === candidate.name);
    if (!secret) return { status: 400, body: { __type: 'ResourceNotFoundException', Message: "Secrets Manager can't find the specified secret." } };
    return {
      status: 200,
      body: { ARN: secret.arn, Name: secret.name, VersionId: secret.versionId, SecretString: secret.value, VersionStages: ['AWSCURRENT'], CreatedDate: secret.createdAt },
    };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The value kept in `file`, made (readable by this user only) if there is none yet. */
async function keptValue(file: string): Promise<string> {
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const value = randomBytes(32).toString('base64url');
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  // The umask cannot widen 0600, but a file that existed empty keeps its mode: set it.
  await chmod(file, 0o600);
  return value;
}
