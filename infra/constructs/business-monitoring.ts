/**
 * What each capability adds to the ops dashboard: its section of the description
 * (infra/dashboard/widgets.ts), business metrics published by the functions and the alarms
 * that matter. The local ops console draws the same sections.
 */
import { businessSections } from '../dashboard/widgets.ts';
import type { Monitoring } from './monitoring.ts';

export { WEBHOOK_DEAD_LETTERED_PER_HOUR, WEBHOOK_SWEPT_PER_HOUR } from '../dashboard/widgets.ts';

const section = (name: string) => (monitoring: Monitoring): void => {
  const found = businessSections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the dashboard description has no section '${name}'`);
  monitoring.addSection(found);
};

export const tenancyMonitoring = section('tenancy');
export const limitsMonitoring = section('limits');
export const coverMonitoring = section('cover');
export const webhookMonitoring = section('webhooks');
export const riskMonitoring = section('risk');
export const claimsMonitoring = section('claims');
export const portfolioMonitoring = section('portfolio');
export const jobsMonitoring = section('jobs');
export const fxMonitoring = section('fx');
