// save_bench: how many bytes each save writes to IndexedDB in a 1,025-item,
// 300-photo audit, when someone answers an item or types a note (issue 26:
// at most 16 KB a change). Prints one JSON object; measures build/web/dist
// as built (or --dist DIR, e.g. a build kept from before a change).
//
//   node bench/save_bench.mjs [--dist DIR] > save.json
//
// Every IndexedDB transaction's puts are counted in the page (bytes of text
// as UTF-8, a Blob's size; big_audit.mjs: recordIdbWrites); a save is a
// transaction that writes the `texts` store. Cases, in one page:
//   first_save      the saves after opening the file (the photos go in once)
//   answer_photos   an answer on item 1, which holds 100 of the photos
//   answer_plain    an answer on item 4 (no photos)
//   note            20 keys typed in item 4's note, one every 150 ms (with
//                   the main-thread ms of each save)
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { startServer, launch, openApp, settle, press, DIST as BUILT, ROOT } from '../tests/browser/lib.mjs';
import { bigAudit, recordIdbWrites } from './big_audit.mjs';

const DIST = process.argv.includes('--dist') ? path.resolve(process.argv[process.argv.indexOf('--dist') + 1]) : BUILT;
const log = (...a) => console.error('[save_bench]', ...a);

const server = await startServer(DIST === BUILT ? null : DIST);
const browser = await launch();
const out = { dist: DIST, load_average: os.loadavg().map((x) => Math.round(x * 100) / 100) };
if (DIST === BUILT) try { out.git = execFileSync('git', ['-C', ROOT, 'log', '-1', '--format=%h'], { encoding: 'utf8' }).trim(); } catch (e) { /* not a clone */ }
try {
  const { ctx, page } = await openApp(browser, server.url, { onPage: (p) => p.addInitScript(recordIdbWrites) });
  const audit = bigAudit(300);
  const text = JSON.stringify(audit);
  out.audit = { items: 1025, photos: 300, file_mb: Math.round(text.length / 1e5) / 10 };
  const loaded = await page.evaluate((t) => window.WelcomeAudit.load(t), text);
  if (!loaded.ok) throw new Error('the audit did not load: ' + loaded.errors.join('; '));
  const quiet = async () => {  // every save asked has been written
    await settle(page);
    await page.waitForTimeout(1500);
    await settle(page);
  };
  await quiet();
  const take = async () => {
    const w = await page.evaluate(() => { const w = window.__writes; window.__writes = []; return w; });
    const saves = w.filter((t) => t.stores.texts !== undefined);
    const bytes = saves.map((t) => t.bytes).sort((a, b) => a - b);
    return {
      saves: saves.length,
      bytes_median: bytes.length ? bytes[Math.floor(bytes.length / 2)] : 0,
      bytes_max: bytes.length ? bytes[bytes.length - 1] : 0,
      bytes_total: bytes.reduce((a, b) => a + b, 0),
      text_bytes_max: Math.max(0, ...saves.map((t) => t.stores.texts)),
      photo_bytes_total: saves.reduce((a, t) => a + (t.stores.photos || 0), 0),
      records_written_max: Math.max(0, ...saves.map((t) => t.puts)),
    };
  };
  out.first_save = await take();
  log('opened', JSON.stringify(out.first_save));
  const answer = async (name) => press(page, page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name, exact: true }), 'Space');
  await answer('Met');
  await quiet();
  out.answer_photos = await take();
  log('answer on item 1', JSON.stringify(out.answer_photos));
  for (let i = 0; i < 3; ++i) await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await quiet();
  await take();  // moving between items saves the settings only
  await answer('Not met');
  await quiet();
  out.answer_plain = await take();
  log('answer on item 4', JSON.stringify(out.answer_plain));
  await page.getByLabel('Note (optional)').focus();
  // Main-thread time of each save while typing: the timer task that asks the
  // app for the text and hands it to the store (the writing itself is the
  // browser's, off this thread).
  await page.evaluate(() => {
    window.__saveMs = [];
    const f = WA_GLUE.saveDue;
    WA_GLUE.saveDue = (...a) => { const t0 = performance.now(); try { return f(...a); } finally { window.__saveMs.push(performance.now() - t0); } };
  });
  for (let i = 0; i < 20; ++i) { await page.keyboard.press('x'); await page.waitForTimeout(150); }
  await quiet();
  out.note = await take();
  const ms = (await page.evaluate(() => window.__saveMs)).filter((x) => x > 0.5).sort((a, b) => a - b);  // under 0.5: nothing to save
  out.note.main_thread_ms_per_save = { median: ms[ms.length >> 1], max: ms[ms.length - 1], saves: ms.length };
  log('note', JSON.stringify(out.note));
  out.console_errors = page.errors;
  await ctx.close();
} finally {
  await browser.close();
  server.stop();
}
out.target_bytes_per_change = 16384;
out.worst = Math.max(out.answer_photos.bytes_max, out.answer_plain.bytes_max, out.note.bytes_max);
console.log(JSON.stringify(out));
