// The summary at a glance (issue 15): on the Review screen, reached and read
// by keyboard alone, its chart a table in the accessibility tree with the
// plan file's numbers; and the printable report a director reads in two
// minutes, printed to PDF from the offline file: the summary alone on page 1,
// the plan by owner next, nothing cut. Screenshots in every theme and at 200%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, openApp, settle, axe, shot, overlaps, tmpDir, ROOT, DIST, SHOTS } from './lib.mjs';

const CAPTION = 'Scores: each bar runs from 0 to 100%, with a mark at every quarter';
const LISTS = ['welcome-behaviors', 'physical-access', 'sensory-storytime'];
const OWNERS = ['Branch manager', 'Facilities lead', "Children's librarian"];

// A realistic audit: three shipped checklists, every kind of answer (some
// items left open), owners and due dates on some actions, one action done.
function realisticAudit() {
  const answers = ['met', 'met', 'partly', 'not-met', 'met', 'not-applicable', 'not-sure', 'met', 'partly'];
  const audit = {
    format: 'welcome-audit/audit', format_version: 1, created_at: '2026-11-02T09:00:00Z', updated_at: '2026-11-20T16:00:00Z',
    profile: { library: 'Riverside Public Library', branch: 'Eastside', date: '2026-11-20', auditor_roles: ['Branch manager', 'Volunteer'] },
    checklists: [], responses: {}, actions: {},
  };
  let k = 0, owned = 0;
  for (const id of LISTS) {
    const c = JSON.parse(readFileSync(path.join(ROOT, 'checklists', id + '.json'), 'utf8'));
    audit.checklists.push(c);
    audit.responses[id] = {};
    for (const s of c.sections) for (const it of s.items) {
      if (++k % 11 === 0) continue;  // not answered yet
      const answer = answers[k % answers.length];
      audit.responses[id][it.id] = { answer, answered_at: '2026-11-20T10:00:00Z' };
      if ((answer === 'not-met' || answer === 'partly') && owned < 12) {
        const a = it.actions[0];
        audit.actions[id] ??= {};
        audit.actions[id][it.id] = { [a.id]: {
          owner: OWNERS[owned % 3], due: `2027-0${1 + (owned % 6)}-15`, status: owned === 5 ? 'done' : 'todo', cost_estimate: '', notes: '' } };
        ++owned;
      }
    }
  }
  return audit;
}
const AUDIT = JSON.stringify(realisticAudit());

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const focusedId = (page) => page.evaluate(() => document.activeElement?.dataset?.wa || document.activeElement?.tagName || '');

// Tab (or Shift+Tab) until the focused mirror element has this id; every stop on the way is returned.
async function tabTo(page, id, { max = 120, key = 'Tab' } = {}) {
  const stops = [];
  for (let i = 0; i < max; ++i) {
    await page.keyboard.press(key);
    const now = await focusedId(page);
    stops.push(now);
    if (now === id) return stops;
  }
  assert.fail(`Tab never reached ${id}: ${stops.join(', ')}`);
}

async function downloadByKeyboard(page, id) {
  await tabTo(page, id);
  const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('Review by keyboard only: the summary at a glance, its chart a table with the plan file\'s figures, axe clean in every theme', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), AUDIT)).ok, true);
  await settle(page);
  await page.evaluate(() => document.activeElement.blur());
  await tabTo(page, 'step-4');  // Steps: Start, Library, Checklists, Audit, Review
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Review');
  await page.keyboard.press('Enter');
  await settle(page);
  await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Summary at a glance' }).waitFor();

  // The chart is a table in the accessibility tree: caption, column headers, a row header per bar.
  const table = page.getByRole('table', { name: CAPTION });
  await table.waitFor({ state: 'attached' });
  const tree = await table.ariaSnapshot();
  for (const col of ['Checklist', 'Score', 'Answered', 'Essential gaps']) assert.match(tree, new RegExp(`columnheader "${col}"`));
  assert.match(tree, /rowheader "All checklists"/);
  // Every row as read cell by cell, the header row left out.
  const rows = (await table.evaluate((t) => [...t.querySelectorAll('[role="row"]')]
    .map((r) => [...r.querySelectorAll('[role="rowheader"], [role="cell"]')].map((c) => c.textContent)))).filter((r) => r.length);
  assert.equal(rows.length, 1 + LISTS.length);

  // The same figures as the plan file's summary.glance (downloaded by keyboard from Save and export).
  await page.keyboard.press('Shift+Tab');  // back into the page, then to the Steps
  await tabTo(page, 'step-6', { key: 'Shift+Tab' });
  await page.keyboard.press('Enter');
  await settle(page);
  const plan = JSON.parse((await downloadByKeyboard(page, 'export-plan-json')).text);
  assert.equal(plan.format_version, 2);
  const g = plan.summary.glance;
  const expected = [g.overall, ...g.checklists].map((b) => [b.label, b.score_text, `${b.answered} of ${b.total}`, String(b.essential_gaps)]);
  assert.deepEqual(rows, expected);
  assert.ok(g.quick_wins.length === 5 && g.quick_wins_total >= 5, JSON.stringify(g.quick_wins));
  assert.equal(g.not_answered.length, LISTS.length);

  // Back to Review; Tab reaches every control of the screen and leaves by "Go to the plan".
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'step-4', { key: 'Shift+Tab' });
  await page.keyboard.press('Enter');
  await settle(page);
  await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
  for (const [id, text] of [['glance-win-0', `1. ${g.quick_wins[0].text} (${g.quick_wins[0].checklist_title})`],
    ['glance-open-0', `${g.not_answered[0].title}: ${g.not_answered[0].unanswered} not answered, ${g.not_answered[0].not_sure} not sure yet`]]) {
    assert.equal(await page.locator('#wa-' + id).textContent(), text);
  }
  await shot(page, 'summary-review-light');
  await axe(page, 'Review, light');
  const stops = await tabTo(page, 'review-to-plan', { max: 200 });
  assert.ok(stops.some((s) => s.startsWith('gap-')), 'the essential gaps are reachable: ' + stops.join(', '));
  await page.keyboard.press('Enter');
  await settle(page);
  await page.getByRole('heading', { level: 1, name: 'Improvement plan' }).waitFor();

  // Every theme, chosen by keyboard: the chart stays a table and axe finds nothing.
  for (const [theme, file] of [['Dark', 'dark'], ['High contrast', 'high-contrast']]) {
    await page.getByRole('radio', { name: theme }).focus();
    await page.keyboard.press('Space');
    await settle(page);
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'step-4', { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await settle(page);
    await table.waitFor({ state: 'attached' });
    await shot(page, 'summary-review-' + file);
    await axe(page, 'Review, ' + theme);
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

// The wheel over the canvas, as a person scrolls, until the chart's heading
// is near the top (a heading takes no focus: a screen reader reads it in place).
async function scrollToChart(page) {
  const heading = page.getByRole('heading', { level: 2, name: 'Summary at a glance' });
  const size = page.viewportSize();
  await page.mouse.move(size.width / 2, size.height / 2);
  for (let i = 0; i < 40; ++i) {
    const top = await heading.evaluate((e) => e.getBoundingClientRect().top);
    if (top >= 0 && top < size.height / 3) return;
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, top - 60)));
    await settle(page);
  }
  assert.fail('the wheel never brought the chart into view');
}

test('Review at 200% text: the chart reflows, nothing overlaps, axe clean', async () => {
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 1024, height: 768 } });
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), AUDIT)).ok, true);
  await settle(page);
  for (let i = 0; i < 4; ++i) {
    await page.getByRole('button', { name: 'Larger text' }).press('Enter');
    await settle(page);
  }
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review', exact: true }).press('Enter');
  await settle(page);
  await page.getByRole('table', { name: CAPTION }).waitFor({ state: 'attached' });
  await scrollToChart(page);
  await shot(page, 'summary-review-200');
  assert.deepEqual(await overlaps(page), []);
  await axe(page, 'Review at 200%');
  // Narrow, like a phone: the chart still fits.
  await page.setViewportSize({ width: 390, height: 800 });
  await settle(page);
  await scrollToChart(page);
  await shot(page, 'summary-review-200-narrow');
  // Every cell of the chart inside the window, and the chart narrowed to two columns.
  const table = page.getByRole('table', { name: CAPTION });
  const boxes = await table.evaluate((t) => [...t.querySelectorAll('[role="cell"], [role="rowheader"], [role="columnheader"]')]
    .map((c) => c.getBoundingClientRect().toJSON()));
  for (const box of boxes) assert.ok(box.right <= 390 + 1, JSON.stringify(box));
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Checklist', 'Score']);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

// Text as pdftotext gives it, with spaces and line ends made one space.
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
function pdfText(file, first = null) {
  const args = first ? ['-f', String(first), '-l', String(first)] : [];
  return flat(execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

test('the printable report from the offline file: the summary alone on page 1, the plan by owner next, nothing cut', async () => {
  const offline = pathToFileURL(path.join(DIST, 'welcome-audit-offline.html')).href;
  const { ctx, page } = await openApp(browser, offline);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), AUDIT)).ok, true);
  await settle(page);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Save and export', exact: true }).press('Enter');
  await settle(page);
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Printable report (.html)' }).press('Enter')]);
  const dir = tmpDir();
  const file = path.join(dir, 'report.html');
  writeFileSync(file, readFileSync(await d.path()));
  await ctx.close();

  // Opened from file://, as a person opens the download.
  const rctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const rp = await rctx.newPage();
  await rp.goto(pathToFileURL(file).href);
  await rp.getByRole('heading', { level: 2, name: 'Summary at a glance' }).waitFor();
  const table = rp.getByRole('table', { name: CAPTION });
  assert.match(await table.ariaSnapshot(), /rowheader "All checklists"/);
  assert.equal(await rp.locator('svg.bar[aria-hidden="true"]').count(), 1 + LISTS.length);
  await rp.screenshot({ path: path.join(SHOTS, 'summary-report-light.png') });
  await axe(rp, 'report, light');
  await rp.emulateMedia({ colorScheme: 'dark' });
  await rp.screenshot({ path: path.join(SHOTS, 'summary-report-dark.png') });
  await axe(rp, 'report, dark');
  await rp.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await rp.screenshot({ path: path.join(SHOTS, 'summary-report-forced-colors.png') });
  await rp.emulateMedia({ forcedColors: 'none' });
  // 200%: the same page zoomed, as a person with low vision reads it.
  const zctx = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const zp = await zctx.newPage();
  await zp.goto(pathToFileURL(file).href);
  await zp.screenshot({ path: path.join(SHOTS, 'summary-report-200.png') });
  await zp.locator('.glance').screenshot({ path: path.join(SHOTS, 'summary-report-200-glance.png') });
  // The summary and the plan by owner reflow; the detail's wide tables may scroll (data tables, WCAG 1.4.10).
  assert.deepEqual(await zp.evaluate(() => [...document.querySelectorAll('header *, .glance *, .byowner *')]
    .filter((e) => e.getBoundingClientRect().right > innerWidth + 1).map((e) => e.tagName + ' ' + e.textContent.slice(0, 40))), []);
  await zctx.close();

  // Printed on A4 (186 mm between the margins, about 703 CSS pixels): nothing wider than the page.
  await rp.setViewportSize({ width: 703, height: 1000 });
  await rp.emulateMedia({ media: 'print' });
  const wide = await rp.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 1) out.push(el.tagName + ' ' + (el.textContent || '').slice(0, 40));
      else if (/^(TD|TH|P|LI|H[1-4]|CAPTION|DD|DT)$/.test(el.tagName) && el.scrollWidth > el.clientWidth + 1)
        out.push('cut: ' + el.tagName + ' ' + el.textContent.slice(0, 40));
    }
    return out;
  });
  assert.deepEqual(wide, []);
  const headings = await rp.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent));
  // Each plan row keeps its item's id for scripts (data-item); people read the action.
  const items = await rp.evaluate(() => [...document.querySelectorAll('tr[data-item]')].map((tr) => tr.cells[1].textContent.slice(0, 30)));
  const pdf = path.join(dir, 'report.pdf');
  await rp.pdf({ path: pdf, format: 'A4', printBackground: true });
  await rctx.close();

  const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
  const all = pdfText(pdf);
  const first = pdfText(pdf, 1), second = pdfText(pdf, 2);
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-gray', '-png', '-r', '70', '-singlefile', pdf, path.join(SHOTS, 'summary-report-print-page1-grey')]);
  console.log(JSON.stringify({ pages, headings: headings.length, items: items.length, page1_chars: first.length }));
  // Page 1: the summary and nothing else.
  for (const text of ['Improvement plan: Riverside Public Library, Eastside', 'Summary at a glance', CAPTION, 'All checklists',
    'Essential gaps', 'Top quick wins: no cost, a few hours', 'Not yet answered']) assert.ok(first.includes(flat(text)), `page 1 has "${text}"`);
  assert.ok(!first.includes('The plan by owner and due date'), 'the plan by owner starts on a page of its own');
  assert.ok(second.startsWith('The plan by owner and due date'), second.slice(0, 80));
  // Nothing lost: every heading and every item id of the detail is in the PDF's text.
  // pdftotext joins a word hyphenated at a line end: compare without spaces and hyphens.
  const squash = (t) => flat(t).replace(/[\s\u00AD-]/g, '');
  for (const h of headings) assert.ok(squash(all).includes(squash(h)), `heading "${h}" is in the PDF`);
  assert.ok(items.length > 20);
  for (const text of items) assert.ok(squash(all).includes(squash(text)), `action "${text}" is in the PDF`);
  assert.ok(pages >= 3 && pages <= 30, `${pages} pages`);
});
