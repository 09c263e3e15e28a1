// Size budget (issue 12): the first load of the hosted page, every response
// counted, must stay within 400 KB gzip. A size, not a timing: it belongs in
// the tests. What is counted: every response Chromium received while opening
// the page served by serve.py in a fresh context (empty cache), until the
// network is idle after the first frame: index.html, the scripts, the style,
// the wasm and anything fetched at start-up (checklists/index.json), each
// body gzipped at level 9 (what a compressing server sends; serve.py itself
// does not compress). KB here is 1,000 bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, settle, recordResponses } from './lib.mjs';

const BUDGET_GZIP_BYTES = 400_000;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// In English (the browser's language, as on most library PCs) and in Spanish
// (issue 25: the page then fetches lang/es.json with the program; the
// checklists' Spanish titles, lang/es.checklists.json, only when the
// Checklists screen opens).
for (const [language, locale] of [['English', 'en-US'], ['Spanish', 'es-MX']]) test(`the hosted first load in ${language} is at most 400 KB gzip, all responses counted`, async () => {
  let rec;
  const { ctx, page } = await openApp(browser, server.url, { locale, onPage: (p) => { rec = recordResponses(p); } });
  await page.waitForLoadState('networkidle');
  await settle(page);
  const load = await rec.done();
  const list = load.responses.map((r) => `${r.gzip} ${r.url.replace(server.url, '')}`).join(', ');
  assert.equal(load.responses.some((r) => /\/lang\/es\.json$/.test(r.url)), language === 'Spanish',
    'the Spanish catalog is fetched for a Spanish first load only');
  console.log(`first load in ${language}: ${load.requests} responses, ${load.bytes} bytes, ${load.gzip} bytes gzip (${list})`);
  // config.json is optional (docs/hosting.md): without one, its answer is a 404.
  assert.ok(load.responses.every((r) => r.status === 200 || (r.status === 404 && /\/config\.json$/.test(r.url))),
    'every response is 200 OK: ' + list);
  assert.ok(load.gzip <= BUDGET_GZIP_BYTES,
    `the first load is ${load.gzip} bytes gzip, over the budget of ${BUDGET_GZIP_BYTES}: ${list}`);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
