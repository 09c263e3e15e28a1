// Issue 20: every keystroke kept, every file readable. Typing as people do
// (keyboard.type, not fill): a plan field keeps every key while a suggestion
// stands beside it; a date is a real date input; text meant for a note never
// changes an answer; focus after an action stays or moves to the new content,
// never to the page body; a unit switch asks whether to convert; an audit kept
// with a date in words opens and says what to fix; a second tab says where the
// audit is; notices stay on their screen; a copy's name follows its branch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, axe, ROOT } from './lib.mjs';

const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));
const WB = JSON.parse(readFileSync(path.join(ROOT, 'checklists/welcome-behaviors.json'), 'utf8'));
const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');
const itemOf = (c, id) => c.sections.flatMap((s) => s.items).find((it) => it.id === id);
const DOOR = itemOf(PA, 'pa-door-force');
const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });
const focused = (page) => page.evaluate(() => (document.activeElement && document.activeElement.dataset.wa) || document.activeElement.tagName);

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function load(page, text) {
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), text), { ok: true, errors: [] });
  await settle(page);
}

// The first physical-access item not met, so the plan has actions.
function paAudit(extra = {}) {
  const items = PA.sections.flatMap((s) => s.items);
  return JSON.stringify({
    format: 'welcome-audit/audit', format_version: 1, created_at: '2026-11-26T10:00:00Z', updated_at: '2026-11-26T10:00:00Z',
    profile: { library: 'Maple County Library', branch: 'Eastside', date: '2026-11-26', auditor_roles: ['Branch manager'] },
    checklists: [PA],
    responses: { [PA.id]: Object.fromEntries(items.slice(0, 3).map((it) => [it.id, { answer: 'not-met' }])) },
    actions: {},
    ...extra,
  });
}

test('a plan field keeps every key typed, beside the owner suggestion; the suggestion moves the focus to the field', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await load(page, paAudit());
  await press(page, nav(page, 'Plan'));
  const row = page.getByRole('button', { name: /^1\. / });
  await press(page, row);
  assert.equal(await row.getAttribute('aria-expanded'), 'true');
  assert.equal(await focused(page), await row.getAttribute('data-wa'), 'opening an action keeps the focus on its row');
  const owner = page.getByLabel('Owner (a role)');
  await owner.focus();
  await page.keyboard.type('Web team', { delay: 30 });  // one key at a time, as a person types
  await settle(page);
  assert.equal(await owner.inputValue(), 'Web team');
  assert.match(await focused(page), /^owner-/);
  const key = (await focused(page)).slice('owner-'.length);
  const state = await page.evaluate((k) => { const [c, i, a] = k.split('/'); return window.WelcomeAudit.audit().actions[c][i][a]; }, key);
  assert.equal(state.owner, 'Web team');
  // The suggestion is still there, said as one; pressing it fills the field and the focus goes there.
  const use = page.getByRole('button', { name: /^Use the suggested owner: / });
  await use.waitFor();
  const suggested = (await use.getAttribute('aria-label') || await use.textContent()).replace(/^Use the suggested owner: /, '');
  await press(page, use);
  assert.equal(await focused(page), 'owner-' + key);
  assert.equal(await owner.inputValue(), suggested);
  // Due date: a real date input; typed by keyboard as the browser's picker takes it.
  const due = page.getByLabel('Due date');
  assert.equal(await due.getAttribute('type'), 'date');
  await due.focus();
  await page.keyboard.type('05152027', { delay: 30 });
  await settle(page);
  const due2 = await page.evaluate((k) => { const [c, i, a] = k.split('/'); return window.WelcomeAudit.audit().actions[c][i][a].due; }, key);
  assert.equal(due2, '2027-05-15');
  // Closed, the row still says who owns it and by when.
  await press(page, row);
  assert.equal(await row.getAttribute('aria-expanded'), 'false');
  await page.getByText(new RegExp(`Owner: ${suggested} · Due: 2027-05-15`)).first().waitFor();
  await shot(page, 'entry-plan-owner');
  await ctx.close();
});

test('typing meant for a note on an answer changes nothing; shortcuts work only when turned on', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await load(page, MINI);
  const heading1 = await page.getByRole('heading', { level: 1 }).first().textContent();
  const before = await page.evaluate(() => JSON.stringify(window.WelcomeAudit.audit().responses));
  const met = page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio').first();
  await met.focus();
  await page.keyboard.type('no ramp 2 steps up', { delay: 20 });
  await settle(page);
  assert.equal(await page.evaluate(() => JSON.stringify(window.WelcomeAudit.audit().responses)), before, 'no answer changed');
  // The spaces between the words were held back, and the person is told where typing goes.
  await page.locator('#live').getByText(/^Keys typed here go nowhere/).waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('heading', { level: 1 }).first().textContent(), heading1, 'still on the same item');
  // The focus on the page body: keys reach nothing, even with shortcuts on.
  const shortcuts = page.getByRole('checkbox', { name: /Single-key shortcuts/ });
  assert.equal(await shortcuts.isChecked(), false, 'off by default');
  await press(page, shortcuts, 'Space');
  assert.equal(await shortcuts.isChecked(), true);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.type('3n', { delay: 20 });
  await settle(page);
  assert.equal(await page.evaluate(() => JSON.stringify(window.WelcomeAudit.audit().responses)), before, 'keys on the body reach nothing');
  // On an answer, with shortcuts on, 3 answers "Not met", said by the live region.
  await met.focus();
  await page.keyboard.press('3');
  await settle(page);
  await page.locator('#live').getByText(/^Not met\./).waitFor({ state: 'attached' });
  await ctx.close();
});

test('after an action the focus stays or moves to the new content, never to the page body', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await page.getByLabel('Branch').fill('Eastside');
  await settle(page);
  // The date: a date input; an ISO value from the picker, kept as the day.
  const date = page.getByLabel('Date of the audit');
  assert.equal(await date.getAttribute('type'), 'date');
  await date.focus();
  await page.keyboard.type('03142026', { delay: 30 });
  await settle(page);
  assert.equal(await page.evaluate(() => window.WelcomeAudit.audit().profile.date), '2026-03-14');
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: PA.title }), 'Space');
  await press(page, page.getByRole('checkbox', { name: WB.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: /Item 1 of/ }).waitFor();
  const first = (await page.getByRole('heading', { level: 1 }).first().textContent()).startsWith(PA.title) ? PA : WB;
  const other = first === PA ? WB : PA;

  const why = page.getByRole('button', { name: 'Why it matters' });
  await press(page, why);
  assert.equal(await focused(page), 'toggle-why');
  assert.equal(await why.getAttribute('aria-expanded'), 'true');
  await press(page, why);
  assert.equal(await focused(page), 'toggle-why');

  // A section button: the focus stays on it.
  const sections = page.getByRole('button', { name: /\(\d+\/\d+\)$/ });
  const second = sections.nth(1);
  const secondId = await second.getAttribute('data-wa');
  await press(page, second);
  assert.equal(await focused(page), secondId);
  assert.equal(await second.getAttribute('aria-current'), 'true');
  // The other checklist: the focus goes to the new item's question.
  await press(page, page.getByRole('button', { name: other.title, exact: true }));
  assert.equal(await focused(page), 'item-prompt');
  await page.keyboard.press('Tab');
  assert.notEqual(await focused(page), 'BODY', 'the next Tab stays in the app');

  // A unit switched after a figure: the app asks, and says the figure in both units.
  if (other !== PA) await press(page, page.getByRole('button', { name: PA.title, exact: true }));
  for (let i = 0; i < 80 && !(await page.getByRole('heading', { level: 2, name: DOOR.prompt, exact: true }).count()); ++i)
    await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  const field = page.getByLabel('Measured door opening force (unit: lbf)');
  await field.focus();
  await page.keyboard.type('8', { delay: 20 });
  await settle(page);
  await page.locator('#live').getByText(/^The figure suggests Not met: /).waitFor({ state: 'attached' });
  const unit = page.getByRole('radiogroup', { name: 'Unit for door opening force' });
  await press(page, unit.getByRole('radio', { name: 'N', exact: true }), 'Space');
  await page.getByText('The figure 8 lbf was typed in lbf. Convert it, or was it measured in N?').waitFor();
  assert.equal(await focused(page), 'unit-convert');
  await shot(page, 'entry-unit-question');
  await press(page, page.getByRole('button', { name: 'Convert to 35.58 N' }));
  await page.getByLabel('Measured door opening force (unit: N)').waitFor();
  assert.equal(await focused(page), 'measure-value');
  const m = await page.evaluate(() => window.WelcomeAudit.audit().responses['physical-access']['pa-door-force'].measurement);
  assert.deepEqual([m.value, m.unit], [35.58, 'N']);
  // A figure no tape gives is refused at the field, and the figure kept stays.
  const nfield = page.getByLabel('Measured door opening force (unit: N)');
  await nfield.fill('-3');
  await settle(page);
  await page.locator('#wa-measure-error').getByText('A measurement cannot be below zero: check the figure.').waitFor();
  assert.equal(await page.evaluate(() => window.WelcomeAudit.audit().responses['physical-access']['pa-door-force'].measurement.value), 35.58);
  await ctx.close();
});

test('an audit kept with a date in words opens, says what to fix, and one press fixes it', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  const a = JSON.parse(paAudit());
  a.profile.date = '05/15/2025 ';
  const key = `${PA.id}/${PA.sections[0].items[0].id}/${PA.sections[0].items[0].actions[0].id}`;
  const [c, i, x] = key.split('/');
  a.actions = { [c]: { [i]: { [x]: { due: 'May 15, 2025', status: 'todo' } } } };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file' }).press('Enter')]);
  await chooser.setFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(a)) });
  await page.waitForTimeout(200);
  await settle(page);
  await page.locator('#mirror').getByText(/^This audit opened, but these values were kept as they were written/).first().waitFor();
  await page.locator('#mirror').getByText(/Date of the audit: "05\/15\/2025 " is not a date the app can read/).first().waitFor();
  await page.locator('#mirror').getByText(/the due date "May 15, 2025" is not a date/).first().waitFor();
  await shot(page, 'entry-values-to-fix');
  // Kept in the browser and opened again after a reload: nothing lost.
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.WelcomeAudit.audit().profile.date), '05/15/2025 ');
  await press(page, nav(page, 'Library'));
  await page.getByText(/Date of the audit: "05\/15\/2025 " is not a date/).first().waitFor();
  await press(page, page.getByRole('button', { name: 'Use Thursday, May 15, 2025' }));
  assert.equal(await page.evaluate(() => window.WelcomeAudit.audit().profile.date), '2025-05-15');
  assert.equal(await focused(page), 'profile-date');
  assert.equal(await page.locator('#mirror').getByText(/is not a date the app can read/).count(), 0);
  await axe(page, 'Library after a fix');
  await ctx.close();
});

test('a second tab opens on Start and says where the audit is; notices stay on their screen', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await ctx.newPage();
  await a.goto(server.url);
  await waitForApp(a);
  await load(a, MINI);
  await a.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  const b = await ctx.newPage();
  await b.goto(server.url);
  await waitForApp(b);
  await b.getByRole('heading', { level: 1, name: 'Welcome Audit' }).first().waitFor().catch(() => {});
  await b.getByText('is open in another tab or window', { exact: false }).first().waitFor();
  await b.getByRole('button', { name: 'Open it here instead' }).waitFor();
  assert.equal(await b.getByText('Choose at least one checklist to start').count(), 0, 'never an empty Audit screen');
  await b.locator('#live').getByText(/is open in another tab or window/).waitFor({ state: 'attached' });
  await shot(b, 'entry-second-tab');

  // A file's error on Compare stays on Compare.
  await press(a, nav(a, 'Start'));
  await press(a, a.getByRole('button', { name: /^Compare branches/ }));
  const [chooser] = await Promise.all([a.waitForEvent('filechooser'), a.getByRole('button', { name: 'Add plan files' }).press('Enter')]);
  await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1') });
  await settle(a);
  await a.getByText(/broken\.json/).first().waitFor();
  await press(a, nav(a, 'Review'));
  // The Compare error is not on Review (gone with the screen change).
  await a.locator('#mirror').getByText(/broken\.json/).first().waitFor({ state: 'detached', timeout: 5000 });
  await a.getByRole('heading', { level: 1, name: 'Review' }).first().waitFor().catch(() => {});
  await ctx.close();
});

test('a copy of an audit is named by its branch once the branch is changed', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await load(page, MINI);
  await press(page, nav(page, 'Start'));
  const dup = page.getByRole('button', { name: /^Duplicate: / }).first();
  await press(page, dup);
  await page.getByText(/\(copy\)/).first().waitFor();
  await press(page, page.getByRole('button', { name: /^Open: .*\(copy\)/ }).first());
  await press(page, nav(page, 'Library'));
  const branch = page.getByLabel('Branch');
  await branch.fill('Westside');
  await settle(page);
  await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached' });
  await press(page, nav(page, 'Start'));
  await page.waitForTimeout(1500);  // the list is sent again at most once a second
  await settle(page);
  await page.getByText(/Westside/).first().waitFor();
  assert.equal(await page.getByText(/\(copy\)/).count(), 0, 'no "(copy)" once the branch changed');
  await ctx.close();
});
