/**
 * The local ops console in headless Chromium: the insurer key once through the form, one
 * chart per graph of the dashboard description, and traffic sent over HTTP reaching the charts
 * (the gateway's requests and the functions' EMF metrics).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSections } from '../../infra/dashboard/widgets.ts';
import { topology } from '#topology';
import { startWorld, type World } from '../support/world.ts';
import { expectStatus, op } from '../support/op.ts';
import { screenshot, withPage } from '../support/browser.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

const graphs = dashboardSections(topology.service).flatMap((section) => section.rows.flat().filter((widget) => widget.kind === 'graph'));
const pointsOf = (title: string) => `Number(document.querySelector('[data-widget=${JSON.stringify(title)}]')?.dataset.points ?? 0)`;

describe('GET /ops', () => {
  it('refuses its data without a key, and to a policyholder key, as problem+json', async () => {
    const anonymous = await fetch(`${world.runtime.url}/ops/data`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const policyholder = await fetch(`${world.runtime.url}/ops/data`, { headers: { authorization: `Bearer ${world.a.key}` } });
    expect(policyholder.status).toBe(403);
    expect(policyholder.headers.get('content-type')).toContain('application/problem+json');
  });

  it('draws every graph of the dashboard description and fills them as traffic comes', async () => {
    await withPage(async (page) => {
      await page.goto(`${world.runtime.url}/ops`);
      await page.waitForSelector('#login:not([hidden])');
      expect(await page.evaluate('document.body.textContent')).toContain('local runtime only');
      await page.type('#key', world.insurerKey);
      await page.click('#login button');
      await page.waitForSelector('#console:not([hidden])');
      await page.waitForFunction(`document.querySelectorAll('.widget canvas').length >= ${graphs.length}`, { timeout: 15_000 });
      expect(await page.evaluate("[...document.querySelectorAll('.widget')].map((box) => box.dataset.widget)")).toEqual(graphs.map((graph) => graph.title));
      await screenshot(page, 'ops-console-empty');

      const buyer = await op(world.call, 'createBuyer', {
        key: world.insurerKey,
        body: { legalName: 'Fonderie Martin SA', country: 'FR', registrationId: `OPS${Date.now()}`, sector: 'C24', grade: 3 },
      });
      expectStatus(buyer, 201);
      const limit = await op(world.call, 'requestLimit', { key: world.a.key, body: { buyerId: buyer.body.buyerId, type: 'new', amount: 5_000_000 } });
      expect(limit.status).toBe(201);

      // The gateway's requests reach the API graph; the decision's EMF metric the limits graph.
      await page.waitForFunction(`${pointsOf('API requests and errors')} > 0`, { timeout: 15_000 });
      await page.waitForFunction(`${pointsOf('Limit decisions by outcome')} > 0`, { timeout: 15_000 });
      expect(await page.evaluate(`Number(document.querySelector('[data-tile^="webhook backlog"] b').textContent)`)).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate("document.querySelectorAll('#alarms li').length")).toBeGreaterThan(0);
      await screenshot(page, 'ops-console-traffic');
    });
  });
});
