// Smoke test: the served page and the offline single file both boot and draw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, openApp, shot, DIST } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('served page boots into the start screen with no console error', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  assert.equal(await page.title(), 'Welcome Audit: library inclusion and accessibility self-audits');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('heading', { level: 1, name: 'Welcome Audit' }).waitFor();
  await page.getByRole('button', { name: 'Start a new audit' }).waitFor();
  assert.ok(await page.locator('#loading').isHidden(), 'the loading indicator is hidden after the first frame');
  // The canvas fills the window and its backing store follows devicePixelRatio.
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, iw: innerWidth, ih: innerHeight };
  });
  assert.equal(size.cw, size.iw);
  assert.equal(size.ch, size.ih);
  await shot(page, 'smoke-start');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('served page is crisp at devicePixelRatio 2 and follows a resize', async () => {
  const { ctx, page } = await openApp(browser, server.url, { deviceScaleFactor: 2, viewport: { width: 900, height: 700 } });
  let size = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.equal(size.w, 1800);
  assert.equal(size.h, 1400);
  await page.setViewportSize({ width: 700, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1400);
  await shot(page, 'smoke-dpr2-resized');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('offline single file opens from file:// and draws', async () => {
  const url = pathToFileURL(path.join(DIST, 'welcome-audit-offline.html')).href;
  const { ctx, page } = await openApp(browser, url);
  await page.getByRole('button', { name: 'Start a new audit' }).waitFor();
  await shot(page, 'smoke-offline-file');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
