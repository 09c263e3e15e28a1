// Results people look at (issue 15, points 2 and 3), by keyboard and through
// the accessibility tree only:
// - progress since the last audit: this year's audit beside last year's, taken
//   from the audits kept in the browser and from a file, kept over a reload;
// - branches at a glance: 12 branches in a grid, ordered by score, and the
//   grid downloaded as CSV and as a printable page.
// Screenshots in light, dark and high contrast and at 200% text go to build/screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, axe, overlaps, waitForApp, ROOT } from './lib.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');
const LAST_YEAR = readFileSync(path.join(FIX, 'audit-mini.json'), 'utf8');

// This year's audit: the door fixed, the greeting now met, the sign now not met.
function thisYear() {
  const a = JSON.parse(LAST_YEAR);
  a.profile.date = '2025-05-01';
  a.responses['mini-welcome'] = {
    'door-open': { answer: 'met' },
    'sign-visible': { answer: 'not-met' },
    greeting: { answer: 'met' },
  };
  a.actions = {};
  return JSON.stringify(a);
}

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function setTheme(page, name) {
  await page.getByRole('radio', { name }).focus();
  await page.keyboard.press('Space');
  await settle(page);
}

async function textSize(page, button, times) {
  for (let i = 0; i < times; ++i) await press(page, page.getByRole('button', { name: button }));
}

test('progress since the last audit: from the browser, from a file, kept over a reload', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  // Last year's audit is kept in this browser; this year's is open.
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), LAST_YEAR)).ok, true);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), thisYear())).ok, true);
  await settle(page);

  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' }));
  await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
  await press(page, page.getByRole('button', { name: 'Progress since the last audit' }));
  await page.getByRole('heading', { level: 1, name: 'Progress since the last audit' }).waitFor();
  await page.getByText('There is no earlier audit to compare with yet.', { exact: false }).waitFor();
  await axe(page, 'progress, nothing to compare');

  // From the audits kept in the browser.
  await page.getByRole('heading', { level: 2, name: 'Audits kept in this browser' }).waitFor();
  await press(page, page.getByRole('button', { name: /^Compare with .*2024-05-01/ }));
  await page.getByRole('heading', { level: 2, name: 'What changed' }).waitFor();
  await page.getByText('Compared with the audit of Riverside Public Library, Eastside (2024-05-01).').waitFor();
  await page.getByText('2 items better, 1 worse, 0 the same, 0 answered for the first time.').waitFor();
  const table = page.getByRole('table', { name: 'Mini welcome check: sections, last time and now' });
  await table.waitFor({ state: 'attached' });  // the table has no box of its own: its cells do
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Section', 'Score', 'Items']);
  const rows = await table.getByRole('row').count();
  assert.equal(rows, 4, 'a header row, the checklist, two sections');
  await table.getByRole('rowheader', { name: 'Mini welcome check' }).waitFor();
  await table.getByRole('cell', { name: /^2 better, 0 the same, 1 worse/ }).first().waitFor();
  await page.getByText('Better: Can the main door be opened without help? (Not met then, Met now)', { exact: false }).first().waitFor();
  await page.getByRole('heading', { level: 2, name: 'Plan actions done' }).waitFor();
  await shot(page, 'progress-light');
  await axe(page, 'progress');
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on Progress');
  for (const theme of ['Dark', 'High contrast']) {
    await setTheme(page, theme);
    await shot(page, 'progress-' + theme.toLowerCase().replace(' ', '-'));
    await axe(page, 'progress in ' + theme);
  }
  await setTheme(page, 'Light');
  await textSize(page, 'Larger text', 4);
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on Progress at 200%');
  await page.getByRole('heading', { level: 2, name: 'Mini welcome check' }).focus();  // the table in view
  await settle(page);
  await shot(page, 'progress-200');
  await textSize(page, 'Smaller text', 4);

  // The comparison is part of the audit: it survives a reload.
  await page.waitForTimeout(1500);
  await page.reload();
  await waitForApp(page);
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' }));
  await press(page, page.getByRole('button', { name: 'Progress since the last audit' }));
  await page.getByText('Compared with the audit of Riverside Public Library, Eastside (2024-05-01).').waitFor();
  const saved = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.equal(saved.previous.source, 'audit');
  assert.equal(saved.previous.answers['mini-welcome']['door-open'], 'not-met');

  // Stop comparing, then open last year's file instead.
  await press(page, page.getByRole('button', { name: 'Stop comparing with the last audit' }));
  await page.getByText('There is no earlier audit to compare with yet.', { exact: false }).waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: "Open last year's audit or plan file" }).press('Enter'),
  ]);
  await chooser.setFiles([{ name: 'last-year.audit.json', mimeType: 'application/json', buffer: Buffer.from(LAST_YEAR) }]);
  await page.waitForTimeout(300);
  await settle(page);
  await page.locator('#live').getByText('This audit is now compared with last-year.audit.json.').waitFor({ state: 'attached' });
  await page.getByRole('table', { name: 'Mini welcome check: sections, last time and now' }).waitFor({ state: 'attached' });

  // A checklist is neither: said in words, and the comparison stays.
  const [chooser2] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: "Open last year's audit or plan file" }).press('Enter'),
  ]);
  await chooser2.setFiles([path.join(FIX, 'checklist-mini.json')]);
  await page.waitForTimeout(300);
  await settle(page);
  await page.getByText('checklist-mini.json is a checklist, not an audit or a plan.', { exact: false }).first().waitFor();
  await page.getByRole('heading', { level: 2, name: 'What changed' }).waitFor();

  // The printable report carries the short list.
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Save and export' }));
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Printable report (.html)' }).press('Enter'),
  ]);
  const html = readFileSync(await report.path(), 'utf8');
  assert.match(html, /<h2 id="since-last">Since the last audit<\/h2>/);
  assert.ok(html.includes('<li>Compared with the audit of Riverside Public Library, Eastside (2024-05-01).</li>'), 'the list names last year');
  assert.ok(html.includes('<li>Better: Can the main door be opened without help? (Not met then, Met now).</li>'));
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

// 12 branches from the mini audit, names in many scripts, scores all different.
const NAMES = ['Eastside', 'Westside, "the old one"', '=SUM(A1:A9)', 'Bibliothèque du Plateau', 'مكتبة الحي',
  '中央图书馆', 'पुस्तकालय शाखा', 'Библиотека №5', 'Βιβλιοθήκη', 'ห้องสมุด', 'Northgate; Mobile', '@branch -12 +1'];
function branchFiles() {
  const answers = ['met', 'partly', 'not-met'];
  return NAMES.map((name, b) => {
    const a = JSON.parse(LAST_YEAR);
    a.profile.branch = name;
    const items = ['door-open', 'sign-visible', 'greeting', 'quiet-room', 'visual-schedule'];
    a.responses['mini-welcome'] = {};
    items.forEach((id, i) => { a.responses['mini-welcome'][id] = { answer: answers[(b + i * (b % 4 + 1)) % 3] }; });
    return { name: `branch-${b}.audit.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(a)) };
  });
}

test('branches at a glance: 12 branches, ordered by score, downloaded as CSV and as a page', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: "Compare branches' plans" }));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Add plan files' }).press('Enter'),
  ]);
  await chooser.setFiles(branchFiles());
  await page.waitForTimeout(500);
  await settle(page);
  await page.getByRole('heading', { level: 2, name: 'Plans opened (12)' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Branches at a glance' }).waitFor();
  const grid = page.getByRole('table', { name: /^Branches at a glance, in the order the plans were opened; branches 1 to \d+ of 12\. Every branch is part of Riverside Public Library\.$/ });
  await grid.waitFor({ state: 'attached' });
  const heads = await grid.getByRole('columnheader').allTextContents();
  assert.equal(heads[0], 'Checklist');
  assert.ok(heads.length >= 3, 'several branches side by side at 1280 px: ' + heads.length);
  assert.equal(heads[1], 'Eastside (2024-05-01)');
  const cells = await grid.getByRole('cell').allTextContents();
  assert.ok(cells.every((c) => /^(\d+% (Good|Fair|Low)|No score yet|Not audited)/.test(c)), cells.join(' | '));

  // Ordered by score, highest first: the table's name says so, and the first column has the best score.
  await page.getByRole('radio', { name: 'By score, highest first' }).focus();
  await page.keyboard.press('Space');
  await settle(page);
  const sorted = page.getByRole('table', { name: /by overall score, highest first/ });
  await sorted.waitFor({ state: 'attached' });
  const overall = await sorted.getByRole('row').nth(1).getByRole('cell').allTextContents();
  const pct = overall.map((c) => parseInt(c, 10));
  for (let i = 1; i < pct.length; ++i) assert.ok(pct[i - 1] >= pct[i], 'highest first: ' + overall.join(' | '));
  await page.locator('#live').getByText('Branches ordered by overall score, highest first.').waitFor({ state: 'attached' });

  // The other branches are a page turn away, by keyboard.
  await press(page, page.getByRole('button', { name: 'Next branches' }));
  await page.getByRole('table', { name: /highest first; branches \d+ to \d+ of 12\./ }).waitFor({ state: 'attached' });
  await shot(page, 'grid-light');
  // Branch names in scripts the app's font lacks are drawn by the page, wrapped in their column as the canvas wraps the rest.
  const drawnByPage = await page.evaluate(() => [...document.querySelectorAll('#mirror .m.mv[role="columnheader"]')]
    .map((el) => ({ name: el.textContent, fits: el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 2 })));
  assert.ok(drawnByPage.length > 0, 'some branch names are drawn by the page');
  for (const h of drawnByPage) assert.ok(h.fits, `the whole of "${h.name}" shows in its column`);
  await axe(page, 'branches at a glance');
  for (const theme of ['Dark', 'High contrast']) {
    await setTheme(page, theme);
    await shot(page, 'grid-' + theme.toLowerCase().replace(' ', '-'));
    await axe(page, 'grid in ' + theme);
  }
  await setTheme(page, 'Light');
  await page.getByRole('checkbox', { name: 'Show sections' }).focus();
  await page.keyboard.press('Space');
  await settle(page);
  await page.getByRole('rowheader', { name: 'Entrance' }).waitFor();
  await textSize(page, 'Larger text', 4);
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Download the grid (spreadsheet, CSV)' }).focus();  // the grid above it, in view
  await settle(page);
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on the grid at 200%');
  await shot(page, 'grid-200');
  await textSize(page, 'Smaller text', 4);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the grid (spreadsheet, CSV)' }).press('Enter'),
  ]);
  assert.equal(csv.suggestedFilename(), 'branches-at-a-glance.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'));
  const header = text.slice(1).split('\r\n')[0];
  for (const name of NAMES) {
    const shown = `Riverside Public Library, ${name} (2024-05-01): score`;
    const quoted = '"' + shown.replace(/"/g, '""') + '"';
    assert.ok(header.includes(quoted) || header.includes(shown), 'branch in the CSV header: ' + name);
  }
  assert.ok(!/(^|,)[=+\-@]/.test(text), 'no cell starts a formula');
  assert.match(text, /\r\nAll checklists,,\d+%,(Good|Fair|Low),\d+,/);
  assert.equal(text.trim().split('\r\n').length, 1 + 1 + 1 + 2, 'header, all, the checklist, its two sections');

  const [page2] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the grid as a printable page (HTML)' }).press('Enter'),
  ]);
  const html = readFileSync(await page2.path(), 'utf8');
  assert.match(html, /<caption>Scores by checklist \(rows\) and branch \(columns\), branches by overall score, highest first<\/caption>/);
  assert.ok(html.includes('Westside, &quot;the old one&quot;'));
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
