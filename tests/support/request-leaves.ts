/**
 * The leaves of every request schema of the topology (path, query and body of each route),
 * named `<operationId> <part>.<path>`: tests that a rule (a date window, an amount ceiling)
 * holds on every field a client can send walk them, so a new field cannot slip past.
 */
import type { ZodType } from 'zod';
import { topology } from '../../shared/topology/index.ts';

export interface RequestLeaf {
  readonly where: string;
  readonly schema: ZodType;
}

/**
 * Every leaf of `schema` that `keep` accepts. Wrappers (optional, default, readonly…) are seen
 * through; a pipe is walked on its input side, and on its output too with `pipeOutput`.
 */
export function schemaLeaves(schema: ZodType, where: string, keep: (schema: ZodType, type: string) => boolean, options: { pipeOutput?: boolean } = {}, out: RequestLeaf[] = []): RequestLeaf[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (child: unknown, at: string) => schemaLeaves(child as ZodType, at, keep, options, out);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def['shape'] as Record<string, ZodType>)) walk(child, `${where}.${key}`);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      walk(def['innerType'], where);
      break;
    case 'array':
      walk(def['element'], `${where}[]`);
      break;
    case 'union':
      (def['options'] as ZodType[]).forEach((option, i) => walk(option, `${where}|${i}`));
      break;
    case 'pipe':
      walk(def['in'], where);
      if (options.pipeOutput) walk(def['out'], where);
      break;
    case 'record':
      walk(def['valueType'], `${where}{}`);
      break;
    default:
      if (keep(schema, def.type)) out.push({ where, schema });
  }
  return out;
}

/** The leaves `keep` accepts, of every route's path, query and body schemas. */
export function requestLeaves(keep: (schema: ZodType, type: string) => boolean, options: { pipeOutput?: boolean } = {}): RequestLeaf[] {
  return topology.routes.flatMap((route) =>
    (['params', 'query', 'body'] as const).flatMap((part) => {
      const schema = route.request?.[part];
      return schema ? schemaLeaves(schema, `${route.operationId} ${part}`, keep, options) : [];
    }),
  );
}
