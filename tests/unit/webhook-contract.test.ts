/**
 * The check the e2e receivers make of every delivery (tests/support/webhook-contract.ts) must
 * be able to fail: it names the type and the field of a body that drifted from the document.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../shared/events/types.ts';
import { exampleOfEvent } from '../../shared/http/openapi-webhooks.ts';
import { webhookBodyViolations } from '../support/webhook-contract.ts';

const example = (type: (typeof EVENT_TYPES)[number]) => structuredClone(exampleOfEvent(type)) as { type: string; tenantId?: string; data: Record<string, unknown> };

describe('the receivers’ check of a delivery against the webhooks section', () => {
  it.each([...EVENT_TYPES])('passes the example of %s', (type) => {
    expect(webhookBodyViolations(JSON.stringify(example(type)))).toEqual([]);
  });

  it.each([
    ['a field of the wrong type', (body: ReturnType<typeof example>) => ({ ...body, data: { ...body.data, amount: '2400000' } }), ['claim.recovered: data.amount: an integer amount in minor units (cents), not a decimal']],
    ['a required field missing', (body: ReturnType<typeof example>) => ({ ...body, data: { ...body.data, receivedOn: undefined } }), ['claim.recovered: data.receivedOn: Invalid input: expected string, received undefined']],
    ['a field neither schema nor example has', (body: ReturnType<typeof example>) => ({ ...body, data: { ...body.data, paidOn: '2027-09-16' } }), ['claim.recovered: data.paidOn is delivered but neither the schema nor the example has it']],
    ['the tenant missing at the top', (body: ReturnType<typeof example>) => ({ ...body, tenantId: undefined }), ['claim.recovered: tenantId: Invalid input: expected string, received undefined']],
  ])('names %s, with the type and the field', (_, change, expected) => {
    expect(webhookBodyViolations(JSON.stringify(change(example('claim.recovered'))))).toEqual(expected);
  });

  it('takes optional fields and union variants as they come, in either direction', () => {
    const decided = example('limit.decided');
    expect(webhookBodyViolations(JSON.stringify({ ...decided, data: { ...decided.data, requestId: undefined, referralId: 'ref_01JDQ8A2B3C4D5E6F7G8H9J0K1' } }))).toEqual([]);
    const recovered = example('claim.recovered');
    const { insurerShare: _i, policyholderShare: _p, ...collection } = recovered.data;
    expect(webhookBodyViolations(JSON.stringify({ ...recovered, data: { ...collection, stage: 'collection', status: 'closed' } }))).toEqual([]);
    const test = example('webhook.test');
    expect(webhookBodyViolations(JSON.stringify({ ...test, tenantId: undefined, data: { ...test.data, tenantId: undefined, owner: { brokerId: 'brk_01JDQ0F1G2H3J4K5M6N7P8Q9R0' } } }))).toEqual([]);
  });

  it('refuses a body that is not JSON or not of a subscribable type', () => {
    expect(webhookBodyViolations('{')).toHaveLength(1);
    expect(webhookBodyViolations(JSON.stringify({ ...example('limit.decided'), type: 'buyer.regraded' }))).toEqual(['a delivery\'s type "buyer.regraded" is not a subscribable event type']);
  });
});
