/**
 * Headless Chromium for browser tests: Debian's `chromium` (installed by .ci/run when missing)
 * or CHROMIUM_PATH, driven by puppeteer-core, which downloads no browser. Without a browser
 * the test fails and says how to get one: a skipped browser test would pass CI unseen.
 * Screenshots go to tests/e2e/screenshots/ (git-ignored, kept by CI as artefacts).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../infra/local/runtime.ts';

export const SCREENSHOTS = path.join(REPO_ROOT, 'tests', 'e2e', 'screenshots');
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return configured;
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`no Chromium found (tried ${CANDIDATES.join(', ')}): install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH`);
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** A page in a fresh browser, closed afterwards whatever `fn` does. */
export async function withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

/** Saves a full-page PNG as tests/e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A page that records every request it makes beyond `origin`: a page test asserts there are none. */
export async function openPage(browser: Browser, origin: string): Promise<{ page: Page; elsewhere: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });
  return { page, elsewhere };
}
