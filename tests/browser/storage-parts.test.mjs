// Saves that write only what changed (web/storage.js, issue 26): the audit's
// text is kept as parts (head, each checklist, each answered item, ...), a
// change writes its item's part and the head, an audit kept whole by an older
// version still opens (and is written in parts from its next save), and a
// browser killed while a save is being written keeps the last saved revision.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, settle, waitForApp, tmpDir, ROOT, openPersistent, killBrowser } from './lib.mjs';
import { bigAudit, recordIdbWrites } from '../../bench/big_audit.mjs';

const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const answers = (page) => page.evaluate(() => window.WelcomeAudit.audit().responses);
async function answer(page, name) {
  await press(page, page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name, exact: true }), 'Space');
}
async function saved(page) {
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  await settle(page);
  await page.waitForTimeout(300);
}
// The records of the store, read in the page: {index, texts: {key: text}}.
const storeRecords = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('welcome-audit');
  req.onsuccess = () => {
    const tx = req.result.transaction(['index', 'texts'], 'readonly');
    const out = { index: [], texts: {} };
    tx.objectStore('index').getAll().onsuccess = (e) => { out.index = e.target.result; };
    const c = tx.objectStore('texts').openCursor();
    c.onsuccess = () => { if (c.result) { out.texts[c.result.key] = c.result.value; c.result.continue(); } };
    tx.oncomplete = () => { req.result.close(); resolve(out); };
    tx.onerror = () => reject(tx.error);
  };
  req.onerror = () => reject(req.error);
}));
const takeWrites = (page) => page.evaluate(() => { const w = window.__writes.filter((t) => t.stores.texts !== undefined); window.__writes = []; return w; });

test('an answer or a note writes only its item\'s part and the head, a few KB of a 1,025-item audit', async () => {
  const { ctx, page } = await openApp(browser, server.url, { onPage: (p) => p.addInitScript(recordIdbWrites) });
  const text = JSON.stringify(bigAudit(3));  // 1,025 items, three photos on item 1
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), text), { ok: true, errors: [] });
  await saved(page);
  await page.waitForTimeout(1000);
  const first = await takeWrites(page);
  assert.ok(first.length >= 1 && first.some((w) => w.bytes > 1e6), 'the first save writes the whole audit');
  const id = (await storeRecords(page)).index[0].id;

  await answer(page, 'Met');
  await saved(page);
  await page.waitForTimeout(600);
  let writes = await takeWrites(page);
  assert.ok(writes.length >= 1);
  for (const w of writes) assert.ok(w.bytes < 16384, `a save after an answer wrote ${w.bytes} bytes`);

  await page.getByLabel('Note (optional)').focus();
  await page.keyboard.type('Ramp ok: \u00e9 \u2713 \u{1F44D}.', { delay: 60 });  // not ASCII: parts are cut in bytes, decoded apart
  await settle(page);
  await page.waitForTimeout(1200);
  writes = await takeWrites(page);
  assert.ok(writes.length >= 1);
  for (const w of writes) assert.ok(w.bytes < 16384, `a save after a key wrote ${w.bytes} bytes`);

  // The store holds the audit as parts; joined in key order they are the audit.
  const rec = await storeRecords(page);
  assert.equal(rec.texts[id], 'wa-parts:1');
  const keys = Object.keys(rec.texts).filter((k) => k.startsWith(id + '/')).sort();
  assert.ok(keys.includes(`${id}/1/0024`) && keys.includes(`${id}/2/pa-copy-0/${bigAudit(0).checklists[0].sections[0].items[0].id}`));
  const stored = JSON.parse(keys.map((k) => rec.texts[k]).join(''));
  const item = bigAudit(0).checklists[0].sections[0].items[0].id;
  assert.equal(stored.responses['pa-copy-0'][item].answer, 'met');
  assert.equal(stored.responses['pa-copy-0'][item].note, 'Ramp ok: \u00e9 \u2713 \u{1F44D}.');
  assert.equal(stored.checklists.length, 25);

  // Reloaded, the app opens the joined audit.
  await page.reload();
  await waitForApp(page);
  assert.equal((await answers(page))['pa-copy-0'][item].note, 'Ramp ok: \u00e9 \u2713 \u{1F44D}.');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('an audit kept whole by an older version opens, and its next save keeps it in parts', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  // What version 0.2 wrote: the index record (no token) and the whole text.
  const a = JSON.parse(MINI);
  a.responses['mini-welcome']['door-open'].note = 'Kept whole.';
  await page.evaluate((t) => new Promise((resolve, reject) => {
    const req = indexedDB.open('welcome-audit');
    req.onsuccess = () => {
      const tx = req.result.transaction(['index', 'texts', 'settings'], 'readwrite');
      const now = Date.now();
      tx.objectStore('index').put({ id: '00000000000000aa', name: '', library: 'Old Library', branch: '', date: '2024-05-01',
        checklists: ['Mini'], answered: 5, total: 5, photos: 0, rev: 7, created: now, updated: now, deleted: null }, '00000000000000aa');
      tx.objectStore('texts').put(t, '00000000000000aa');
      tx.objectStore('settings').put({ current: '00000000000000aa', screen: 3 }, 'settings');  // on the Audit screen
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), JSON.stringify(a));
  await page.reload();
  await waitForApp(page);
  assert.equal((await answers(page))['mini-welcome']['door-open'].note, 'Kept whole.');
  await answer(page, 'Met');
  await saved(page);
  const rec = await storeRecords(page);
  assert.equal(rec.texts['00000000000000aa'], 'wa-parts:1');
  assert.equal(rec.index.find((r) => r.id === '00000000000000aa').rev, 8);
  await page.reload();
  await waitForApp(page);
  const back = (await answers(page))['mini-welcome']['door-open'];
  assert.equal(back.note, 'Kept whole.');
  assert.equal(back.answer, 'met');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('the browser killed while a save is being written keeps the last saved revision, whole', async () => {
  const dir = tmpDir();
  let { ctx, page } = await openPersistent(dir, server.url);
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(bigAudit(0, 5))), { ok: true, errors: [] });
  await settle(page);
  await answer(page, 'Partly met');
  await saved(page);
  await page.waitForTimeout(800);
  // The next save: the browser dies the moment its transaction starts writing.
  const started = page.waitForEvent('console', { predicate: (m) => m.text() === 'save under way', timeout: 20000 });
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (this.name === 'texts') { console.log('save under way'); IDBObjectStore.prototype.put = put; }
      return put.call(this, value, key);
    };
  });
  await page.getByLabel('Note (optional)').focus();
  await page.keyboard.type('Lost or whole');
  await started;
  await killBrowser(dir, ctx);
  ({ ctx, page } = await openPersistent(dir, server.url));
  const item = bigAudit(0).checklists[0].sections[0].items[0].id;
  const r = (await answers(page))['pa-copy-0'][item];
  assert.equal(r.answer, 'partly', 'the answer saved before the kill is there');
  assert.ok(!r.note || 'Lost or whole'.startsWith(r.note), `the note is a state that was saved: ${JSON.stringify(r.note)}`);
  await ctx.close();
});
