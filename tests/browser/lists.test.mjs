// Long lists are shown in pages of 25 (the plan's actions, a checklist's
// essential gaps): each frame stays cheap with 1,000 items, and every row can
// still be reached by keyboard and screen reader. Turning a page says which
// rows are shown and moves the focus to the first of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, axe, ROOT } from './lib.mjs';

const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));
const ITEMS = PA.sections.flatMap((s) => s.items);
const ACTIONS = ITEMS.reduce((n, it) => n + it.actions.length, 0);

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the plan shows 25 actions at a time; Next and Previous turn the page by keyboard and say what is shown', async () => {
  assert.ok(ACTIONS > 50, `physical access has ${ACTIONS} actions`);
  const { ctx, page } = await openApp(browser, server.url);
  const audit = {
    format: 'welcome-audit/audit', format_version: 1, created_at: '2026-11-26T10:00:00Z', updated_at: '2026-11-26T10:00:00Z',
    profile: { library: 'Maple County Library', branch: 'Eastside', date: '2026-11-26', auditor_roles: ['Branch manager'] },
    checklists: [PA],
    responses: { [PA.id]: Object.fromEntries(ITEMS.map((it) => [it.id, { answer: 'not-met' }])) },
    actions: {},
  };
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit)), { ok: true, errors: [] });
  await settle(page);
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Plan', exact: true }));
  await page.getByText(`Showing 1 to 25 of ${ACTIONS}`).first().waitFor();
  const rows = page.getByRole('button', { name: /^\d+\. / });
  assert.equal(await rows.count(), 25, 'one page of actions in the accessibility tree');
  assert.equal(await page.getByRole('button', { name: 'Actions: Previous 25' }).isDisabled(), true);
  await axe(page, 'plan, first page');

  await press(page, page.getByRole('button', { name: 'Actions: Next 25' }));
  await page.getByText(`Showing 26 to 50 of ${ACTIONS}`).first().waitFor();
  await page.locator('#live').getByText(`Showing 26 to 50 of ${ACTIONS}`).waitFor({ state: 'attached' });
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('aria-label') || document.activeElement.textContent);
  assert.match(focused, /^26\. /, 'the focus is on the first action of the new page');
  assert.equal(await rows.count(), 25);
  await shot(page, 'plan-page-2');

  // To the last page and back, by keyboard alone.
  while (!(await page.getByRole('button', { name: 'Actions: Next 25' }).isDisabled()))
    await press(page, page.getByRole('button', { name: 'Actions: Next 25' }));
  const last = ACTIONS - Math.floor((ACTIONS - 1) / 25) * 25;
  assert.equal(await rows.count(), last);
  await page.getByText(new RegExp(`^Showing \\d+ to ${ACTIONS} of ${ACTIONS}$`)).first().waitFor();
  await press(page, page.getByRole('button', { name: 'Actions: Previous 25' }));
  assert.equal(await rows.count(), 25);

  // A filter starts again at the first page.
  await press(page, page.getByRole('radio', { name: 'Quick wins', exact: true }), 'Space');
  assert.equal(await page.getByText(/^Showing 26 to /).count(), 0);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
