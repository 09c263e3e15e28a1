// Compare: a library system's coordinator opens the plans two branches sent
// back (and, by mistake, a checklist), reads them side by side, and downloads
// the comparison. All by keyboard, found by role and label.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, axe, overlaps, ROOT } from './lib.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');
const EAST = 'Riverside Public Library, Eastside (2024-05-01)';
const WEST = 'Riverside Public Library, Westside (2024-06-01)';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function addFiles(page, files) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Add plan files' }).press('Enter'),
  ]);
  assert.equal(chooser.isMultiple(), true, 'several plans can be chosen at once');
  await chooser.setFiles(files.map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(path.join(FIX, name)) })));
  await page.waitForTimeout(300);
  await settle(page);
}

test('compare branches: plans and audits side by side, a checklist refused, downloads', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  // No audit is needed: a coordinator may never audit a branch herself.
  await press(page, page.getByRole('button', { name: "Compare branches' plans" }));
  await page.getByRole('heading', { level: 1, name: 'Compare branches' }).waitFor();
  await shot(page, 'screen-9-compare-empty');

  // An audit file (Eastside) and a plan file (Westside).
  await addFiles(page, ['audit-mini.json', 'plan-westside.json']);
  await page.getByRole('heading', { level: 2, name: 'Plans opened (2)' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'All checklists' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Mini welcome check' }).waitFor();
  await page.getByText(`${EAST}: 42% · 5 of 5 answered · 1 essential gap · 0 of 4 actions done`).first().waitFor();
  await page.getByText(`${WEST}: 92% · 5 of 5 answered · 0 essential gaps · 1 of 2 actions done`).first().waitFor();

  // A checklist is not a plan: a message, and the comparison is unchanged.
  await addFiles(page, ['checklist-mini.json']);
  await page.locator('#live').getByText('checklist-mini.json is a checklist, not a plan or an audit', { exact: false })
    .waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 2, name: 'Plans opened (2)' }).waitFor();
  await page.getByRole('button', { name: 'Download the comparison (spreadsheet, .csv)' }).focus();
  await settle(page);
  await shot(page, 'screen-9-compare');
  await axe(page, 'compare');
  // 200% text: the lines wrap, nothing overlaps.
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Larger text' }));
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on Compare at 200%');
  await shot(page, 'screen-9-compare-200');
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Smaller text' }));

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the comparison (spreadsheet, .csv)' }).press('Enter'),
  ]);
  assert.equal(csv.suggestedFilename(), 'branches-compared.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a BOM, so spreadsheets read UTF-8');
  assert.match(text, new RegExp(`"${WEST.replace(/[()]/g, '\\$&')}: score"`));
  assert.match(text, /\r\nAll checklists,,42%,/);

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the comparison (text, Markdown .md)' }).press('Enter'),
  ]);
  assert.match(readFileSync(await md.path(), 'utf8'), /^# Branches compared/);

  await press(page, page.getByRole('button', { name: 'Clear the comparison' }));
  assert.equal(await page.getByRole('heading', { name: /^Plans opened/ }).count(), 0);
  await press(page, page.getByRole('button', { name: 'Back to start' }));
  await page.getByRole('button', { name: 'Start a new audit' }).waitFor();
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
