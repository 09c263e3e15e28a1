// Offline after the first visit (web/sw.js, web/pwa.js): a hosted page that
// loses its network reloads and the audit goes on; a new build is picked up at
// the next start without losing the audit, and says so while it waits; the
// page works from a sub-folder of a consortium's site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, settle, waitForApp, tmpDir, axe, DIST, ROOT } from './lib.mjs';

const SST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));
let browser;
const servers = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); for (const s of servers) s.stop(); });
const serve = async (dir) => { const s = await startServer(dir); servers.push(s); return s; };

const answer = (page, name) => press(page, page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name, exact: true }), 'Space');
const build = (page) => page.evaluate(() => new Promise((resolve) => {
  navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.build), { once: true });
  navigator.serviceWorker.controller.postMessage('version');
}));
// The page is controlled by a worker whose cache holds the whole shell.
async function cached(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (keys.length !== 1) return false;
    const c = await caches.open(keys[0]);
    return !!(await c.match('welcome-audit.wasm')) && !!(await c.match('checklists/index.json'));
  }, null, { timeout: 30000 });
}
async function startAudit(page) {
  await press(page, page.getByRole('button', { name: 'Start a new audit', exact: true }));
  await page.getByLabel('Library system').fill('Maple County Library');
  await page.getByLabel('Branch').fill('Eastside Branch');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await press(page, page.getByRole('checkbox', { name: SST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await answer(page, 'Met');
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
}
const answered = async (page) => Object.values((await page.evaluate(() => window.WelcomeAudit.audit())).responses[SST.id])
  .filter((r) => r.answer).length;

test('offline reload continues the audit; a new build waits, says so, and is used at the next start', async () => {
  const dir = tmpDir();
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { ctx, page } = await openApp(browser, server.url);
  await startAudit(page);
  await cached(page);

  // The Wi-Fi drops; someone reloads.
  await ctx.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await answered(page), 1);
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${SST.title}: Item 1 of`) }).waitFor();
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await answer(page, 'Not met');
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  assert.equal(await answered(page), 2);
  const first = await build(page);

  // The network is back and the host has put a new build in place.
  const sw = path.join(dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(first, first.slice(0, 12) + 'next'));
  await ctx.setOffline(false);
  await page.reload();
  await waitForApp(page);
  const bar = page.getByRole('status').filter({ hasText: 'A new version of Welcome Audit is ready' });
  await bar.waitFor({ timeout: 30000 });
  assert.equal(await build(page), first, 'the running version stays until the next start');
  assert.equal(await answered(page), 2);
  await axe(page, 'update waiting');
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await bar.waitFor({ state: 'detached' });

  // The next start: every tab closed, the page opened again. The browser puts
  // the waiting version in charge once the last tab is gone (not instantly).
  const next = first.slice(0, 12) + 'next';
  await page.close();
  const deadline = Date.now() + 30000;
  for (let done = false; !done;) {
    assert.ok(Date.now() < deadline, 'the waiting version takes over once every tab is closed');
    for (const w of ctx.serviceWorkers()) {
      done ||= await w.evaluate((b) => BUILD === b && !self.registration.waiting && self.registration.active.state === 'activated', next).catch(() => false);
    }
    if (!done) await new Promise((r) => setTimeout(r, 200));
  }
  const { page: again } = await openApp(browser, server.url, { context: ctx });
  await again.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 30000 });
  assert.equal(await build(again), next);
  assert.equal(await answered(again), 2);
  assert.deepEqual(await again.evaluate(() => caches.keys()), ['welcome-audit-' + next]);
  assert.deepEqual(again.errors, []);
  await ctx.close();
});

test('in Spanish: the language is kept by the worker, and an offline start is still in Spanish', async () => {
  const dir = tmpDir();
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { ctx, page } = await openApp(browser, server.url, { locale: 'es-MX' });
  await page.getByRole('button', { name: 'Empezar una nueva auditoría' }).waitFor({ state: 'attached' });
  await cached(page);
  // The next start (the worker now answers): the language file is kept.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(async () => {
    const c = await caches.open((await caches.keys())[0]);
    return !!(await c.match('lang/es.json'));
  }, null, { timeout: 30000 });
  await ctx.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Empezar una nueva auditoría' }).waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('hosted in a sub-folder: installs there and reloads offline', async () => {
  const dir = tmpDir();
  const sub = path.join(dir, 'branches', 'welcome-audit');
  mkdirSync(sub, { recursive: true });
  cpSync(DIST, sub, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Consortium</title><p>Our libraries</p>');
  const server = await serve(dir);
  const url = server.url + 'branches/welcome-audit/';
  const { ctx, page } = await openApp(browser, url);
  await startAudit(page);
  await cached(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), url);
  await ctx.setOffline(true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await answered(page), 1);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
