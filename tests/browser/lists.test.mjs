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

// Physical access with every item not met (an action each), opened on the Plan.
async function openPlan(page) {
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
}

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the plan shows 25 actions at a time; Next and Previous turn the page by keyboard and say what is shown', async () => {
  assert.ok(ACTIONS > 50, `physical access has ${ACTIONS} actions`);
  const { ctx, page } = await openApp(browser, server.url);
  await openPlan(page);
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

// Scrolling sends the page only the moved elements' rectangles, and nothing
// for an element out of view before and after (src/app/ui.cpp,
// end_frame_changes). Scrolled far down and back to the top, every element in
// view must sit exactly where it sat before, over what the canvas draws there.
test('the mirror follows the content down and back up: every element in view is where it was', async () => {
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 1024, height: 700 } });
  await openPlan(page);
  await settle(page);
  // Elements wholly in view (no clip): their boxes, by widget id.
  const inView = () => page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('#mirror .m')) {
      const r = el.getBoundingClientRect();
      if (el.style.clipPath || r.bottom <= 0 || r.top >= innerHeight) continue;
      out[el.dataset.wa] = [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
    }
    return out;
  });
  const before = await inView();
  await page.mouse.move(500, 450);
  for (let i = 0; i < 12; ++i) { await page.mouse.wheel(0, 120); await settle(page); }
  const middle = await inView();
  assert.ok(Object.keys(middle).some((id) => !(id in before)), 'other rows came into view');
  assert.ok(Object.keys(before).some((id) => !(id in middle)), 'the first ones went out of view');
  await shot(page, 'plan-scrolled');
  for (let i = 0; i < 12; ++i) { await page.mouse.wheel(0, -120); await settle(page); }
  assert.deepEqual(await inView(), before);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
