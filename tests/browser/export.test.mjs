// Save and export, storage trouble, host checklists and idle rendering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startServer, launch, openApp, shot, settle, tmpDir, waitForApp, ROOT, DIST } from './lib.mjs';

const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });

async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).press('Enter')]);
  return { name: d.suggestedFilename(), body: readFileSync(await d.path()) };
}

test('every export downloads, and the summary reaches the clipboard', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The note carries markup that every export must escape.
  const audit = JSON.parse(MINI);
  audit.responses['mini-welcome']['door-open'].note = '<script>alert(1)</script> "quoted", =SUM(A1)';
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit))).ok, true);
  await nav(page, 'Save and export').press('Enter');
  await settle(page);

  const saved = await download(page, 'Save the audit file (.json)');
  assert.match(saved.name, /-audit\.json$/);
  assert.deepEqual(JSON.parse(saved.body.toString('utf8')), await page.evaluate(() => window.WelcomeAudit.audit()));

  const csv = await download(page, 'Plan as a spreadsheet (.csv)');
  assert.match(csv.name, /-plan\.csv$/);
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xEF, 0xBB, 0xBF], 'CSV starts with a UTF-8 BOM for spreadsheets');

  const html = await download(page, 'Printable report (.html)');
  const report = html.body.toString('utf8');
  assert.match(report, /<html lang="en"/);
  assert.ok(!report.includes('<script>alert(1)</script>'), 'user text is escaped in the report');

  const md = await download(page, 'Plan as text (Markdown, .md)');
  assert.match(md.body.toString('utf8'), /^# /m);

  await page.getByRole('button', { name: 'Copy a summary' }).press('Enter');
  await settle(page);
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /Riverside Public Library/);

  // Every export says which versions made it: the app's and each checklist's.
  const made = 'Welcome Audit ' + (await page.evaluate(() => window.WelcomeAudit.version));
  const listVersion = audit.checklists[0].version;
  for (const [what, text] of [['csv', csv.body.toString('utf8')], ['html', report], ['md', md.body.toString('utf8')], ['summary', clip]]) {
    assert.ok(text.includes(made), `${what} names ${made}`);
    assert.ok(text.includes(listVersion), `${what} names the checklist's version ${listVersion}`);
  }

  // The printable report itself: open it and look at it.
  const rp = await ctx.newPage();
  await rp.setContent(report);
  await rp.screenshot({ path: path.join(ROOT, 'build/screenshots/report-html.png'), fullPage: true });
  await rp.close();
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('Ctrl+S saves the audit file from any screen; with no audit it says so', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  // Nothing open yet: no download, a message in the live region.
  let downloads = 0;
  page.on('download', () => { downloads++; });
  await page.getByRole('button', { name: 'Start a new audit' }).focus();
  await page.keyboard.press('Control+s');
  await page.locator('#live').getByText('There is no audit to save yet', { exact: false }).waitFor({ state: 'attached' });
  assert.equal(downloads, 0);

  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), MINI)).ok, true);
  await settle(page);
  // On the Audit screen, with the focus in the note: the browser's own "save page" must not open.
  await page.getByLabel('Note (optional)').focus();
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.match(d.suggestedFilename(), /-audit\.json$/);
  assert.deepEqual(JSON.parse(readFileSync(await d.path(), 'utf8')), await page.evaluate(() => window.WelcomeAudit.audit()));
  await page.locator('#live').getByText(`Downloaded ${d.suggestedFilename()}`, { exact: false }).waitFor({ state: 'attached' });
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('typing is saved at most four times a second, and a reload right after typing loses nothing', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), MINI)).ok, true);
  await settle(page);
  const saves = await page.evaluate(() => {
    window.saveCount = 0;
    const real = WA_STORE.save;
    WA_STORE.save = (...args) => { window.saveCount++; return real(...args); };
    return window.saveCount;
  });
  const note = page.getByLabel('Note (optional)');
  await note.focus();
  const started = Date.now();
  await page.keyboard.type('The door needs 9 kg of force; the closer is set too hard.', { delay: 20 });
  const seconds = (Date.now() - started) / 1000;
  const count = await page.evaluate(() => window.saveCount);
  assert.ok(count >= saves && count <= Math.ceil(seconds * 4) + 1, `${count} saves while typing for ${seconds.toFixed(1)} s`);
  // Reload at once: the last keys were not saved yet; leaving the page saves them.
  await page.reload();
  await waitForApp(page);
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.equal(audit.responses['mini-welcome']['door-open'].note,
    'Door is heavy: 9 kg of force.The door needs 9 kg of force; the closer is set too hard.');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('when browser storage is full, a visible warning offers the download', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  await ctx.addInitScript(() => {
    // A full disk: every write to the store or to localStorage is refused.
    const full = () => { throw new DOMException('full', 'QuotaExceededError'); };
    Storage.prototype.setItem = full;
    IDBObjectStore.prototype.put = full;
  });
  const { page } = await openApp(browser, server.url, { context: ctx });
  await page.getByRole('button', { name: 'Start a new audit' }).press('Enter');
  await settle(page);
  await page.getByText('Not saved: this browser\'s storage is full or turned off.', { exact: false }).first().waitFor();
  await shot(page, 'storage-full-warning');
  const d = await download(page, 'Download the audit file');
  assert.match(d.name, /-audit\.json$/);
  await ctx.close();
});

test('a host adds its own checklist beside the page', async () => {
  const dir = tmpDir();
  cpSync(DIST, dir, { recursive: true });
  const extra = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/checklist-mini.json'), 'utf8'));
  extra.id = 'consortium-extra';
  extra.title = 'Consortium extra checklist';
  writeFileSync(path.join(dir, 'checklists/consortium-extra.json'), JSON.stringify(extra));
  const index = JSON.parse(readFileSync(path.join(dir, 'checklists/index.json'), 'utf8'));
  index.checklists.push('consortium-extra.json');
  writeFileSync(path.join(dir, 'checklists/index.json'), JSON.stringify(index));
  const proc = spawn('python3', [path.join(ROOT, 'serve.py'), '--no-build', '--port', '0', '--dir', dir],
    { env: { ...process.env, WA_SERVE_QUIET: '1' } });
  const url = await new Promise((resolve) => proc.stdout.on('data', (d) => {
    const m = String(d).match(/running at (http:\S+)/);
    if (m) resolve(m[1]);
  }));
  try {
    const { ctx, page } = await openApp(browser, url);
    await page.getByRole('button', { name: 'Start a new audit' }).press('Enter');
    await settle(page);
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await settle(page);
    await page.getByRole('checkbox', { name: 'Consortium extra checklist' }).waitFor();
    await shot(page, 'host-checklist');
    await ctx.close();
  } finally {
    proc.kill();
  }
});

test('idle: no frame is drawn while nothing happens', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  const before = await settle(page);
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.WelcomeAudit.frames()), before);
  await page.mouse.move(300, 300);
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => window.WelcomeAudit.frames()) > before, 'input wakes the app');
  await ctx.close();
});

test('the plan filters by quick wins, status and checklist', async () => {
  const audit = JSON.parse(MINI);
  const second = JSON.parse(JSON.stringify(audit.checklists[0]));
  second.id = 'second-list';
  second.title = 'Second list';
  audit.checklists.push(second);
  audit.responses['second-list'] = { 'door-open': { answer: 'not-met', answered_at: '2024-05-01T10:00:00Z' } };
  const { ctx, page } = await openApp(browser, server.url);
  const r = await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit));
  assert.deepEqual(r, { ok: true, errors: [] });
  await nav(page, 'Plan').press('Enter');
  await settle(page);
  const count = async () => (await page.locator('#mirror').getByText(/^Showing \d+ of \d+ actions$/).innerText()).match(/\d+/g).map(Number);
  const [all, total] = await count();
  assert.equal(all, total);
  const group = page.getByRole('radiogroup', { name: 'Checklist' });
  await group.getByRole('radio', { name: 'Second list' }).press('Space');
  await settle(page);
  const [second_only] = await count();
  assert.ok(second_only > 0 && second_only < total, `${second_only} of ${total}`);
  await page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: 'Done' }).press('Space');
  await settle(page);
  assert.equal((await count())[0], 0);
  await shot(page, 'plan-filtered');
  await ctx.close();
});
