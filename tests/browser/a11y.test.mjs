// The app is usable with a screen reader and the keyboard alone: axe-core finds
// no violation on any screen, Tab moves through the controls and leaves the app,
// zoom keys reach the browser, themes follow the person's system settings, and
// at 200% text nothing overlaps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, shot, settle, axe, overlaps, ROOT } from './lib.mjs';

const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });

test('axe finds no violation on any screen, in every theme', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await axe(page, 'start (empty)');
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), MINI), { ok: true, errors: [] });
  await settle(page);
  for (const [screen, heading] of [['Start', 'Welcome Audit'], ['Library', 'About your library'],
    ['Checklists', 'Choose checklists'], ['Audit', null], ['Review', 'Review'], ['Plan', 'Improvement plan'],
    ['Save and export', 'Save and export']]) {
    await nav(page, screen).press('Enter');
    await settle(page);
    if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await axe(page, screen);
  }
  // An open plan action shows its editable fields.
  await nav(page, 'Plan').press('Enter');
  await settle(page);
  await page.locator('#mirror button[id^="wa-action-"]').first().press('Enter');
  await settle(page);
  await page.getByLabel('Owner (a role)').first().waitFor();
  await axe(page, 'plan with an action open');
  for (const theme of ['Dark', 'High contrast']) {
    await page.getByRole('radio', { name: theme }).focus();
    await page.keyboard.press('Space');
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme === 'Dark' ? 'dark' : 'high-contrast');
    await shot(page, 'theme-' + theme.toLowerCase().replace(' ', '-') + '-plan');
    await axe(page, 'plan in ' + theme);
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('Tab moves through the controls in order and leaves the app; zoom keys reach the browser', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await page.evaluate(() => {
    window.prevented = [];
    window.addEventListener('keydown', (e) => { if (e.defaultPrevented) window.prevented.push(e.key); });
  });
  await page.evaluate(() => document.activeElement.blur());
  const visited = [];
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'BODY';
      return a.id === 'canvas' ? 'CANVAS' : (a.closest('#mirror') ? a.dataset.wa : 'OUTSIDE:' + a.tagName);
    });
    visited.push(id);
    if (id === 'BODY' && visited.length > 1) break;
  }
  assert.ok(!visited.includes('CANVAS'), 'the canvas never takes the focus');
  assert.equal(visited.at(-1), 'BODY', 'Tab leaves the app after its last control: ' + visited.join(', '));
  assert.ok(['new-audit', 'open-file', 'compare-open'].every((id) => visited.includes(id)), visited.join(', '));
  assert.ok(visited.indexOf('step-0') < visited.indexOf('new-audit'), 'navigation comes before the screen');
  // Shift+Tab comes back in.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.wa), 'compare-open');
  for (const k of ['Control+Equal', 'Control+Minus', 'Control+0']) await page.keyboard.press(k);
  assert.deepEqual(await page.evaluate(() => window.prevented), [], 'the app cancels no key the browser needs');
  // The focused control is drawn with a visible ring (screenshot) and is in view.
  await page.getByRole('button', { name: 'Start a new audit' }).focus();
  await shot(page, 'focus-ring-start');
  await ctx.close();
});

test('200% text: every screen reflows without overlap', async () => {
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 1024, height: 768 } });
  await page.evaluate((t) => window.WelcomeAudit.load(t), MINI);
  await settle(page);
  for (let i = 0; i < 4; ++i) {
    await page.getByRole('button', { name: 'Larger text' }).press('Enter');
    await settle(page);
  }
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  for (const screen of ['Start', 'Library', 'Checklists', 'Audit', 'Review', 'Plan', 'Save and export']) {
    await nav(page, screen).press('Enter');
    await settle(page);
    await shot(page, 'text-200-' + screen.toLowerCase().replace(/ /g, '-'));
    assert.deepEqual(await overlaps(page), [], `overlapping controls on ${screen} at 200%`);
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('first visit follows prefers-color-scheme and prefers-contrast', async () => {
  for (const [opts, theme] of [[{ colorScheme: 'dark' }, 'dark'], [{ contrast: 'more' }, 'high-contrast'],
    [{ forcedColors: 'active' }, 'high-contrast'], [{ colorScheme: 'light' }, 'light']]) {
    const { ctx, page } = await openApp(browser, server.url, opts);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, JSON.stringify(opts));
    await page.getByRole('radio', { name: { dark: 'Dark', light: 'Light', 'high-contrast': 'High contrast' }[theme] })
      .and(page.locator('[checked], :checked')).waitFor({ state: 'attached' });
    if (theme !== 'light') await shot(page, 'prefers-' + theme);
    await ctx.close();
  }
});

// The loading screen is the app shell (issue 26): the Start screen itself, with no spinner.
test('reduced motion: nothing moves on the loading screen', async () => {
  const ctx = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(server.url);
  const moving = await page.evaluate(() => [...document.querySelectorAll('#loading, #loading *')]
    .filter((e) => getComputedStyle(e).animationName !== 'none').map((e) => e.tagName));
  assert.deepEqual(moving, []);
  await ctx.close();
});

test('a whole audit with the keyboard alone, through roles and labels only', async () => {
  const checklist = JSON.parse(readFileSync(path.join(ROOT, 'checklists/service-recovery.json'), 'utf8'));
  const items = checklist.sections.flatMap((s) => s.items);
  const { ctx, page } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Start a new audit' }).press('Enter');
  await settle(page);
  await page.getByLabel('Library system').fill('Lakeside Library');
  await page.getByRole('button', { name: 'Continue' }).press('Enter');
  await settle(page);
  await page.getByRole('checkbox', { name: checklist.title }).press('Space');
  await settle(page);
  await page.getByRole('button', { name: 'Start the audit' }).press('Enter');
  await settle(page);
  // Shortcuts off: the answer is chosen in the radio group with Space and the arrow keys.
  await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).press('Space');
  await settle(page);
  const names = ['Met', 'Partly met', 'Not met', 'Not applicable', 'Not sure yet'];
  for (let i = 0; i < items.length; ++i) {
    await page.getByRole('heading', { level: 2, name: items[i].prompt }).waitFor();
    const group = page.getByRole('radiogroup', { name: 'Your answer' });
    await group.getByRole('radio', { name: 'Met', exact: true }).press('Space');
    await settle(page);
    for (let k = 0; k < i % 3; ++k) { await page.keyboard.press('ArrowDown'); await settle(page); }
    assert.equal(await group.getByRole('radio', { name: names[i % 3], exact: true }).isChecked(), true);
    if (i < items.length - 1) {
      const next = page.getByRole('button', { name: 'Next', exact: true });
      await next.press('Enter');
      await settle(page);
      assert.equal(await page.evaluate(() => document.activeElement.dataset.wa), 'walk-next', 'focus stays on Next');
      await page.locator('#live').getByText(`Item ${i + 2} of ${items.length}`).waitFor({ state: 'attached' });
    }
  }
  await page.getByText('Every item has an answer.', { exact: false }).first().waitFor({ state: 'attached' });
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  const ids = ['met', 'partly', 'not-met'];
  items.forEach((item, i) => assert.equal(audit.responses[checklist.id][item.id].answer, ids[i % 3]));
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
