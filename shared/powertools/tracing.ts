/**
 * X-Ray tracing with Powertools Tracer, loaded by the first invocation that X-Ray samples.
 *
 * Loading the Tracer loads the X-Ray SDK, its async hooks and its patches: about 35 ms of a cold
 * start, and the hooks' bookkeeping on every promise afterwards (docs/operations.md, "Cold
 * starts"). X-Ray records only the invocations it samples (1 a second, then 5 %, by default),
 * and nothing of the others, annotations included. So the SDK is not loaded when the function
 * is: the first sampled invocation of an execution environment loads it before its handler
 * runs, instruments the AWS clients created so far, and from then on every invocation is traced
 * as Powertools traces it. An environment that X-Ray never samples never pays for it.
 *
 * What stays the same: every sampled invocation has its handler subsegment (`## handler`), its
 * AWS calls as subsegments, the `ColdStart` and `Service` annotations and the API's `operation`,
 * `role` and `tenantId`. The Tracer decides the rest as before (POWERTOOLS_TRACE_ENABLED, only in
 * Lambda); locally the runtime turns tracing off and nothing is ever loaded.
 */
import type { MiddlewareObj } from '@middy/core';
import type { Tracer } from '@aws-lambda-powertools/tracer';
import type * as TracerFileModule from './tracer-file.ts';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { getBooleanFromEnv, isRequestXRaySampled } from '@aws-lambda-powertools/commons/utils/env';

/** Builds the Tracer; `coldStart` says whether this is the environment's first invocation. */
export type TracerLoader = (coldStart: boolean) => Promise<Tracer>;

type TracerModule = typeof TracerFileModule;

/**
 * The file, beside a function's bundle, that holds the Tracer and the X-Ray SDK
 * (infra/constructs/bundling.ts writes it from shared/powertools/tracer-file.ts). They are not in
 * the bundle itself: Node would compile their code with it at every cold start (about 4 ms of
 * cover's 17 ms of compilation) for an SDK only sampled invocations load.
 */
export const TRACER_FILE = 'tracer.cjs';

/**
 * Node's require of a path known at run time: esbuild leaves such a call to Node, which resolves
 * it against the bundle's own location (the bundle's banner makes `require` with
 * createRequire(import.meta.url)).
 */
function requireAtRunTime(file: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside the bundle, on purpose (above)
  return require(file);
}

/**
 * The Tracer's module. In a function's bundle (infra/constructs/bundling.ts defines
 * BOUCLIER_BUNDLE) it is TRACER_FILE, a CommonJS file whose `require('node:http')` runs only
 * now: the package's ES module build imports `node:http` as an ES module, which reads its lazy
 * `WebSocket` export and so loads undici (some 25 ms of a cold start). Tests and the local
 * runtime import the package; the branch not taken is dropped from the bundle.
 */
async function tracerModule(): Promise<TracerModule> {
  return process.env['BOUCLIER_BUNDLE'] === 'lambda' ? (requireAtRunTime(`./${TRACER_FILE}`) as TracerModule) : await import('./tracer-file.ts');
}

const loadPowertoolsTracer: TracerLoader = async (coldStart) => {
  const { Tracer: PowertoolsTracer } = await tracerModule();
  class LateTracer extends PowertoolsTracer {
    constructor() {
      super();
      // A Tracer built after the first invocation would annotate its first one ColdStart: true.
      if (!coldStart) this.getColdStart();
    }
  }
  return new LateTracer();
};

/** Whether this invocation is to be traced: tracing not turned off, and X-Ray sampled it. */
function sampled(): boolean {
  return getBooleanFromEnv({ key: 'POWERTOOLS_TRACE_ENABLED', defaultValue: true, extendedParsing: true }) && isRequestXRaySampled();
}

export interface SampledTracerOptions {
  readonly load?: TracerLoader;
  readonly isSampled?: () => boolean;
  /** Told when the Tracer could not be loaded (the invocation then runs untraced). */
  readonly onLoadError?: (error: unknown) => void;
}

export class SampledTracer {
  readonly #load: TracerLoader;
  readonly #isSampled: () => boolean;
  readonly #onLoadError: (error: unknown) => void;
  readonly #clients: unknown[] = [];
  #tracer: Tracer | undefined;
  #loading: Promise<Tracer> | undefined;
  #invocations = 0;

  constructor(options: SampledTracerOptions = {}) {
    this.#load = options.load ?? loadPowertoolsTracer;
    this.#isSampled = options.isSampled ?? sampled;
    this.#onLoadError = options.onLoadError ?? (() => undefined);
  }

  /** The Powertools Tracer once a sampled invocation loaded it. */
  get loaded(): Tracer | undefined {
    return this.#tracer;
  }

  /** Registers an AWS SDK v3 client: its calls become subsegments once the Tracer is loaded. */
  captureAWSv3Client<T>(client: T): T {
    this.#clients.push(client);
    this.#tracer?.captureAWSv3Client(client);
    return client;
  }

  /** An annotation on the current trace; nothing before the Tracer is loaded (no trace records it). */
  putAnnotation(key: string, value: string | number | boolean): void {
    this.#tracer?.putAnnotation(key, value);
  }

  /**
   * Called as each invocation starts: the Tracer if it is loaded, or loaded now because X-Ray
   * samples this invocation; otherwise undefined, and nothing is traced.
   */
  async forInvocation(): Promise<Tracer | undefined> {
    const coldStart = this.#invocations === 0;
    this.#invocations += 1;
    if (this.#tracer) return this.#tracer;
    if (!this.#isSampled()) return undefined;
    this.#loading ??= this.#load(coldStart).then((tracer) => {
      for (const client of this.#clients) tracer.captureAWSv3Client(client);
      this.#tracer = tracer;
      return tracer;
    });
    try {
      return await this.#loading;
    } catch (error) {
      // Tracing must never fail a request: the next sampled invocation tries again.
      this.#loading = undefined;
      this.#onLoadError(error);
      return undefined;
    }
  }
}

/**
 * Powertools' captureLambdaHandler, run once the Tracer is loaded: the handler subsegment, the
 * cold start and service annotations, the response or error as metadata.
 */
export function captureSampledHandler<E, R, C>(tracing: SampledTracer): MiddlewareObj<E, R, Error, C> {
  let capture: MiddlewareObj<E, R, Error, C> | undefined;
  const loaded = () => (tracing.loaded ? (capture ??= captureLambdaHandler(tracing.loaded) as MiddlewareObj<E, R, Error, C>) : undefined);
  return {
    before: async (request) => {
      await tracing.forInvocation();
      await loaded()?.before?.(request);
    },
    after: async (request) => {
      await loaded()?.after?.(request);
    },
    onError: async (request) => {
      await loaded()?.onError?.(request);
    },
  };
}
