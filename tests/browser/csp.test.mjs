// Content Security Policy: the page and the offline file allow nothing from
// another origin. A short but whole audit (profile, a checklist, answers, a
// note, a link, a photo, the plan, every export, a reload) must make no
// request to any other origin and trigger no policy violation: a blocked
// script, style, image or WebAssembly compile would be reported here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, press, settle, waitForApp, DIST, ROOT } from './lib.mjs';

const CHECKLIST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));
const ITEMS = CHECKLIST.sections.flatMap((s) => s.items);

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// A context that records every request and every policy violation.
async function watchedPage(url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await ctx.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await ctx.newPage();
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await waitForApp(page);
  return { ctx, page };
}

const policyOf = (page) => page.evaluate(() =>
  document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '');

async function shortAudit(page) {
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await page.getByLabel('Library system').fill('Maple County Library');
  await page.getByLabel('Branch').fill('Eastside Branch');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: CHECKLIST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await press(page, page.getByRole('checkbox', { name: /^Single-key shortcuts/ }), 'Space');  // off until turned on
  for (let i = 0; i < 4; ++i) {
    await page.getByRole('heading', { level: 2, name: ITEMS[i].prompt }).waitFor();
    await page.keyboard.press(String((i % 3) + 1));
    await settle(page);
    if (i === 0) {
      await page.getByLabel('Note (optional)').fill('Checked on a Tuesday morning.');
      await page.getByLabel('Link to a photo, document or page (optional)').fill('https://photos.example.org/room');
      await settle(page);
      await press(page, page.getByRole('button', { name: 'Add link' }));
      // A photo: read by the page (FileReader, canvas, data: URL) and shown as an <img>.
      const png = Buffer.from(await page.evaluate(async () => {
        const c = document.createElement('canvas');
        c.width = 64; c.height = 48;
        c.getContext('2d').fillRect(8, 8, 32, 16);
        const b = await new Promise((r) => c.toBlob(r, 'image/png'));
        return Array.from(new Uint8Array(await b.arrayBuffer()));
      }));
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose photos' }).press('Enter'),
      ]);
      await chooser.setFiles({ name: 'room.png', mimeType: 'image/png', buffer: png });
      await page.getByRole('img', { name: /^Photo 1, / }).waitFor();
    }
    await page.keyboard.press('n');
    await settle(page);
  }
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' }));
  await press(page, page.getByRole('button', { name: 'Go to the plan' }));
  await page.getByRole('heading', { level: 1, name: 'Improvement plan' }).waitFor();
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Save and export' }));
  await page.getByRole('heading', { level: 1, name: 'Save and export' }).waitFor();
  // Every download button on the export screen (blob: URLs).
  const buttons = page.getByRole('main').getByRole('button');
  const names = [];
  for (const b of await buttons.all()) names.push(await b.getAttribute('aria-label') || (await b.textContent()).trim());
  let downloads = 0;
  for (const name of names) {
    if (!/JSON|spreadsheet|CSV|Markdown|web page|HTML|Save/i.test(name)) continue;
    const got = page.waitForEvent('download', { timeout: 5000 }).then(() => true, () => false);
    await page.getByRole('button', { name, exact: true }).first().press('Enter');
    if (await got) downloads++;
    await settle(page);
  }
  assert.ok(downloads >= 3, `the export screen made its files (${downloads} of ${names.join(', ')})`);
  await page.reload();
  await waitForApp(page);
}

function assertNoOtherOrigin(page, allowed) {
  const foreign = page.requests.filter((u) => !allowed(u));
  assert.deepEqual(foreign, [], 'requests to other origins');
}

test('the served page: a whole short audit makes no request to another origin and breaks no policy', async () => {
  const { ctx, page } = await watchedPage(server.url);
  const policy = await policyOf(page);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /https?:|\*|'unsafe-inline'|'unsafe-eval'/, 'no other origin, no inline code, no eval');
  await shortAudit(page);
  const origin = new URL(server.url).origin;
  assertNoOtherOrigin(page, (u) => u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:'));
  assert.ok(page.requests.length > 3, 'the page, its scripts and its wasm were requested');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'policy violations');
  assert.deepEqual(page.errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), []);
  await ctx.close();
});

test('the offline file: the same, from file://, with hashes for its inline scripts', async () => {
  const file = pathToFileURL(path.join(DIST, 'welcome-audit-offline.html')).href;
  const { ctx, page } = await watchedPage(file);
  const policy = await policyOf(page);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /'self'|https?:|\*|'unsafe-inline'|'unsafe-eval'/);
  await shortAudit(page);
  assertNoOtherOrigin(page, (u) => u === file || u.startsWith('data:') || u.startsWith('blob:'));
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'policy violations');
  assert.deepEqual(page.errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), []);
  await ctx.close();
});
