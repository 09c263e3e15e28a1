// Shared helpers for the browser tests: serve the built page, launch Debian's
// Chromium through playwright-core, open the app and wait for its first frame.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'build/web/dist');
export const SHOTS = path.join(ROOT, 'build/screenshots');
mkdirSync(SHOTS, { recursive: true });

// Flags that work here as root, headless, on a machine with no GPU and no network.
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-features=Translate,MediaRouter,OptimizationHints'];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
}

export const TEST_DIST = path.join(ROOT, 'build/web/test-dist');  // the test build (deliberate failures)

export async function startServer(dir = null) {
  const port = await freePort();
  const proc = spawn('python3', [path.join(ROOT, 'serve.py'), '--no-build', '--port', String(port), ...(dir ? ['--dir', dir] : [])],
    { env: { ...process.env, WA_SERVE_QUIET: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => { out += d; if (out.includes('running at')) resolve(); });
    proc.on('exit', (code) => reject(new Error('serve.py exited with ' + code)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => proc.kill() };
}

export async function launch(extraFlags = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...FLAGS, ...extraFlags] });
}

// A fresh context (empty storage) with a page that records console errors.
// `onPage(page)` runs (and is awaited) before the page is opened (e.g. recordResponses).
export async function openApp(browser, url, { viewport = { width: 1280, height: 900 }, context = null, onPage = null, ...opts } = {}) {
  const ctx = context || await browser.newContext({ viewport, acceptDownloads: true, ...opts });
  const page = await ctx.newPage();
  if (onPage) await onPage(page);
  page.errors = [];
  // Every console error counts: a default install ships a config.json that says
  // nothing, so not even the optional config gives a 404 (issue 23).
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await waitForApp(page);
  return { ctx, page };
}

// A browser with a profile folder kept on disk, as a tablet keeps its own:
// opened (again) at `url` with the app ready. `killBrowser` ends it with
// SIGKILL to the browser process itself, as when a battery dies mid-save.
const PERSISTENT = { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } };
export async function openPersistent(dir, url) {
  const ctx = await chromium.launchPersistentContext(dir, PERSISTENT);
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(url);
  await waitForApp(page);
  return { ctx, page };
}
export async function killBrowser(dir, ctx) {
  const pids = execFileSync('pgrep', ['-f', `user-data-dir=${dir}`]).toString().trim().split('\n').map(Number);
  const main = pids.find((pid) => !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type='));
  process.kill(main, 'SIGKILL');
  await ctx.close().catch(() => {});
}

export async function waitForApp(page) {
  await page.waitForFunction(() => window.WelcomeAudit && window.WelcomeAudit.frames() > 0, null, { timeout: 30000 });
  await settle(page);
}

// Waits until the app stops rendering (it renders only after input).
export async function settle(page) {
  let last = -1;
  for (let i = 0; i < 50; ++i) {
    const f = await page.evaluate(() => window.WelcomeAudit.frames());
    if (f === last) return f;
    last = f;
    await page.waitForTimeout(120);
  }
  return last;
}

// A key press on a control (Enter by default), then wait for the app to settle.
export async function press(page, locator, key = 'Enter') {
  await locator.press(key);
  await settle(page);
}

export async function shot(page, name) {
  await settle(page);
  const file = path.join(SHOTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

export function tmpDir() { return mkdtempSync(path.join(os.tmpdir(), 'wa-test-')); }

// axe-core on the whole page; any violation fails with where it happened.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Works on the app and on any page it makes (e.g. the printable report).
export async function axe(page, where) {
  if (await page.evaluate(() => !!window.WelcomeAudit)) await settle(page);
  // Evaluated through the DevTools protocol: the page's Content Security Policy
  // (rightly) refuses an inline <script> such as addScriptTag would add.
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(v, [], `axe violations on ${where}`);
}

// Visible rectangles of the mirror's elements must not overlap (text at 200%).
export async function overlaps(page) {
  return page.evaluate(() => {
    const boxes = [];
    for (const el of document.querySelectorAll('#mirror .m')) {
      if (el.style.clipPath) continue;  // partly scrolled out of view
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || r.bottom <= 0 || r.top >= innerHeight) continue;
      boxes.push({ id: el.dataset.wa, l: r.left, t: r.top, r: r.right, b: r.bottom });
    }
    const out = [];
    for (let i = 0; i < boxes.length; ++i)
      for (let j = i + 1; j < boxes.length; ++j) {
        const a = boxes[i], b = boxes[j];
        if (Math.min(a.r, b.r) - Math.max(a.l, b.l) > 1 && Math.min(a.b, b.b) - Math.max(a.t, b.t) > 1) out.push(a.id + ' x ' + b.id);
      }
    return out;
  });
}

// The weight of one page load as a compressing server would send it: every
// response the page received (the document, scripts, styles, the wasm, every
// fetch, after the first frame too), each body gzipped at level 9 by node's
// zlib. serve.py does not compress, so the gzip size is computed here from the
// bytes received. Call before page.goto(); `done()` waits for the bodies.
export const GZIP_LEVEL = 9;
export function gzipSize(bytes) { return gzipSync(bytes, { level: GZIP_LEVEL }).length; }
export function recordResponses(page) {
  const pending = [];
  page.on('response', (r) => {
    pending.push(r.body().then(
      (body) => ({ url: r.url(), status: r.status(), bytes: body.length, gzip: gzipSize(body) }),
      () => ({ url: r.url(), status: r.status(), bytes: 0, gzip: 0 })));  // no body (a redirect)
  });
  return {
    async done() {
      const responses = await Promise.all(pending);
      const sum = (k) => responses.reduce((n, r) => n + r[k], 0);
      return { requests: responses.length, bytes: sum('bytes'), gzip: sum('gzip'), responses };
    },
  };
}

// An init script (context.addInitScript(timeIdleCallbacks)): every
// requestIdleCallback callback of the page timed into window.__idle (ms). The
// page's only idle work is its warm-up (glue.js warmUpWhenIdle).
export function timeIdleCallbacks() {
  window.__idle = [];
  const ric = window.requestIdleCallback;
  window.requestIdleCallback = (fn, opts) => ric((deadline) => {
    const t0 = performance.now();
    try { fn(deadline); } finally { window.__idle.push(performance.now() - t0); }
  }, opts);
}
