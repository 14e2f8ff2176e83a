/**
 * Country events on DynamoDB Local: opened and closed by the insurer, open on a day when
 * occurredOn ≤ day < closedOn; while open, limit requests on the country's buyers are referred,
 * cover checks for delivery then send cash in advance, and an overdue due then may be political.
 * Each tenant holding a limit there is told once per change (a retry tells no one twice), as on
 * a category raise by 2 or more or to 7.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates.ts';
import { isoDay } from '../../shared/clock/index.ts';
import { insurer, useDataLayer } from './data-layer.ts';

const day0 = addDays(isoDay(new Date()), -300);
const on = (days: number) => new Date(`${addDays(day0, days)}T10:00:00Z`);
const day = (days: number) => addDays(day0, days);
let serial = 0;

const data = useDataLayer('country-events');

/** A tenant covering `country`, a buyer there with a limit of 50,000.00 granted on day 0. */
async function exposed(country: string, policy: Record<string, unknown> = {}) {
  serial += 1;
  const tenant = await data.newTenant({ name: `Export ${serial}`, policy: { inceptionDate: day0, coveredCountries: ['FR', country], ...policy } }, on(0));
  const buyer = await data.newBuyer({ legalName: `Importador ${serial}`, country }, on(0));
  await data.grantLimit(tenant.context, buyer.buyerId, 5_000_000, on(0));
  return { ...tenant, buyerId: buyer.buyerId, legalName: buyer.legalName };
}

const open = (country: string, occurredOn: string, type: 'war' | 'transfer_restriction' = 'transfer_restriction') =>
  data.countryEvents.createCountryEvent(insurer, { country, type, occurredOn, description: 'Transfers abroad suspended by the central bank' }, on(20));

describe('a country event', () => {
  it('is opened, read, listed by country and status, and closed once', async () => {
    const event = await open('AR', day(10));
    expect(event).toMatchObject({ country: 'AR', type: 'transfer_restriction', occurredOn: day(10), status: 'open', createdBy: insurer.keyId });
    expect(event.eventId).toMatch(/^cev_/);
    expect(await data.countryEvents.getCountryEvent(event.eventId)).toEqual(event);
    const [changed] = await data.outbox('country.risk_changed', (d) => d['eventId'] === event.eventId);
    expect(changed!.data).toEqual({ change: 'event_opened', eventId: event.eventId, country: 'AR' });

    const listed = async (query: { country?: string; status?: 'open' | 'closed' }) => (await data.countryEvents.listCountryEvents(query, { limit: 50 })).items.map((e) => e.eventId);
    expect(await listed({ country: 'AR' })).toContain(event.eventId);
    expect(await listed({ country: 'AR', status: 'open' })).toEqual([event.eventId]);
    expect(await listed({ country: 'UY', status: 'open' })).toEqual([]);

    await expect(data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(9) }, on(30))).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'closedOn', code: 'before_occurred_on' }] },
    });
    await expect(data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(31) }, on(30))).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'closedOn', code: 'in_the_future' }] },
    });
    const closed = await data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(30) }, on(30));
    expect(closed).toMatchObject({ status: 'closed', closedOn: day(30) });
    await expect(data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(30) }, on(31))).rejects.toMatchObject({ status: 409, slug: 'country-event-closed', extensions: { closedOn: day(30) } });
    expect(await listed({ country: 'AR', status: 'open' })).toEqual([]);
    expect(await listed({ country: 'AR', status: 'closed' })).toEqual([event.eventId]);

    // Open from the day it occurred to the day before it closed.
    const openOn = async (days: number) => (await data.countryEvents.countryEventsOpenOn('AR', day(days))).map((e) => e.eventId);
    expect(await openOn(9)).toEqual([]);
    expect(await openOn(10)).toEqual([event.eventId]);
    expect(await openOn(29)).toEqual([event.eventId]);
    expect(await openOn(30)).toEqual([]);
  });

  it('cannot have occurred after today; a concurrent second close answers 409 too', async () => {
    await expect(data.countryEvents.createCountryEvent(insurer, { country: 'EC', type: 'war', occurredOn: day(21), description: 'x' }, on(20))).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'occurredOn', code: 'in_the_future' }] },
    });
    const event = await open('EC', day(5), 'war');
    const closes = await Promise.allSettled([1, 2, 3].map(() => data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(20) }, on(25))));
    expect(closes.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
    expect(closes.flatMap((c) => (c.status === 'rejected' ? [(c.reason as { status?: number }).status] : []))).toEqual([409, 409]);
    expect(await data.outbox('country.risk_changed', (d) => d['eventId'] === event.eventId && d['change'] === 'event_closed')).toHaveLength(1);
  });

  it('while open, refers limit requests and sends cover checks cash in advance; before it, neither', async () => {
    const { context, buyerId } = await exposed('PE');
    await open('PE', day(10));
    const before = await data.limits.requestLimit(context, { buyerId, type: 'increase', amount: 6_000_000 }, on(9));
    expect(before.body).toMatchObject({ decision: 'approved', amount: 6_000_000 });
    const during = await data.limits.requestLimit(context, { buyerId, type: 'increase', amount: 7_000_000 }, on(20));
    expect(during.status).toBe(202);
    expect(during.body).toMatchObject({ decision: 'referred', amount: 6_000_000 });
    expect(during.body.reasons.map((r) => r.code)).toEqual(['country_event']);

    const check = (deliveryDate: string) => data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, deliveryDate, strategicImportance: 'normal', commit: false }, on(20));
    expect(await check(day(9))).toMatchObject({ covered: true, recommendation: 'accept' });
    const refused = await check(day(20));
    expect(refused).toMatchObject({ covered: false, coveredAmount: 0, recommendation: 'cash_in_advance', depositAmount: 100_000 });
    expect(refused.reasons).toEqual([{ code: 'country_event', message: expect.stringContaining(`transfer restriction since ${day(10)}) is open in PE`) }]);
  });

  it('sends a check cash in advance once an event opens, though this process checked the buyer before (its country kept)', async () => {
    const { context, buyerId } = await exposed('UY');
    const check = () => data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, deliveryDate: day(20), strategicImportance: 'normal', commit: false }, on(20));
    // The first check reads the buyer, then its country's events; the next ones ask for them beside the buyer.
    expect(await check()).toMatchObject({ covered: true, recommendation: 'accept' });
    expect(await check()).toMatchObject({ covered: true, recommendation: 'accept' });
    await open('UY', day(10));
    const refused = await check();
    expect(refused).toMatchObject({ covered: false, recommendation: 'cash_in_advance' });
    expect(refused.reasons.map((r) => r.code)).toEqual(['country_event']);
  });

  it('makes a private buyer’s overdue political when it fell due while open', async () => {
    serial += 1;
    const { context } = await data.newTenant({ policy: { inceptionDate: day0, coveredCountries: ['FR', 'BO'], politicalRiskCovered: true, politicalCoverPercent: 95, politicalWaitingPeriodDays: 120 } }, on(0));
    const buyer = await data.newBuyer({ country: 'BO' }, on(0));
    await data.grantLimit(context, buyer.buyerId, 5_000_000, on(0));
    const invoices = await data.orders.createInvoices(
      context,
      [
        { buyerId: buyer.buyerId, number: `BO-${serial}-1`, amount: 4_000_000, currency: 'EUR', issueDate: day(0), dueDate: day(5) },
        { buyerId: buyer.buyerId, number: `BO-${serial}-2`, amount: 500_000, currency: 'EUR', issueDate: day(0), dueDate: day(30) },
      ],
      on(0),
    );
    await open('BO', day(10));
    // The first fell due before the event: not political.
    await expect(data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: invoices.map((i) => i.invoiceId), cause: 'political' }, on(40))).rejects.toMatchObject({
      status: 422,
      slug: 'no-political-event',
      extensions: { invoiceIds: [invoices[0]!.invoiceId], country: 'BO' },
    });
    const claim = await data.claims.notifyOverdue(context, { buyerId: buyer.buyerId, invoiceIds: [invoices[1]!.invoiceId], cause: 'political' }, on(40));
    expect(claim).toMatchObject({ riskType: 'political', waitingPeriodEndsOn: day(160) });
  });
});

describe("a country's item", () => {
  /** An event as it was stored before the country's item kept its country's events: the event item and its index keys only. */
  async function storedTheOldWay(country: string, occurredOn: string, closedOn?: string) {
    const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
    const { countryEventKeys } = await import('../../shared/data/keys.ts');
    const eventId = `cev_OLD${String((serial += 1)).padStart(4, '0')}${country}`;
    const status = closedOn ? 'closed' : 'open';
    await data.table.documents.send(
      new PutCommand({
        TableName: data.table.name,
        Item: {
          ...countryEventKeys.event(eventId),
          kind: 'countryEvent',
          eventId,
          country,
          type: 'payment_moratorium',
          occurredOn,
          description: 'A moratorium decreed before the country item kept its events',
          status,
          createdAt: on(0).toISOString(),
          createdBy: insurer.keyId,
          ...(closedOn ? { closedOn, closedAt: on(0).toISOString() } : {}),
          ...countryEventKeys.list(occurredOn, eventId),
          ...countryEventKeys.byCountry(country, occurredOn, eventId),
          ...countryEventKeys.byStatus(status, country, occurredOn, eventId),
        },
      }),
    );
    return eventId;
  }
  const countryItem = async (country: string) => data.item<{ category?: number; eventsKept?: boolean; events?: Record<string, { closedOn?: string }> }>({ pk: `COUNTRY#${country}`, sk: 'COUNTRY' });

  it('keeps the events recorded before it did, from the first read on, beside the category, which stays', async () => {
    await data.buyers.setCountryCategory('GY', 5, on(0));
    const closedOne = await storedTheOldWay('GY', day(2), day(6));
    const openOne = await storedTheOldWay('GY', day(4));
    expect((await countryItem('GY'))?.eventsKept).toBeUndefined();

    const { context, buyerId } = await exposed('GY');
    const check = (days: number) =>
      data.orders.coverCheck(context, { buyerId, amount: 100_000, paymentTermsDays: 30, deliveryDate: day(days), strategicImportance: 'normal', commit: false }, on(20));
    // The first check of the buyer reads the country after the buyer; the second in the batch.
    expect(await check(3)).toMatchObject({ recommendation: 'cash_in_advance', reasons: [{ code: 'country_event' }] });
    expect(await countryItem('GY')).toMatchObject({ category: 5, eventsKept: true, events: { [closedOne]: { closedOn: day(6) }, [openOne]: {} } });
    expect(await check(1)).toMatchObject({ covered: true, recommendation: 'accept' });
    expect(await check(4)).toMatchObject({ recommendation: 'cash_in_advance' });
    expect((await data.countryEvents.countryEventsOpenOn('GY', day(5))).map((e) => e.eventId)).toEqual([closedOne, openOne]);
    expect(await data.buyers.countryCategory('GY')).toMatchObject({ category: 5, isDefault: false });

    // Closed through the API: the kept span closes with it, in the same transaction.
    await data.countryEvents.closeCountryEvent(openOne, { closedOn: day(8) }, on(20));
    expect((await countryItem('GY'))?.events?.[openOne]).toMatchObject({ closedOn: day(8) });
    expect(await check(7)).toMatchObject({ recommendation: 'cash_in_advance' });
    expect(await check(8)).toMatchObject({ covered: true, recommendation: 'accept' });
  });

  it('that keeps only events answers the default category, and a category set later leaves the events', async () => {
    const event = await open('SR', day(10));
    expect((await countryItem('SR'))?.category).toBeUndefined();
    expect(await data.buyers.countryCategory('SR')).toEqual({ countryCode: 'SR', category: data.buyers.DEFAULT_COUNTRY_CATEGORY, isDefault: true });
    expect((await data.buyers.listCountries()).map((c) => c.countryCode)).not.toContain('SR');
    await data.buyers.setCountryCategory('SR', 6, on(20));
    expect(await data.buyers.countryCategory('SR')).toMatchObject({ category: 6, isDefault: false });
    expect((await data.countryEvents.countryEventsOpenOn('SR', day(10))).map((e) => e.eventId)).toEqual([event.eventId]);
  });

  it('misses no event opened at once with others in the country, nor while its first read writes it', async () => {
    const oldOne = await storedTheOldWay('NI', day(1));
    const opened = await Promise.all([
      ...[3, 4, 5, 6, 7, 8].map((d) => open('NI', day(d))),
      // Reads racing the opens: each may be the one that writes the item first.
      ...[1, 2, 3].map(async () => (await data.countryEvents.countryEventsOpenOn('NI', day(9)), undefined)),
    ]);
    const ids = opened.flatMap((event) => (event ? [event.eventId] : []));
    expect(ids).toHaveLength(6);
    expect((await data.countryEvents.countryEventsOpenOn('NI', day(9))).map((e) => e.eventId).sort()).toEqual([oldOne, ...ids].sort());
    // Closed at once too: every close lands on the item.
    await Promise.all(ids.map((id) => data.countryEvents.closeCountryEvent(id, { closedOn: day(9) }, on(20))));
    expect((await data.countryEvents.countryEventsOpenOn('NI', day(9))).map((e) => e.eventId)).toEqual([oldOne]);
  });
});

describe('the tenants exposed in the country', () => {
  it('are told once each, listing their buyers there; a retry tells no one twice; tenants without a limit there are not told', async () => {
    const first = await exposed('CO');
    const second = await exposed('CO');
    const elsewhere = await exposed('CL');
    const event = await open('CO', day(10), 'war');
    const change = { change: 'event_opened' as const, eventId: event.eventId, country: 'CO' };
    expect(await data.countryEvents.applyCountryRiskChange(change, on(20))).toEqual({ tenantsNotified: 2 });
    expect(await data.countryEvents.applyCountryRiskChange(change, on(20))).toEqual({ tenantsNotified: 0 });

    const told = await data.outbox('country.event_opened', (d) => d['eventId'] === event.eventId);
    expect(told.map((e) => e.tenantId).sort()).toEqual([first.tenantId, second.tenantId].sort());
    expect(told.find((e) => e.tenantId === first.tenantId)!.data).toEqual({
      cause: 'country_event',
      country: 'CO',
      eventId: event.eventId,
      type: 'war',
      occurredOn: day(10),
      description: 'Transfers abroad suspended by the central bank',
      category: null,
      buyers: [{ buyerId: first.buyerId, legalName: first.legalName }],
    });
    expect(told.some((e) => e.tenantId === elsewhere.tenantId)).toBe(false);

    await data.countryEvents.closeCountryEvent(event.eventId, { closedOn: day(20) }, on(20));
    expect(await data.countryEvents.applyCountryRiskChange({ change: 'event_closed', eventId: event.eventId, country: 'CO' }, on(21))).toEqual({ tenantsNotified: 2 });
    const closed = await data.outbox('country.event_closed', (d) => d['eventId'] === event.eventId);
    expect(closed.find((e) => e.tenantId === second.tenantId)!.data).toEqual({
      country: 'CO',
      eventId: event.eventId,
      type: 'war',
      occurredOn: day(10),
      closedOn: day(20),
      buyers: [{ buyerId: second.buyerId, legalName: second.legalName }],
    });
  });

  it('are told of a category raise by 2 or more, or to 7; not of a rise by 1', async () => {
    const tenant = await exposed('PY');
    await data.buyers.setCountryCategory('PY', 4, on(1));
    await data.buyers.setCountryCategory('PY', 5, on(2));
    expect(await data.outbox('country.risk_changed', (d) => d['country'] === 'PY')).toEqual([]);
    const raised = await data.buyers.setCountryCategory('PY', 7, on(3));
    const [change] = await data.outbox('country.risk_changed', (d) => d['country'] === 'PY');
    expect(change!.data).toEqual({ change: 'category_raised', country: 'PY', from: 5, to: 7, at: raised.updatedAt });
    expect(await data.countryEvents.applyCountryRiskChange(change!.data as never, on(3))).toEqual({ tenantsNotified: 1 });
    const [told] = await data.outbox('country.event_opened', (d) => d['country'] === 'PY');
    expect(told).toMatchObject({ tenantId: tenant.tenantId, data: { cause: 'category_raised', eventId: null, type: null, category: { from: 5, to: 7 }, buyers: [{ buyerId: tenant.buyerId }] } });
  });
});

describe('the portfolio', () => {
  it('flags each country with the events open there today, and shows unpaid invoices by currency', async () => {
    const { context, buyerId } = await exposed('VE');
    const event = await data.countryEvents.createCountryEvent(insurer, { country: 'VE', type: 'payment_moratorium', occurredOn: day(10), description: 'Moratorium' }, on(20));
    await data.fx.publishFxRates(day(0), { USD: '1.25' }, on(0));
    await data.orders.createInvoices(
      context,
      [
        { buyerId, number: `VE-${serial}-1`, amount: 1_000_000, currency: 'USD', issueDate: day(1), dueDate: day(60) },
        { buyerId, number: `VE-${serial}-2`, amount: 300_000, currency: 'EUR', issueDate: day(1), dueDate: day(60) },
      ],
      on(1),
    );
    const portfolio = await data.portfolio.tenantPortfolioByScan(context, new Date());
    expect(portfolio.byCountry).toEqual([expect.objectContaining({ key: 'VE', openCountryEvents: [{ eventId: event.eventId, type: 'payment_moratorium', occurredOn: day(10) }] })]);
    // USD 10,000.00 at 1.25 = EUR 8,000.00; EUR 3,000.00: together the EUR 11,000.00 outstanding.
    expect(portfolio.byCurrency).toEqual([
      { currency: 'USD', invoices: 1, outstanding: 1_000_000, exposure: 800_000 },
      { currency: 'EUR', invoices: 1, outstanding: 300_000, exposure: 300_000 },
    ]);
    expect(portfolio.exposure).toBe(1_100_000);
  });
});
