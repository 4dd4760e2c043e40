// The HTML export opened in real chromium: nothing is fetched, nothing is blocked, print styles apply,
// and a screenshot is saved as an artifact (test-results/export/) for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { toHtml } from '../../../src/export';
import { hostile, marketing } from '../fixtures/report-fixtures';

const OUT = new URL('../../../test-results/export/', import.meta.url);
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => browser?.close());

test.each([
  ['marketing', marketing],
  ['hostile', hostile],
])('%s report opens with no request, no script and no CSP violation', async (name, fixture) => {
  const file = new URL(`${name}.html`, OUT);
  writeFileSync(file, toHtml(fixture.report));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  const messages: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => messages.push(m.text()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto(file.href);
  await page.screenshot({ path: new URL(`${name}.png`, OUT).pathname, fullPage: true });
  expect(requests).toEqual([file.href]);
  expect(messages.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
  expect(dialogs).toBe(0);
  // Every summary tile and finding card is laid out (the CSS applied).
  const cards = await page.locator('article.card').count();
  expect(cards).toBe(fixture.report.findings.length);
  expect(
    await page
      .locator('.tile')
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle),
  ).toBe('solid');

  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    card: getComputedStyle(document.querySelector('article.card')!).breakInside,
  }));
  expect(print).toEqual({ body: 'rgb(255, 255, 255)', card: 'avoid' });
  await page.close();
});
