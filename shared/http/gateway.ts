/**
 * Problems the API gateway itself answers (no function runs): the CDK stack renders them as
 * gateway responses and mock integrations, and the local gateway answers them the same way.
 */
import type { GatewayResponseSpec } from '#topology';
import { PROBLEM_BASE, type Problem } from '#contract/problems';

export function gatewayProblem(spec: GatewayResponseSpec, instance: string, correlationId: string): Problem {
  return {
    type: PROBLEM_BASE + spec.problem,
    title: spec.title,
    status: spec.status,
    detail: spec.detail,
    instance,
    correlationId,
  };
}

export function methodNotAllowedProblem(path: string, methods: readonly string[]): Problem {
  return {
    type: PROBLEM_BASE + 'method-not-allowed',
    title: 'Method not allowed',
    status: 405,
    detail: `${path} answers ${methods.join(', ')} only.`,
  };
}
