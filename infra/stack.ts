import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Topology } from '#topology';
import { Api } from './constructs/api.ts';
import { claimsMonitoring, coverMonitoring, fxMonitoring, jobsMonitoring, portfolioMonitoring, limitsMonitoring, riskMonitoring, tenancyMonitoring, webhookMonitoring } from './constructs/business-monitoring.ts';
import { Events } from './constructs/events.ts';
import { Functions } from './constructs/functions.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Secrets } from './constructs/secrets.ts';
import { serviceLevelObjectives } from './constructs/slo.ts';
import { TenantObservability } from './constructs/tenant-observability.ts';
import { Table } from './constructs/table.ts';

export interface BouclierStackProps extends StackProps {
  readonly topology: Topology;
}

export const METRICS_NAMESPACE = 'Bouclier';

/** Everything Bouclier deploys, read from the topology. */
export class BouclierStack extends Stack {
  readonly table: Table;
  readonly events: Events;
  readonly functions: Functions;
  readonly secrets: Secrets;
  readonly api: Api;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: BouclierStackProps) {
    super(scope, id, props);
    const { topology } = props;
    this.table = new Table(this, 'Data', topology.table);
    this.events = new Events(this, 'Events', { topology });
    this.functions = new Functions(this, 'Functions', {
      topology,
      table: this.table.table,
      bus: this.events.bus,
      metricsNamespace: METRICS_NAMESPACE,
    });
    this.secrets = new Secrets(this, 'Secrets', { topology, functions: this.functions });
    this.events.connect({ topology, table: this.table.table, functions: this.functions });
    this.api = new Api(this, 'Http', { topology, functions: this.functions });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      service: topology.service,
      metricsNamespace: METRICS_NAMESPACE,
      api: this.api.api,
      functions: this.functions,
      streamConsumers: this.events.streamConsumerNames,
      deadLetterQueues: this.events.deadLetterQueues,
      workQueues: this.events.workQueues,
      parkingQueues: this.events.parkingQueues,
      table: this.table.table,
      rules: this.events.rules,
      busName: topology.busName,
    });
    tenancyMonitoring(this.monitoring);
    limitsMonitoring(this.monitoring);
    coverMonitoring(this.monitoring);
    webhookMonitoring(this.monitoring);
    riskMonitoring(this.monitoring);
    claimsMonitoring(this.monitoring);
    portfolioMonitoring(this.monitoring);
    jobsMonitoring(this.monitoring);
    fxMonitoring(this.monitoring);
    new TenantObservability(this, 'Tenants', {
      accessLogs: this.api.accessLogs,
      functionLogs: [...this.functions.byName.values()].map((fn) => fn.logGroup),
    });
    const coverCheck = topology.routes.find((route) => route.operationId === 'coverCheck');
    if (coverCheck) {
      serviceLevelObjectives(this.monitoring, { api: this.api.api, apiName: topology.service, stage: topology.stage, coverCheck });
    }
  }
}
