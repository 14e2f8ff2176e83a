/**
 * A dependency that does not answer is a 503 `service-unavailable` with Retry-After, not a
 * 500: the classifier over the errors the AWS SDK v3 and Node really throw, and the HTTP
 * stack's mapping.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdempotencyPersistenceLayerError } from '@aws-lambda-powertools/idempotency';
import { APIGatewayClient, GetUsagePlansCommand, ServiceUnavailableException, TooManyRequestsException } from '@aws-sdk/client-api-gateway';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  InternalServerError,
  ProvisionedThroughputExceededException,
  RequestLimitExceeded,
  ResourceNotFoundException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { InternalException, ResourceNotFoundException as BusNotFound } from '@aws-sdk/client-eventbridge';
import { QueueDoesNotExist, RequestThrottled } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CLIENT_TIMEOUTS } from '../../shared/data/client.ts';
import { apiHandler } from '../../shared/http/api.ts';
import { RETRY_AFTER_SECONDS, unavailabilityOf } from '../../shared/data/unavailable.ts';
import type { RouteSpec } from '../../shared/topology/types.ts';
import { lambdaContext, proxyEvent } from '../support/api-events.ts';

const metadata = (httpStatusCode: number) => ({ $metadata: { httpStatusCode, attempts: 3, totalRetryDelay: 300 } });
const systemError = (code: string, message: string) => Object.assign(new Error(message), { code, errno: -1, syscall: 'connect' });

describe('unavailabilityOf: which errors mean a dependency does not answer', () => {
  it.each<[string, unknown, 'throttled' | 'unreachable' | undefined]>([
    // Throttling, DynamoDB's and the other clients'.
    ['ProvisionedThroughputExceededException', new ProvisionedThroughputExceededException({ message: 'rate', ...metadata(400) }), 'throttled'],
    ['ThrottlingException', new ThrottlingException({ message: 'rate', ...metadata(400) }), 'throttled'],
    ['RequestLimitExceeded', new RequestLimitExceeded({ message: 'account', ...metadata(400) }), 'throttled'],
    ['SQS RequestThrottled', new RequestThrottled({ message: 'slow', ...metadata(400) }), 'throttled'],
    ['API Gateway TooManyRequestsException', new TooManyRequestsException({ message: 'slow', ...metadata(429) }), 'throttled'],
    ['any 429', Object.assign(new Error('x'), { name: 'Whatever', $metadata: { httpStatusCode: 429 } }), 'throttled'],
    [
      'a transaction cancelled for throughput',
      new TransactionCanceledException({ message: 'cancelled', ...metadata(400), CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] }),
      'throttled',
    ],
    // The service failing on its side.
    ['DynamoDB InternalServerError', new InternalServerError({ message: 'oops', ...metadata(500) }), 'unreachable'],
    ['ServiceUnavailable (no model class)', Object.assign(new Error('down'), { name: 'ServiceUnavailable', $fault: 'server', ...metadata(503) }), 'unreachable'],
    ['EventBridge InternalException', new InternalException({ message: 'oops', ...metadata(500) }), 'unreachable'],
    ['API Gateway ServiceUnavailableException', new ServiceUnavailableException({ message: 'down', ...metadata(503) }), 'unreachable'],
    ['an unmodelled 502', Object.assign(new Error('bad gateway'), { name: 'Unknown', $fault: 'client', ...metadata(502) }), 'unreachable'],
    // Not reaching it at all.
    ['connection refused', systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8000'), 'unreachable'],
    ['connection reset', systemError('ECONNRESET', 'socket hang up'), 'unreachable'],
    ['DNS failure', systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND dynamodb.eu-west-3.amazonaws.com'), 'unreachable'],
    ['DNS temporary failure', systemError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN dynamodb.eu-west-3.amazonaws.com'), 'unreachable'],
    ['host unreachable', systemError('EHOSTUNREACH', 'connect EHOSTUNREACH'), 'unreachable'],
    ['the SDK’s TimeoutError', Object.assign(new Error('did not establish a connection within 1000 ms'), { name: 'TimeoutError' }), 'unreachable'],
    ['modelled as retryable', Object.assign(new Error('x'), { name: 'SomethingTransient', $retryable: {} }), 'unreachable'],
    // Wrapped.
    ['Powertools’ persistence error around a refused connection', new IdempotencyPersistenceLayerError('Failed to save in progress record', { cause: systemError('ECONNREFUSED', 'refused') }), 'unreachable'],
    ['an AggregateError of connection attempts', new AggregateError([systemError('ECONNREFUSED', 'v6'), systemError('ECONNREFUSED', 'v4')]), 'unreachable'],
    // Defects or refusals: stay 500.
    ['ResourceNotFoundException (no such table)', new ResourceNotFoundException({ message: 'no table', ...metadata(400) }), undefined],
    ['ConditionalCheckFailedException', new ConditionalCheckFailedException({ message: 'condition', ...metadata(400) }), undefined],
    ['a transaction cancelled by its conditions', new TransactionCanceledException({ message: 'cancelled', ...metadata(400), CancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }), undefined],
    ['ValidationException', Object.assign(new Error('bad key'), { name: 'ValidationException', $fault: 'client', ...metadata(400) }), undefined],
    ['AccessDeniedException', Object.assign(new Error('denied'), { name: 'AccessDeniedException', $fault: 'client', ...metadata(400) }), undefined],
    ['SQS QueueDoesNotExist', new QueueDoesNotExist({ message: 'no queue', ...metadata(400) }), undefined],
    ['EventBridge ResourceNotFoundException', new BusNotFound({ message: 'no bus', ...metadata(400) }), undefined],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')"), undefined],
    ['Powertools’ persistence error around a defect', new IdempotencyPersistenceLayerError('Failed', { cause: new TypeError('bug') }), undefined],
    ['a string', 'ECONNREFUSED', undefined],
    ['nothing', undefined, undefined],
  ])('%s → %s', (_, error, expected) => {
    expect(unavailabilityOf(error)).toBe(expected);
  });

  it('does not loop on an error that is its own cause', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(unavailabilityOf(error)).toBeUndefined();
  });
});

describe('what the SDK really throws', () => {
  let silent: http.Server;
  let closedPort: number;
  beforeAll(async () => {
    // A port nothing listens on any more, and a server that accepts and never answers.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  const client = (port: number, requestHandler: Record<string, unknown> = CLIENT_TIMEOUTS) =>
    new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 2, requestHandler });
  const failure = async (dynamodb: DynamoDBClient) => {
    try {
      await dynamodb.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'a' } } }));
    } catch (error) {
      return error;
    } finally {
      dynamodb.destroy();
    }
    throw new Error('the call succeeded');
  };

  it('DynamoDB not listening: the retried, refused connection is unavailability', async () => {
    const error = await failure(client(closedPort));
    expect(unavailabilityOf(error)).toBe('unreachable');
  });

  it('DynamoDB accepting and never answering: the request timeout ends it, as unavailability', async () => {
    const started = Date.now();
    const error = await failure(client((silent.address() as AddressInfo).port, { ...CLIENT_TIMEOUTS, requestTimeout: 200 }));
    expect(unavailabilityOf(error)).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('the table client gives up on a connection and an answer, so a request cannot wait for the function’s timeout', () => {
    expect(CLIENT_TIMEOUTS.connectionTimeout).toBeLessThanOrEqual(2_000);
    expect(CLIENT_TIMEOUTS.throwOnRequestTimeout).toBe(true);
    // Three attempts within an API function's 10 s.
    expect(3 * (CLIENT_TIMEOUTS.connectionTimeout + CLIENT_TIMEOUTS.requestTimeout)).toBeLessThanOrEqual(12_000);
  });

  it('an API Gateway management client that cannot connect: unavailability too', async () => {
    const management = new APIGatewayClient({ endpoint: `http://127.0.0.1:${closedPort}`, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
    const error = await management.send(new GetUsagePlansCommand({})).catch((e: unknown) => e);
    management.destroy();
    expect(unavailabilityOf(error)).toBe('unreachable');
  });
});

describe('the HTTP stack maps unavailability to 503 with Retry-After', () => {
  const routes = [
    {
      operationId: 'fail',
      method: 'GET',
      path: '/v1/fail',
      function: 'fixture',
      access: 'public',
      summary: 'Fails as told',
      tags: [],
      request: { query: z.strictObject({ with: z.enum(['throttled', 'refused', 'bug']) }) },
      responses: { 200: { description: 'never' } },
    },
  ] as const satisfies readonly RouteSpec[];
  const handler = apiHandler(
    'fixture',
    routes,
    {
      fail: (request) => {
        const kind = request.query.with;
        if (kind === 'throttled') throw new ProvisionedThroughputExceededException({ message: 'rate', ...metadata(400) });
        if (kind === 'refused') throw systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8000');
        throw new TypeError('bug');
      },
    },
  );
  const call = (kind: string) => handler(proxyEvent({ method: 'GET', resource: '/v1/fail', path: '/v1/fail', query: { with: [kind] } }), lambdaContext());

  it.each([
    ['throttled', 503, String(RETRY_AFTER_SECONDS.throttled)],
    ['refused', 503, String(RETRY_AFTER_SECONDS.unreachable)],
    ['bug', 500, undefined],
  ])('%s → %s', async (kind, status, retryAfter) => {
    const response = await call(kind);
    expect(response.statusCode).toBe(status);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.headers?.['retry-after']).toBe(retryAfter);
    const problem = JSON.parse(response.body) as { type: string; detail: string };
    expect(problem.type).toBe(`https://bouclier.dev/problems/${status === 503 ? 'service-unavailable' : 'internal'}`);
    // Nothing of the error itself reaches the client.
    expect(problem.detail).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Provisioned|bug/);
  });
});
