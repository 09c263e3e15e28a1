// Keeping the audits for good (navigator.storage.persist, web/storage.js).
// Chromium (like Edge and Safari) decides by itself without asking the person,
// so the page asks it at the first save, and Start shows no button for it.
// Firefox asks the person: tests/browser/engines/firefox.test.mjs checks that
// only Start's "Keep my audits when the browser cleans up storage" asks there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('Chromium: asked once at the first save, no button on Start', async () => {
  const { ctx, page } = await openApp(browser, server.url, {
    onPage: (p) => p.addInitScript(() => {
      window.__persistCalls = 0;
      const real = navigator.storage.persist.bind(navigator.storage);
      Object.defineProperty(navigator.storage, 'persist', { value: () => { window.__persistCalls += 1; return real(); } });
    }),
  });
  assert.equal(await page.evaluate(() => window.__persistCalls), 0, 'nothing asked before anything is saved');
  await page.getByRole('button', { name: 'Start a new audit' }).press('Enter');
  await settle(page);
  await page.getByLabel('Library system').fill('Chromium Library');
  await settle(page);
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.__persistCalls === 1);
  await page.getByRole('button', { name: 'Start', exact: true }).press('Enter');
  await settle(page);
  assert.equal(await page.getByRole('button', { name: 'Keep my audits when the browser cleans up storage' }).count(), 0);
  await page.getByText(/^At the first save, Welcome Audit asks the browser|^The browser has agreed to keep this data/).first()
    .waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'asked once');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
