/**
 * What each capability adds to the ops dashboard: its business metrics (published by the
 * functions through Powertools) and the alarms that matter. One function per capability.
 */
import { GraphWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { Monitoring } from './monitoring.ts';

export function tenancyMonitoring(monitoring: Monitoring): void {
  const refused = monitoring.businessMetric('AuthorizationRefused', 'Sum', 'keys refused');
  monitoring.addBusinessWidgets(
    new GraphWidget({
      title: 'Tenancy: onboarding and policy changes',
      left: [monitoring.businessMetric('TenantsOnboarded', 'Sum', 'tenants onboarded'), monitoring.businessMetric('PolicyChanges', 'Sum', 'policy changes')],
      width: 8,
    }),
    new GraphWidget({
      title: 'API keys created and revoked',
      left: [monitoring.businessMetric('ApiKeysCreated', 'Sum', 'created'), monitoring.businessMetric('ApiKeysRevoked', 'Sum', 'revoked')],
      width: 8,
    }),
    new GraphWidget({ title: 'Authorization refused (unknown or revoked keys)', left: [refused], width: 8 }),
  );
  // Hundreds of refused keys in five minutes is someone guessing, or a client with a revoked key.
  monitoring.addAlarm('AuthorizationRefusedSpike', {
    metric: refused,
    threshold: 200,
    evaluationPeriods: 1,
    description: 'More than 200 API keys refused in five minutes: key guessing, or an integration using a revoked key.',
  });
}

export function limitsMonitoring(monitoring: Monitoring): void {
  const decisions = ['approved', 'partly_approved', 'conditional', 'not_approved', 'referred', 'reduced', 'cancelled'].map((decision) =>
    monitoring.businessMetric('LimitDecisions', 'Sum', decision, { decision }),
  );
  const referrals = monitoring.businessMetric('Referrals', 'Sum', 'referred');
  monitoring.addBusinessWidgets(
    new GraphWidget({ title: 'Limit decisions by outcome', left: decisions, stacked: true, width: 12 }),
    new GraphWidget({
      title: 'Referrals and underwriter decisions',
      left: [
        referrals,
        ...['approved', 'partly_approved', 'conditional', 'not_approved'].map((decision) =>
          monitoring.businessMetric('UnderwriterDecisions', 'Sum', `underwriter: ${decision}`, { decision }),
        ),
      ],
      right: [monitoring.businessMetric('BuyersRegistered', 'Sum', 'buyers registered')],
      width: 12,
    }),
  );
  // A wave of referrals means the rules send too much to underwriters, or risk is rising.
  monitoring.addAlarm('ReferralSurge', {
    metric: referrals,
    threshold: 100,
    evaluationPeriods: 3,
    description: 'More than 100 limit requests referred per five minutes for fifteen minutes: underwriters will fall behind.',
  });
}

export function coverMonitoring(monitoring: Monitoring): void {
  const byRecommendation = ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline'].map((recommendation) =>
    monitoring.businessMetric('CoverChecks', 'Sum', recommendation, { recommendation }),
  );
  monitoring.addBusinessWidgets(
    new GraphWidget({ title: 'Cover checks by recommendation', left: byRecommendation, stacked: true, width: 12 }),
    new GraphWidget({ title: 'Invoices declared', left: [monitoring.businessMetric('InvoicesDeclared', 'Sum', 'invoices')], width: 12 }),
  );
  // Declines are the moments a seller loses an order: a surge means a buyer or sector turned.
  monitoring.addAlarm('CoverDeclineSurge', {
    metric: byRecommendation[3]!,
    threshold: 200,
    evaluationPeriods: 2,
    description: 'More than 200 orders declined per five minutes for ten minutes: check downgrades and sector alerts.',
  });
}
