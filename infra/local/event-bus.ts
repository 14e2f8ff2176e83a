/**
 * A local stand-in for the custom EventBridge bus: PutEvents and DescribeEventBus over the
 * same AWS JSON 1.1 protocol the SDK speaks (so functions use the real EventBridgeClient),
 * an archive (JSON lines in the data directory), and the topology's rules: each matching
 * target is handed over (a function through the asynchronous invoker, which retries the
 * function's own failures as Lambda does: async-invoke.ts); a handover that fails is retried
 * with exponential backoff for up to 24 hours or 185 attempts as EventBridge does, then
 * dead-lettered.
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { RuleTarget, Topology } from '#topology';
import { LOCAL_REGION } from './dynamodb.ts';
import { matchesPattern, validatePattern } from './event-pattern.ts';
import type { Invoker } from './lambda.ts';

export const LOCAL_ACCOUNT = '000000000000';
const MAX_ENTRIES = 10;
const MAX_REQUEST_BYTES = 256 * 1024;
const MAX_ATTEMPTS = 185;
const MAX_EVENT_AGE_MS = 24 * 60 * 60 * 1000;

export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

export interface DeadLetter {
  readonly rule: string;
  readonly target: string;
  readonly event: BusEvent;
  readonly attempts: number;
  readonly error: string;
}

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: number | string;
}

type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

class BusError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export interface LocalEventBusOptions {
  readonly topology: Topology;
  readonly invoker: Invoker;
  /** Where queue targets send the event (as JSON, like EventBridge's SQS target). */
  readonly queues?: { send(queue: string, body: string): unknown };
  /** Directory for the archive file; omitted = no archive. */
  readonly archiveDir?: string;
  /** Backoff base for target retries (ms); tests make it small. */
  readonly retryBaseMs?: number;
  readonly log?: (message: string, extra?: Record<string, unknown>) => void;
}

export class LocalEventBus {
  readonly name: string;
  readonly arn: string;
  readonly deadLetters: DeadLetter[] = [];
  private readonly listeners = new Set<(event: BusEvent) => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private server?: http.Server;
  private stopped = false;
  private readonly options: LocalEventBusOptions;

  constructor(options: LocalEventBusOptions) {
    this.options = options;
    this.name = options.topology.busName;
    this.arn = `arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:event-bus/${this.name}`;
    for (const rule of options.topology.rules) validatePattern(rule.pattern);
  }

  /** Every event put on the bus, matched or not (tests and the local event log use it). */
  subscribe(listener: (event: BusEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async putEvents(entries: PutEventsEntry[]): Promise<{ FailedEntryCount: number; Entries: EntryResult[] }> {
    if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_ENTRIES) {
      throw new BusError('ValidationException', `Entries must hold 1 to ${MAX_ENTRIES} entries`);
    }
    const results: EntryResult[] = [];
    const accepted: BusEvent[] = [];
    for (const entry of entries) {
      const result = this.accept(entry);
      if ('event' in result) {
        accepted.push(result.event);
        results.push({ EventId: result.event.id });
      } else {
        results.push(result);
      }
    }
    if (accepted.length > 0 && this.options.archiveDir) {
      await appendFile(path.join(this.options.archiveDir, 'events-archive.jsonl'), accepted.map((e) => JSON.stringify(e) + '\n').join(''));
    }
    for (const event of accepted) this.route(event);
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  }

  private accept(entry: PutEventsEntry): { event: BusEvent } | { ErrorCode: string; ErrorMessage: string } {
    const busName = entry.EventBusName ?? 'default';
    if (busName !== this.name && busName !== this.arn) {
      return { ErrorCode: 'NotFoundException', ErrorMessage: `Event bus ${busName} does not exist.` };
    }
    if (!entry.Source) return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid.' };
    if (!entry.DetailType) return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid.' };
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail ?? '');
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    const time = entry.Time === undefined ? new Date() : new Date(typeof entry.Time === 'number' ? entry.Time * 1000 : entry.Time);
    return {
      event: {
        version: '0',
        id: randomUUID(),
        'detail-type': entry.DetailType,
        source: entry.Source,
        account: LOCAL_ACCOUNT,
        time: (Number.isNaN(time.getTime()) ? new Date() : time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        region: LOCAL_REGION,
        resources: entry.Resources ?? [],
        detail: detail as Record<string, unknown>,
      },
    };
  }

  private route(event: BusEvent): void {
    for (const listener of this.listeners) listener(event);
    for (const rule of this.options.topology.rules) {
      if (!matchesPattern(rule.pattern, event as unknown as Record<string, unknown>)) continue;
      for (const target of rule.targets) this.deliver(rule.name, target, event, 1, Date.now());
    }
  }

  private send(target: RuleTarget, event: BusEvent): Promise<unknown> {
    if ('function' in target) return this.options.invoker.invoke(target.function, event);
    const queues = this.options.queues;
    if (!queues) return Promise.reject(new Error(`no queues to send to ${target.queue}`));
    // Before PutEvents answers, as EventBridge has taken the event once it answers: the relay
    // checkpoints on that answer, so an event it hands over must already be on the queue.
    try {
      queues.send(target.queue, JSON.stringify(event));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private deliver(rule: string, ruleTarget: RuleTarget, event: BusEvent, attempt: number, firstAttemptAt: number): void {
    if (this.stopped) return;
    const target = 'function' in ruleTarget ? ruleTarget.function : `queue:${ruleTarget.queue}`;
    const run = this.send(ruleTarget, event).then(
      () => undefined,
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const delay = Math.min((this.options.retryBaseMs ?? 1_000) * 2 ** (attempt - 1), 60_000);
        if (attempt >= MAX_ATTEMPTS || Date.now() + delay - firstAttemptAt > MAX_EVENT_AGE_MS) {
          this.deadLetters.push({ rule, target, event, attempts: attempt, error: message });
          this.options.log?.('event dead-lettered', { rule, target, eventId: event.id, attempts: attempt, error: message });
          return;
        }
        this.options.log?.('event target failed, retrying', { rule, target, eventId: event.id, attempt, delayMs: delay, error: message });
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.deliver(rule, ruleTarget, event, attempt + 1, firstAttemptAt);
        }, delay);
        this.timers.add(timer);
      },
    );
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  /** Waits until every target invocation started so far has settled (tests use it). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.options.invoker.drain?.();
  }

  /** Serves PutEvents/DescribeEventBus on 127.0.0.1 for AWS_ENDPOINT_URL_EVENTBRIDGE. */
  async listen(port = 0): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void this.answer(request, Buffer.concat(chunks)).then(({ status, body }) => {
          response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
          response.end(JSON.stringify(body));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('event bus has no address');
    return `http://127.0.0.1:${address.port}`;
  }

  private async answer(request: http.IncomingMessage, raw: Buffer): Promise<{ status: number; body: unknown }> {
    const target = String(request.headers['x-amz-target'] ?? '');
    try {
      if (raw.length > MAX_REQUEST_BYTES) throw new BusError('ValidationException', 'Total size of the entries in the request is over the limit.');
      const input = (raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {}) as Record<string, unknown>;
      switch (target) {
        case 'AWSEvents.PutEvents':
          return { status: 200, body: await this.putEvents(input['Entries'] as PutEventsEntry[]) };
        case 'AWSEvents.DescribeEventBus': {
          const name = (input['Name'] as string | undefined) ?? 'default';
          if (name !== this.name && name !== this.arn) throw new BusError('ResourceNotFoundException', `Event bus ${name} does not exist.`);
          return { status: 200, body: { Name: this.name, Arn: this.arn } };
        }
        default:
          throw new BusError('UnknownOperationException', `${target || 'this operation'} is not supported by the local bus`);
      }
    } catch (error) {
      if (error instanceof BusError) return { status: 400, body: { __type: error.code, message: error.message } };
      return { status: 500, body: { __type: 'InternalException', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections?.();
  }
}
