/**
 * The API reference page over HTTP: public, an HTML page whose script and style this API
 * serves, pointing at the document by a relative URL (so it works under a stage prefix), and
 * referencing nothing on another site. The browser test (docs-page.browser.test.ts) draws it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.runtime.stop();
});

describe('GET /docs', () => {
  it('answers the page without a key, its assets by relative URLs this API serves', async () => {
    const page = await fetch(`${world.runtime.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const referenced = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(referenced.sort()).toEqual(['docs/swagger-ui-bundle.js', 'docs/swagger-ui.css']);
    expect(html).toContain("url: 'v1/openapi.json'");
    expect(html).toContain('validatorUrl: null');
    // Nothing absolute: no CDN, no font, no other site.
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each([
    ['docs/swagger-ui-bundle.js', 'text/javascript; charset=utf-8', 'SwaggerUIBundle'],
    ['docs/swagger-ui.css', 'text/css; charset=utf-8', '.swagger-ui'],
  ])('serves %s as %s, cacheable', async (asset, contentType, marker) => {
    const response = await fetch(`${world.runtime.url}/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await response.text()).toContain(marker);
  });

  it('the document it draws is served without a key', async () => {
    const document = await fetch(`${world.runtime.url}/v1/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { paths: Record<string, unknown> }).paths['/docs']).toBeDefined();
  });
});
