/**
 * One tenant at a time, out of tens of thousands: Contributor Insights rules over the API's
 * access log rank the callers (tenant, broker, role) by requests, 4xx, 5xx and 429, and saved
 * Logs Insights queries show one tenant's requests and errors (edit the tenant id and run).
 * X-Ray traces carry the annotations tenantId, operation and role (shared/http/api.ts).
 */
import { Stack } from 'aws-cdk-lib';
import { CfnInsightRule } from 'aws-cdk-lib/aws-cloudwatch';
import { QueryDefinition, QueryString, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The callers the rules rank: a policyholder by tenant, a broker by broker, the insurer by role. */
export const CONTRIBUTOR_KEYS = ['$.tenantId', '$.brokerId', '$.role'] as const;

/** The rules: all requests, then by the status classes an operator looks at. */
export const CONTRIBUTOR_RULES: readonly { readonly name: string; readonly filters: readonly Record<string, unknown>[] }[] = [
  { name: 'requests', filters: [] },
  { name: '4xx', filters: [{ Match: '$.status', GreaterThan: 399, LessThan: 500 }] },
  { name: '5xx', filters: [{ Match: '$.status', GreaterThan: 499 }] },
  { name: '429', filters: [{ Match: '$.status', EqualTo: 429 }] },
];

/** What an operator edits before running a saved query. */
export const TENANT_PLACEHOLDER = 'ten_REPLACE_ME';

export interface TenantObservabilityProps {
  readonly accessLogs: ILogGroup;
  readonly functionLogs: readonly ILogGroup[];
}

export class TenantObservability extends Construct {
  constructor(scope: Construct, id: string, props: TenantObservabilityProps) {
    super(scope, id);
    const prefix = Stack.of(this).stackName;
    for (const rule of CONTRIBUTOR_RULES) {
      new CfnInsightRule(this, `TopCallers${rule.name}`, {
        ruleName: `${prefix}-top-callers-by-${rule.name}`,
        ruleState: 'ENABLED',
        ruleBody: JSON.stringify({
          Schema: { Name: 'CloudWatchLogRule', Version: 1 },
          LogGroupNames: [props.accessLogs.logGroupName],
          LogFormat: 'JSON',
          Contribution: { Keys: CONTRIBUTOR_KEYS, Filters: rule.filters },
          AggregateOn: 'Count',
        }),
      });
    }

    new QueryDefinition(this, 'TenantRequests', {
      queryDefinitionName: `${prefix}/one tenant's requests`,
      logGroups: [props.accessLogs],
      queryString: new QueryString({
        fields: ['@timestamp', 'httpMethod', 'resourcePath', 'status', 'responseLatency', 'role', 'keyId', 'requestId'],
        filterStatements: [`tenantId = "${TENANT_PLACEHOLDER}"`],
        sort: '@timestamp desc',
        limit: 500,
      }),
    });
    new QueryDefinition(this, 'TenantErrors', {
      queryDefinitionName: `${prefix}/one tenant's errors`,
      logGroups: [props.accessLogs, ...props.functionLogs],
      queryString: new QueryString({
        fields: ['@timestamp', '@log', 'status', 'resourcePath', 'level', 'operation', 'message', 'correlation_id', 'requestId'],
        // Access log lines with a 4xx or 5xx, and the functions' ERROR lines, of that tenant.
        filterStatements: [`tenantId = "${TENANT_PLACEHOLDER}" and (status >= 400 or level = "ERROR")`],
        sort: '@timestamp desc',
        limit: 500,
      }),
    });
  }
}
