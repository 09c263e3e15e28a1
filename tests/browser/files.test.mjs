// Opening files through the browser's file picker, as a person does: a valid
// audit opens; every malformed file shows a plain-words message naming the file
// and the problem, and leaves the audit that was open exactly as it was; a
// second audit asks whether to open it as its own audit or merge, and never overwrites anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, shot, settle, ROOT } from './lib.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Presses "Open a file" with the keyboard and picks `name` with `buffer` in the dialog.
async function openFile(page, name, buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a file' }).press('Enter'),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer });
  await page.waitForTimeout(200);
  await settle(page);
}

const deep = '['.repeat(200) + ']'.repeat(200);
const CASES = [
  ['empty.json', readFileSync(path.join(FIX, 'empty.json')), 'the file is empty'],
  ['invalid-utf8.json', readFileSync(path.join(FIX, 'invalid-utf8.json')), 'not valid UTF-8'],
  ['spreadsheet.json', readFileSync(path.join(FIX, 'not-json.csv.json')), 'not valid JSON'],
  ['truncated-audit.json', readFileSync(path.join(FIX, 'truncated-audit.json')), 'ends before the JSON is complete'],
  ['audit-newer.json', readFileSync(path.join(FIX, 'audit-newer.json')), 'newer version of Welcome Audit'],
  ['deep.json', Buffer.from(deep), 'nested'],
  ['notes.json', Buffer.from('{"hello": "world"}'), 'not a Welcome Audit file'],
  ['wrong-type.json', Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(path.join(FIX, 'audit-mini.json'), 'utf8')), profile: 'Eastside' })), '/profile'],
];

test('a malformed file leaves the open audit untouched and says what is wrong', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await openFile(page, 'audit-mini.json', readFileSync(path.join(FIX, 'audit-mini.json')));
  await page.getByText('Opened audit-mini.json.').first().waitFor();
  const before = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.equal(before.profile.library, 'Riverside Public Library');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Start' }).press('Enter');
  await settle(page);

  for (const [name, buffer, problem] of CASES) {
    await openFile(page, name, buffer);
    await page.locator('#mirror').getByText(`${name} could not be opened. Nothing was changed.`).waitFor();
    const text = await page.locator('#mirror').innerText();
    assert.ok(text.includes(problem), `${name}: the message names the problem "${problem}"; shown:\n${text}`);
    assert.deepEqual(await page.evaluate(() => window.WelcomeAudit.audit()), before, `${name} changed nothing`);
    if (name === 'invalid-utf8.json') await shot(page, 'screen-8-open-error');
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('opening a second audit asks: its own audit, merge or cancel', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  const mini = readFileSync(path.join(FIX, 'audit-mini.json'));
  await openFile(page, 'audit-mini.json', mini);
  const before = await page.evaluate(() => window.WelcomeAudit.audit());
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Save and export' }).press('Enter');
  await settle(page);

  await openFile(page, 'other-branch.json', mini);
  await page.getByRole('button', { name: 'Open it as its own audit' }).waitFor();
  await shot(page, 'screen-9-own-or-merge');
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.WelcomeAudit.audit()), before, 'cancel changes nothing');

  await openFile(page, 'other-branch.json', mini);
  await page.getByRole('button', { name: 'Merge the file into my audit' }).press('Enter');
  await settle(page);
  const merged = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.deepEqual(merged.responses, before.responses, 'merging the same answers keeps them');

  // Its own audit: the one open until now stays in the list of audits kept here.
  await openFile(page, 'other-branch.json', mini);
  await page.getByRole('button', { name: 'Open it as its own audit' }).press('Enter');
  await settle(page);
  assert.deepEqual((await page.evaluate(() => window.WelcomeAudit.audit())).responses, before.responses);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Start' }).press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Your audits in this browser (2)' }).waitFor();
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('the page API refuses bad input and keeps the audit', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  const ok = await page.evaluate((t) => window.WelcomeAudit.load(t), readFileSync(path.join(FIX, 'audit-mini.json'), 'utf8'));
  assert.deepEqual(ok, { ok: true, errors: [] });
  // The audit as the app holds it, but for the time of its last save (a save
  // may land at any moment after the load: it records the time, nothing else).
  const current = () => page.evaluate(() => { const a = window.WelcomeAudit.audit(); delete a.updated_at; return a; });
  const before = await current();
  const bad = await page.evaluate(() => window.WelcomeAudit.load('{"format": "welcome-audit/audit", "format_version": 1}'));
  assert.equal(bad.ok, false);
  assert.ok(bad.errors.length > 0 && bad.errors.every((e) => typeof e === 'string' && e.length > 10));
  assert.deepEqual(await current(), before);
  await ctx.close();
});
