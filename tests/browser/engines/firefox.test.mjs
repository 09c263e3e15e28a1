// Firefox ESR (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi:
// the focused journey (journey.mjs), the offline file from file://, and axe-core.
// Needs an X display for WebGL 2: scripts/test.sh runs it under xvfb-run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { startServer } from '../lib.mjs';
import { shortAudit, offlineFile, firstSave, findInPage, settle, until } from './journey.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server, browser;
before(async () => {
  server = await startServer();
  browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true });
});
after(async () => { await browser?.close(); server?.stop(); });

// A driver over a fresh browser context (empty storage).
async function driver() {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    page, ctx,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    // Real accessibility-tree queries (role and name); a pattern is matched in the page.
    async find(role, name) {
      if (name instanceof RegExp) return (await page.evaluateHandle(findInPage, role, name.source, true)).asElement();
      return page.$(`aria/${name}[role="${role}"]`);
    },
    press: (h, key) => h.press(key === 'Space' ? ' ' : key),
    async type(h, text) {
      await h.focus();
      await h.evaluate((el) => el.select());
      await page.keyboard.type(text);
    },
  };
}

async function axe(d, where) {
  await settle(d);
  // Evaluated by the driver: the page's Content-Security-Policy refuses inline <script> tags.
  if (!(await d.run(() => !!window.axe))) await d.page.evaluate(AXE + '\n;undefined');
  const v = await d.run(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }).then((r) => r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`)));
  assert.deepEqual(v, [], `axe violations on ${where} in Firefox`);
}

test('Firefox: a short audit by role and label, an export, a reload keeps everything; axe finds nothing', async () => {
  const d = await driver();
  const version = await d.page.browser().version();
  console.log('# browser: ' + version);
  await shortAudit(d, server.url);
  await axe(d, 'Save and export');
  await (await d.find('button', 'Start')).press('Enter');
  await settle(d);
  await axe(d, 'Start with an audit');
  await (await d.find('button', 'Audit')).press('Enter');
  await settle(d);
  await axe(d, 'an audit item');
  await d.ctx.close();
});

test('Firefox: the short audit in Spanish (chosen on Start): names, html lang, the plan language; axe finds nothing', async () => {
  const d = await driver();
  const audit = await shortAudit(d, server.url, 'es');
  assert.equal(audit.profile.language, 'es');
  assert.equal(await d.run(() => document.documentElement.lang), 'es');
  await axe(d, 'Guardar y exportar');
  await d.ctx.close();
});

test('Firefox: the offline file from file:// boots and keeps an answer over a reload', async () => {
  const d = await driver();
  const backend = await offlineFile(d);
  console.log('# store from file:// in Firefox: ' + backend);
  await d.ctx.close();
});

// Firefox asks the person before it keeps a site's data for good ("Allow ... to
// store data in persistent storage?"). That question must come from the
// person's own press of "Keep my audits when the browser cleans up storage" on
// Start, never out of nowhere at the first save. navigator.storage.persist is
// watched (and answers "no" itself, so that no real question opens).
test('Firefox: persistent storage is asked for only from a press of "Keep my audits..."', async () => {
  const d = await driver();
  await d.page.evaluateOnNewDocument(() => {
    window.__persistCalls = 0;
    Object.defineProperty(navigator.storage, 'persist', { value: () => { window.__persistCalls += 1; return Promise.resolve(false); } });
  });
  await firstSave(d, server.url);
  await settle(d);
  assert.equal(await d.run(() => window.__persistCalls), 0, 'no question at the first save');
  await (await d.find('button', 'Start')).press('Enter');
  await settle(d);
  assert.ok(await until('the explanation', () => d.find('text', /^When the disk runs low, a browser may delete/)));
  const keep = await until('the button', () => d.find('button', 'Keep my audits when the browser cleans up storage'));
  assert.equal(await d.run(() => window.__persistCalls), 0, 'showing the button asks nothing');
  await keep.press('Enter');
  await until('the question asked', () => d.run(() => window.__persistCalls === 1));
  // The browser said no (here, the watcher did): the page says so, and how to keep a copy.
  assert.ok(await until('the answer', () => d.find('text', /^The browser will not keep your audits for good/)));
  await d.ctx.close();
});
