/**
 * The API reference page in a real browser (headless Chromium): it draws every operation of
 * the document grouped by tag, an operation opened shows its roles and an example, and the page
 * asks nothing of another site. Screenshots in tests/e2e/screenshots/.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_IDS } from '../../shared/contract/examples.ts';
import { launchBrowser, openPage, screenshot } from '../support/browser.ts';
import { startWorld, type World } from '../support/world.ts';

/** What the test reads of a DOM element (the tests compile without the DOM library). */
type Element = { getAttribute(name: string): string | null; readonly textContent: string | null };

let world: World;
let browser: Browser;

beforeAll(async () => {
  world = await startWorld();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await world?.runtime.stop();
});

describe('GET /docs in Chromium', () => {
  it('lists every operation of the document by tag; an operation opened shows its roles and an example', async () => {
    const document = (await (await fetch(`${world.runtime.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
      webhooks: Record<string, Record<string, unknown>>;
      tags: { name: string }[];
    };
    const count = (entries: Record<string, Record<string, unknown>>) => Object.values(entries).reduce((total, methods) => total + Object.keys(methods).length, 0);
    const operations = count(document.paths);
    const webhooks = count(document.webhooks);
    const { page, elsewhere } = await openPage(browser, world.runtime.url);
    await page.goto(`${world.runtime.url}/docs`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('.opblock', { timeout: 30_000 });

    // The operations by tag, then the webhooks section: one block per event type.
    const drawn = await page.$$eval('.opblock', (blocks) => blocks.length);
    const drawnWebhooks = await page.$$eval('.webhooks .opblock', (blocks) => blocks.length);
    expect(webhooks).toBeGreaterThan(0);
    expect(drawnWebhooks).toBe(webhooks);
    expect(drawn - drawnWebhooks).toBe(operations);
    const webhookNames = await page.$eval('.webhooks', (section) => (section as unknown as Element).textContent ?? '');
    for (const name of Object.keys(document.webhooks)) expect(webhookNames).toContain(name);
    const tags = await page.$$eval('.opblock-tag', (headers) => (headers as unknown as Element[]).map((header) => header.getAttribute('data-tag')));
    expect(tags).toEqual(document.tags.map((tag) => tag.name));
    await screenshot(page, 'docs-operations');

    // Open the cover check: its description names its roles, its body and answers carry examples.
    await page.click('#operations-cover-coverCheck .opblock-summary');
    await page.waitForSelector('#operations-cover-coverCheck .responses-table', { timeout: 10_000 });
    const opened = await page.$eval('#operations-cover-coverCheck', (block) => (block as unknown as Element).textContent ?? '');
    expect(opened).toContain('Roles: policyholder, broker.');
    expect(opened).toContain('https://bouclier.dev/problems/validation');
    // The request and 200 examples tell the story's order to the story's buyer.
    expect(opened).toContain(EXAMPLE_IDS.buyer);
    expect(opened).toContain('"recommendation"');
    await screenshot(page, 'docs-cover-check');

    expect(elsewhere).toEqual([]);
  });
});
