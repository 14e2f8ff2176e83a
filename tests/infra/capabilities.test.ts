/** What each capability adds to the stack: throttling per tenant, and its dashboard widgets and alarms. */
import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { deployedRoutes, topology } from '../../shared/topology/index.ts';
import { synthTemplate } from './helpers.ts';

const { template } = synthTemplate(topology, 'Throttled');

describe('throttling per tenant with usage plans', () => {
  it('takes usage keys from the authorizer', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { ApiKeySourceType: 'AUTHORIZER' });
  });

  it.each(Object.entries(topology.throttling.tiers))('has a usage plan for the %s tier with its rate and burst', (tier, limits) => {
    template.hasResourceProperties('AWS::ApiGateway::UsagePlan', {
      UsagePlanName: `${topology.service}-${tier}`,
      Throttle: { RateLimit: limits.rateLimit, BurstLimit: limits.burstLimit },
    });
  });

  it('requires a usage key on every route behind the authorizer, none on public ones', () => {
    const methods = template.findResources('AWS::ApiGateway::Method', { Properties: { AuthorizationType: 'CUSTOM' } });
    const guarded = deployedRoutes(topology).filter((route) => route.access !== 'public');
    expect(Object.keys(methods)).toHaveLength(guarded.length);
    for (const method of Object.values(methods)) expect((method as { Properties: { ApiKeyRequired?: boolean } }).Properties.ApiKeyRequired).toBe(true);
    const open = template.findResources('AWS::ApiGateway::Method', { Properties: { AuthorizationType: 'NONE', ApiKeyRequired: true } });
    expect(Object.keys(open)).toEqual([]);
  });

  it('gives the insurer staff one usage key in the internal plan, known to the authorizer', () => {
    template.resourceCountIs('AWS::ApiGateway::ApiKey', 1);
    template.resourceCountIs('AWS::ApiGateway::UsagePlanKey', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: topology.functions.authorizer.description,
      Environment: { Variables: Match.objectLike({ INSURER_USAGE_KEY: Match.stringLikeRegexp('insurer-staff-usage-key') }) },
    });
  });

  it('tells the functions that register usage keys the plan of each tier', () => {
    const variables = Object.fromEntries(Object.keys(topology.throttling.tiers).map((tier) => [`USAGE_PLAN_${tier.toUpperCase()}`, `${topology.service}-${tier}`]));
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: topology.functions.tenancy.description,
      Environment: { Variables: Match.objectLike(variables) },
    });
  });
});

describe('tenancy on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'Dashboards');
  it('graphs onboarding, keys and refused authorizations, and alarms on a spike of refusals', () => {
    const dashboards = t.findResources('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(Object.values(dashboards)[0]);
    for (const metric of ['TenantsOnboarded', 'PolicyChanges', 'ApiKeysCreated', 'ApiKeysRevoked', 'AuthorizationRefused']) expect(body).toContain(metric);
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    const refusals = alarms.filter((alarm) => alarm.includes('"AuthorizationRefused"') && alarm.includes('"Namespace":"Bouclier"'));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toContain('"Threshold":200');
  });
});

describe('limits on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'LimitDashboards');
  it('graphs decisions by outcome and referrals, and alarms on a surge of referrals', () => {
    const body = JSON.stringify(Object.values(t.findResources('AWS::CloudWatch::Dashboard'))[0]).replaceAll('\\"', '"');
    for (const decision of ['approved', 'partly_approved', 'not_approved', 'referred']) expect(body).toContain(`"LimitDecisions","decision","${decision}"`);
    expect(body).toContain('UnderwriterDecisions');
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    expect(alarms.filter((alarm) => alarm.includes('"Referrals"'))).toHaveLength(1);
  });
});

describe('cover checks on the dashboard', () => {
  const { template: t } = synthTemplate(topology, 'CoverDashboards');
  it('graphs cover checks by recommendation and alarms on a surge of declines', () => {
    const body = JSON.stringify(Object.values(t.findResources('AWS::CloudWatch::Dashboard'))[0]).replaceAll('\\"', '"');
    for (const recommendation of ['accept', 'accept_with_deposit', 'cash_in_advance', 'decline']) expect(body).toContain(`"CoverChecks","recommendation","${recommendation}"`);
    const alarms = Object.values(t.findResources('AWS::CloudWatch::Alarm')).map((alarm) => JSON.stringify(alarm));
    expect(alarms.filter((alarm) => alarm.includes('"CoverChecks"') && alarm.includes('"decline"'))).toHaveLength(1);
  });
});
