/**
 * A local stand-in for the part of API Gateway that throttles: usage plans (one per tier
 * of the topology), API keys registered in them, and the token bucket API Gateway applies
 * per key (capacity = burst, refilled at the rate per second). Functions register keys with
 * the real APIGatewayClient (CreateApiKey, CreateUsagePlanKey over REST-JSON, at
 * AWS_ENDPOINT_URL_API_GATEWAY); registrations persist in the data directory. It also
 * answers FlushStageAuthorizersCache for the local API and stage, which clears the local
 * gateway's authorizer cache.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { ThrottleSpec, ThrottlingSpec } from '#topology';

interface Registry {
  keys: Record<string, { value: string; name: string }>;
  /** usage key value → plan id */
  plans: Record<string, string>;
}

export type ThrottleVerdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number } | undefined;

export class LocalApiManagement {
  private readonly tiers: ThrottlingSpec['tiers'];
  private readonly file: string | undefined;
  private registry: Registry = { keys: {}, plans: {} };
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private server?: http.Server;

  private readonly service: string;
  /** The local stand-in of the REST API and its stage, as REST_API_ID / API_STAGE name them. */
  readonly api: { readonly id: string; readonly stage: string };
  private readonly flushListeners = new Set<() => void>();

  constructor(options: { service: string; throttling: ThrottlingSpec; dataDir?: string; stage?: string }) {
    this.service = options.service;
    this.api = { id: `${options.service}-local`, stage: options.stage ?? 'local' };
    this.tiers = options.throttling.tiers;
    this.file = options.dataDir ? path.join(options.dataDir, 'usage-plans.json') : undefined;
  }

  private flushesRefused = false;

  /**
   * Fault injection for tests: while on, FlushStageAuthorizersCache answers 503 as API
   * Gateway's management API does when it is unavailable.
   */
  refuseFlushes(on: boolean): void {
    this.flushesRefused = on;
  }

  /** Called on each FlushStageAuthorizersCache of the local stage (the gateway listens). */
  onAuthorizerCacheFlush(listener: () => void): () => void {
    this.flushListeners.add(listener);
    return () => this.flushListeners.delete(listener);
  }

  /** REST_API_ID and API_STAGE, as the stack sets them for functions that flush the cache. */
  apiEnvironment(): Record<string, string> {
    return { REST_API_ID: this.api.id, API_STAGE: this.api.stage };
  }

  /** USAGE_PLAN_<TIER> → plan name, as the stack sets it; locally a plan's id is its tier. */
  planEnvironment(service: string): Record<string, string> {
    return Object.fromEntries(Object.keys(this.tiers).map((tier) => [`USAGE_PLAN_${tier.toUpperCase()}`, `${service}-${tier}`]));
  }


  async load(): Promise<void> {
    if (!this.file) return;
    try {
      this.registry = JSON.parse(await readFile(this.file, 'utf8')) as Registry;
    } catch {
      // first start
    }
  }

  /** Saves one after another: two at once would rename the same temporary file twice. */
  private saving: Promise<void> = Promise.resolve();

  private save(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const run = this.saving.then(async () => {
      // The registry as it is when this save runs: a later change is in it or in the next save.
      await writeFile(`${file}.tmp`, JSON.stringify(this.registry));
      await rename(`${file}.tmp`, file);
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  register(value: string, planId: string, name = 'key'): void {
    const id = randomUUID().slice(0, 10);
    this.registry.keys[id] = { value, name };
    this.registry.plans[value] = planId;
  }

  /** Takes one token from the key's bucket; undefined when the key is in no plan. */
  take(value: string | undefined | null, now = Date.now()): ThrottleVerdict {
    if (!value) return undefined;
    const planId = this.registry.plans[value];
    const plan: ThrottleSpec | undefined = planId ? this.tiers[planId as keyof ThrottlingSpec['tiers']] : undefined;
    if (!plan) return undefined;
    const bucket = this.buckets.get(value) ?? { tokens: plan.burstLimit, at: now };
    bucket.tokens = Math.min(plan.burstLimit, bucket.tokens + ((now - bucket.at) / 1000) * plan.rateLimit);
    bucket.at = now;
    this.buckets.set(value, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / plan.rateLimit)) };
  }

  async listen(): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void this.answer(request.method ?? 'GET', request.url ?? '/', Buffer.concat(chunks).toString('utf8')).then(({ status, body, error }) => {
          response.writeHead(status, { 'content-type': 'application/json', ...(error ? { 'x-amzn-errortype': error } : {}) });
          response.end(JSON.stringify(body));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('no address');
    return `http://127.0.0.1:${address.port}`;
  }

  private async answer(method: string, url: string, raw: string): Promise<{ status: number; body: unknown; error?: string }> {
    let input: Record<string, unknown>;
    try {
      input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return { status: 400, body: { message: 'Invalid JSON' }, error: 'BadRequestException' };
    }
    const pathname = new URL(url, 'http://localhost').pathname;
    if (method === 'GET' && pathname === '/usageplans') {
      const items = Object.entries(this.tiers).map(([tier, limits]) => ({ id: tier, name: `${this.service}-${tier}`, throttle: limits }));
      return { status: 200, body: { item: items } };
    }
    if (method === 'POST' && pathname === '/apikeys') {
      const value = typeof input['value'] === 'string' ? input['value'] : randomUUID().replaceAll('-', '');
      if (value.length < 20) return { status: 400, body: { message: 'API Key value should be at least 20 characters' }, error: 'BadRequestException' };
      const id = randomUUID().replaceAll('-', '').slice(0, 10);
      this.registry.keys[id] = { value, name: typeof input['name'] === 'string' ? input['name'] : id };
      await this.save();
      return { status: 201, body: { id, value, name: this.registry.keys[id].name, enabled: input['enabled'] !== false } };
    }
    const planKey = /^\/usageplans\/([^/]+)\/keys$/.exec(pathname);
    if (method === 'POST' && planKey) {
      const planId = decodeURIComponent(planKey[1] as string);
      if (!(planId in this.tiers)) return { status: 404, body: { message: `Invalid Usage Plan ID specified: ${planId}` }, error: 'NotFoundException' };
      const key = this.registry.keys[String(input['keyId'])];
      if (!key) return { status: 404, body: { message: 'Invalid API Key identifier specified' }, error: 'NotFoundException' };
      this.registry.plans[key.value] = planId;
      await this.save();
      return { status: 201, body: { id: input['keyId'], type: 'API_KEY', value: key.value, name: key.name } };
    }
    const flush = /^\/restapis\/([^/]+)\/stages\/([^/]+)\/cache\/authorizers$/.exec(pathname);
    if (method === 'DELETE' && flush) {
      const [apiId, stage] = [decodeURIComponent(flush[1] as string), decodeURIComponent(flush[2] as string)];
      if (apiId !== this.api.id) return { status: 404, body: { message: `Invalid API identifier specified ${apiId}` }, error: 'NotFoundException' };
      if (stage !== this.api.stage) return { status: 404, body: { message: `Invalid stage identifier specified` }, error: 'NotFoundException' };
      if (this.flushesRefused) return { status: 503, body: { message: 'Service unavailable' }, error: 'ServiceUnavailableException' };
      for (const listener of this.flushListeners) listener();
      // API Gateway answers 202 Accepted with no body.
      return { status: 202, body: {} };
    }
    return { status: 404, body: { message: `${method} ${pathname} is not supported locally` }, error: 'NotFoundException' };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
