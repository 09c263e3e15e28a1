// Keeping work in the browser (web/storage.js), as field work is really done:
// several audits in one browser, an audit from the old localStorage slot moved
// into IndexedDB, two tabs on one audit, a power cut one second after typing,
// an audit the app stops on, browsers without IndexedDB or any storage, and
// 300 photos through the photo picker. Driven through roles and labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, tmpDir, axe, overlaps, ROOT, TEST_DIST, openPersistent, killBrowser } from './lib.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');
const MINI = readFileSync(path.join(FIX, 'audit-mini.json'), 'utf8');
const SST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));
// A 1x1 PNG: the smallest photo an old audit could hold.
const DOOR = JSON.parse(MINI).responses['mini-welcome']['door-open'].answer;  // the fixture's first answer
const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });
const answers = (page) => page.evaluate(() => window.WelcomeAudit.audit().responses);
// An audit with only some answers of the mini checklist (the rest unanswered).
function miniWith(keep, profile = {}) {
  const a = JSON.parse(MINI);
  for (const id of Object.keys(a.responses['mini-welcome'])) if (!keep.includes(id)) delete a.responses['mini-welcome'][id];
  Object.assign(a.profile, profile);
  return JSON.stringify(a);
}
async function load(page, text) {
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), text), { ok: true, errors: [] });
  await settle(page);
}
async function answer(page, name) {
  await press(page, page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name, exact: true }), 'Space');
}
async function newAudit(page, { library, branch, date }) {
  await press(page, page.getByRole('button', { name: 'Start a new audit', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
  await page.getByLabel('Library system').fill(library);
  await page.getByLabel('Branch').fill(branch);
  await page.getByLabel('Date of the audit').fill(date);
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await press(page, page.getByRole('checkbox', { name: SST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${SST.title}: Item 1 of`) }).waitFor();
}
async function saved(page) {
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  await settle(page);
}

test('several audits in one browser: listed, opened, renamed, copied, deleted and restored, next year\'s, saved to a file', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (0)' }).waitFor();
  const east = 'Maple County Library, Eastside Branch (2026-11-20)';
  await newAudit(page, { library: 'Maple County Library', branch: 'Eastside Branch', date: '2026-11-20' });
  await answer(page, 'Met');
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await answer(page, 'Not met');
  await saved(page);
  await press(page, nav(page, 'Start'));
  await newAudit(page, { library: 'Maple County Library', branch: 'Westside Branch', date: '2026-11-21' });
  await answer(page, 'Partly met');
  await saved(page);
  await press(page, nav(page, 'Start'));

  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (2)' }).waitFor();
  await page.getByRole('heading', { level: 3, name: east, exact: true }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Maple County Library, Westside Branch (2026-11-21) (open now)' }).waitFor();
  const items = SST.sections.flatMap((s) => s.items).length;
  await page.getByText(`${SST.title} · 2 of ${items} answered · 0 photos · changed `).first().waitFor();
  await shot(page, 'screen-1-start-audits');
  await axe(page, 'Start with two audits');

  // Open the first: its answers are there, and it is the open one now.
  await press(page, page.getByRole('button', { name: `Open: ${east}` }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${SST.title}: Item 1 of`) }).waitFor();
  assert.equal(Object.keys((await answers(page))[SST.id]).length, 2);
  await press(page, nav(page, 'Start'));

  // Rename it.
  await press(page, page.getByRole('button', { name: `Rename: ${east}` }));
  await page.getByLabel(`New name for ${east}`).fill('Eastside 2026');
  await settle(page);
  await press(page, page.getByRole('button', { name: `Save the name: ${east}` }));
  await page.getByRole('heading', { level: 3, name: 'Eastside 2026 (open now)' }).waitFor();

  // Duplicate it, delete the copy (asked first), restore it.
  await press(page, page.getByRole('button', { name: 'Duplicate: Eastside 2026' }));
  await page.getByRole('heading', { level: 3, name: 'Eastside 2026 (copy)', exact: true }).waitFor();
  await press(page, page.getByRole('button', { name: 'Delete: Eastside 2026 (copy)' }));
  await page.getByText('Delete Eastside 2026 (copy)? It stays under Recently deleted for 30 days', { exact: false }).first().waitFor();
  await press(page, page.getByRole('button', { name: 'Yes, delete it: Eastside 2026 (copy)' }));
  await page.getByRole('heading', { level: 3, name: 'Recently deleted (1)' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (2)' }).waitFor();
  await shot(page, 'screen-1b-start-deleted');
  // At 200% text the list reflows without overlap, and axe finds nothing.
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Larger text' }));
  assert.deepEqual(await overlaps(page), []);
  await axe(page, 'Start with a deleted audit, 200% text');
  await shot(page, 'text-200-start-audits');
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Smaller text' }));
  await press(page, page.getByRole('button', { name: 'Restore: Eastside 2026 (copy)' }));
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (3)' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: /^Recently deleted/ }).count(), 0);

  // Save one to a file from the list: its answers are in it.
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save to a file: Eastside 2026', exact: true }).press('Enter')]);
  assert.equal(d.suggestedFilename(), 'welcome-audit-eastside-branch-2026-11-20-audit.json');
  const file = JSON.parse(readFileSync(await d.path(), 'utf8'));
  assert.equal(Object.keys(file.responses[SST.id]).length, 2);

  // Next year's audit: same library and checklists, nothing answered; last year's is kept.
  await press(page, page.getByRole('button', { name: 'Start next year\'s audit from this one: Eastside 2026', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
  await page.getByText('Next year\'s audit has started', { exact: false }).first().waitFor();
  const next = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.equal(next.profile.branch, 'Eastside Branch');
  assert.deepEqual(next.checklists.map((c) => c.id), [SST.id]);
  assert.deepEqual(next.responses, {});
  assert.match(next.profile.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.notEqual(next.profile.date, '2026-11-20');
  await saved(page);
  await press(page, nav(page, 'Start'));
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (4)' }).waitFor();

  // All of it is still there after a reload, the new one open.
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (4)' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Eastside 2026', exact: true }).waitFor();
  assert.deepEqual((await page.evaluate(() => window.WelcomeAudit.audit())).responses, {});
  await press(page, nav(page, 'Start'));
  await page.getByRole('heading', { level: 2, name: 'Where your work is kept' }).waitFor();
  await page.getByText('Audits and photos are kept in this browser, on this device', { exact: false }).first().waitFor();
  await page.getByText(/^In use: .+ of the .+ this browser allows\.$/).first().waitFor();
  await page.getByText(/^(The browser has agreed to keep this data|The browser may clear this data on its own)/).first().waitFor();
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('an audit kept by the previous version (localStorage) moves into the store, losing nothing', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  const old = JSON.parse(MINI);
  old.responses['mini-welcome']['door-open'].evidence = [{ kind: 'image', data_url: TINY_PNG }];
  const previous = miniWith(['greeting'], { branch: 'Northside' });
  await page.evaluate(([a, p]) => {
    localStorage.setItem('welcome-audit/audit', a);
    localStorage.setItem('welcome-audit/previous-audit', p);
    localStorage.setItem('welcome-audit/settings', JSON.stringify({ theme: 1, text_scale: 1, screen: 3, item: 'mini-welcome/sign-visible' }));
  }, [JSON.stringify(old), previous]);
  await page.reload();
  await waitForApp(page);
  await page.getByText('Your audit was moved to the browser\'s larger store (2 kept). Nothing was lost.').first().waitFor();
  // The same audit, resumed where it was, in the theme it had.
  const now = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.deepEqual(Object.keys(now.responses['mini-welcome']).sort(), Object.keys(old.responses['mini-welcome']).sort());
  assert.match(now.responses['mini-welcome']['door-open'].evidence[0].data_url, /^wa-photo:/);
  const file = JSON.parse(await page.evaluate(() => window.WelcomeAudit.auditFile()));
  assert.equal(file.responses['mini-welcome']['door-open'].evidence[0].data_url, TINY_PNG);
  await page.getByRole('heading', { level: 2, name: 'Is the entrance sign readable from the street?' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  // The old keys are gone only now that the store holds the copies.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^welcome-audit\/(audit|previous-audit|settings)$/.test(k))), []);
  await press(page, nav(page, 'Start'));
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (2)' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Kept before a new audit replaced it', exact: true }).waitFor();
  // A second start finds nothing more to move.
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByText('was moved to the browser\'s larger store').count(), 0);
  assert.deepEqual(Object.keys((await answers(page))['mini-welcome']).length, 5);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('two tabs: the audit is open in one at a time, handed over after a save, and no answer is lost', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page: a } = await openApp(browser, server.url, { context: ctx });
  await load(a, miniWith([]));
  await answer(a, 'Not met');  // item 1, in tab A, and at once tab B opens the page
  const { page: b } = await openApp(browser, server.url, { context: ctx });
  await b.getByText('is open in another tab or window', { exact: false }).first().waitFor();
  await shot(b, 'two-tabs-busy');
  await axe(b, 'Start, audit open in another tab');
  assert.equal(await b.evaluate(() => window.WelcomeAudit.audit()), null, 'B does not open it behind A\'s back');
  await press(b, b.getByRole('button', { name: 'Open it here instead' }));
  await b.getByRole('heading', { level: 1, name: /Item 1 of 5/ }).waitFor();
  assert.equal((await answers(b))['mini-welcome']['door-open'].answer, 'not-met', 'A saved its answer before letting go');
  await a.getByText('was opened in another tab or window, so it was closed here', { exact: false }).first().waitFor();
  await shot(a, 'two-tabs-taken-over');
  assert.equal(await a.evaluate(() => window.WelcomeAudit.audit()), null);

  // B answers and types a note; A takes it back and finds both.
  await press(b, b.getByRole('button', { name: 'Next', exact: true }));
  await answer(b, 'Met');
  await b.getByLabel('Note (optional)').fill('Sign seen from the car park.');
  await settle(b);
  await press(a, a.getByRole('button', { name: 'Open it here again' }));
  await b.getByText('was opened in another tab or window, so it was closed here', { exact: false }).first().waitFor();
  const back = (await answers(a))['mini-welcome'];
  assert.equal(back['door-open'].answer, 'not-met');
  assert.equal(back['sign-visible'].answer, 'met');
  assert.equal(back['sign-visible'].note, 'Sign seen from the car park.');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await ctx.close();
});

test('a power cut one second after an answer and a note loses neither', async () => {
  const dir = tmpDir();
  let { ctx, page } = await openPersistent(dir, server.url);
  await load(page, miniWith([]));
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await answer(page, 'Partly met');
  await page.getByLabel('Note (optional)').focus();
  await page.keyboard.type('Cracked tile by the ramp.');
  await page.waitForTimeout(1000);
  // SIGKILL to the browser process itself, as when a tablet's battery dies.
  await killBrowser(dir, ctx);
  ({ ctx, page } = await openPersistent(dir, server.url));
  const r = (await answers(page))['mini-welcome']['sign-visible'];
  assert.equal(r.answer, 'partly');
  assert.equal(r.note, 'Cracked tile by the ramp.');
  await ctx.close();
});

test('never stuck: an audit the app stops on is not reopened by itself, and is offered as a file', async () => {
  const testServer = await startServer(TEST_DIST);
  try {
    const { ctx, page } = await openApp(browser, testServer.url);
    await load(page, miniWith(['door-open'], { library: 'CRASH WHILE OPENING' }));
    await saved(page);
    // The test build stops the app while this audit is opened at the next start.
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome Audit could not start' }).waitFor();
    await page.reload();
    await waitForApp(page);
    await page.getByText('Welcome Audit stopped while it was opening CRASH WHILE OPENING, Eastside (2024-05-01) last time',
      { exact: false }).first().waitFor();
    await shot(page, 'never-stuck');
    assert.equal(await page.evaluate(() => window.WelcomeAudit.audit()), null, 'not reopened blindly');
    const [d] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file', exact: true }).press('Enter')]);
    const file = JSON.parse(readFileSync(await d.path(), 'utf8'));
    assert.equal(file.responses['mini-welcome']['door-open'].answer, DOOR);
    await page.getByRole('button', { name: 'Try to open it again' }).waitFor();
    // Other work goes on: a new audit starts and is saved.
    await press(page, page.getByRole('button', { name: 'Start a new audit', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
    await ctx.close();
  } finally {
    testServer.stop();
  }
});

test('without IndexedDB, localStorage stands in and says so; with no storage at all, nothing pretends to be saved', async () => {
  const small = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await small.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  const { page } = await openApp(browser, server.url, { context: small });
  await page.getByText('This browser gives Welcome Audit only a small store', { exact: false }).first().waitFor();
  await load(page, miniWith(['door-open']));
  await saved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal((await answers(page))['mini-welcome']['door-open'].answer, DOOR);
  await small.close();

  const none = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await none.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    Storage.prototype.setItem = () => { throw new DOMException('refused', 'SecurityError'); };
  });
  const { page: p2 } = await openApp(browser, server.url, { context: none });
  await p2.getByText('This browser does not let Welcome Audit keep anything', { exact: false }).first().waitFor();
  await load(p2, miniWith(['door-open']));
  await p2.getByText('Not kept: this browser allows no storage. Save the audit file before you close the page.').first().waitFor();
  assert.equal(await p2.getByText('Saved on this computer', { exact: false }).count(), 0);
  await shot(p2, 'storage-none');
  await none.close();
});

test('300 photos (about 50 MB) through the photo picker are kept, survive a reload and go into the audit file', async () => {
  // 300 different camera-like pictures (noise does not compress), made in the page.
  const dir = tmpDir();
  mkdirSync(dir, { recursive: true });
  const { ctx, page } = await openApp(browser, server.url);
  const files = [];
  for (let i = 0; i < 300; i += 25) {
    const batch = await page.evaluate(async (start) => {
      const out = [];
      const c = document.createElement('canvas');
      c.width = 800; c.height = 600;
      const g = c.getContext('2d');
      const img = g.createImageData(800, 600);
      for (let k = start; k < start + 25; ++k) {
        let x = (k + 1) * 2654435761 >>> 0;
        for (let p = 0; p < img.data.length; p += 4) {
          x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
          img.data[p] = x & 255; img.data[p + 1] = (x >> 8) & 255; img.data[p + 2] = (x >> 16) & 255; img.data[p + 3] = 255;
        }
        g.putImageData(img, 0, 0);
        const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.92));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let s = ''; for (let j = 0; j < bytes.length; j += 8192) s += String.fromCharCode(...bytes.subarray(j, j + 8192));
        out.push(btoa(s));
      }
      return out;
    }, i);
    batch.forEach((b64, k) => {
      const f = path.join(dir, `IMG_${String(i + k).padStart(4, '0')}.jpg`);
      writeFileSync(f, Buffer.from(b64, 'base64'));
      files.push(f);
    });
  }
  await load(page, miniWith([]));
  const started = Date.now();
  // At most 100 pieces of evidence on one item: 100 photos on each of three items.
  for (let item = 0; item < 3; ++item) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Choose photos' }).press('Enter')]);
    assert.equal(chooser.isMultiple(), true, 'several photos can be chosen at once');
    await chooser.setFiles(files.slice(item * 100, item * 100 + 100));
    await page.waitForFunction((n) => {
      const r = Object.values(window.WelcomeAudit.audit().responses['mini-welcome'] || {});
      return r.reduce((s, x) => s + (x.evidence || []).length, 0) >= n;
    }, (item + 1) * 100, { timeout: 300000, polling: 1000 });
    await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  }
  const seconds = (Date.now() - started) / 1000;
  await saved(page);
  await page.reload();
  await waitForApp(page);
  const kept = Object.values((await answers(page))['mini-welcome']).flatMap((r) => r.evidence || []);
  assert.equal(kept.length, 300);
  assert.equal(new Set(kept.map((e) => e.data_url)).size, 300, 'every photo is its own');
  const bytes = kept.reduce((s, e) => s + Number(e.data_url.split(':')[2]), 0);
  assert.ok(bytes > 30e6, `the photos hold ${(bytes / 1e6).toFixed(1)} MB as data: URLs`);
  const size = await page.evaluate(async () => (await window.WelcomeAudit.auditFile()).length);
  assert.ok(size > bytes, `the audit file (${(size / 1e6).toFixed(1)} MB) carries every photo`);
  await press(page, nav(page, 'Start'));
  await page.getByText(`${'Mini welcome check'} · 0 of 5 answered · 300 photos`, { exact: false }).first().waitFor();
  await page.getByText(/^In use: .+ of the .+ this browser allows\.$/).first().waitFor();
  await shot(page, 'storage-300-photos');
  console.log(JSON.stringify({ photos: 300, data_url_mb: +(bytes / 1e6).toFixed(1), file_mb: +(size / 1e6).toFixed(1), seconds_to_add: +seconds.toFixed(1) }));
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
