/**
 * Headless Chromium for the page tests: Debian's `chromium` package (or CHROMIUM_PATH), driven
 * by puppeteer-core, which downloads no browser. Missing Chromium fails the test with what to
 * install: .ci/run installs it. Screenshots go to tests/e2e/screenshots/ (git-ignored), CI's
 * artefacts.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'screenshots');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const given = process.env['CHROMIUM_PATH'];
  const found = given ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found || !existsSync(found)) {
    throw new Error(`No Chromium${given ? ` at CHROMIUM_PATH=${given}` : ` at ${CANDIDATES.join(', ')}`}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in CI containers: Chromium's sandbox needs user namespaces it may not have there.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--no-default-browser-check'],
  });
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

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: false });
  return file;
}
