// A tablet's feel: one finger scrolls the content (the canvas alone would
// not), a swipe that starts on a button does not press it, a tap does; a
// flick glides on and a finger put down stops it without pressing anything;
// a tap leaves no hover look and no focus ring (a key press brings the ring);
// two fingers zoom the page and one finger still scrolls the content then;
// no console error from any of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, settle, shot, ROOT } from './lib.mjs';
import { TABLET, finger, tap } from './fingers.mjs';

const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');
const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const answerNow = (page) => page.evaluate(() => window.WelcomeAudit.audit().responses['mini-welcome']['door-open'].answer);
const topOf = (page, id) => page.evaluate((i) => document.querySelector(`[data-wa="${i}"]`).getBoundingClientRect().top, id);
// Where the mirror's elements wholly in view are (an element out of view keeps
// its last place until it comes back, so only those in view tell the scroll).
const places = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#mirror .m')]
  .filter((el) => !el.style.clipPath && el.getBoundingClientRect().height > 0)
  .map((el) => [el.dataset.wa, el.getBoundingClientRect().top])));
// How far the content moved up between two readings of places() (the
// header above it, fixed on a tablet, does not move: the largest move is the content's).
function scrolled(a, b) {
  const moves = Object.keys(a).filter((id) => id in b).map((id) => a[id] - b[id]);
  assert.ok(moves.length > 0, 'an element in view before and after');
  return moves.reduce((m, d) => (Math.abs(d) > Math.abs(m) ? d : m), 0);
}

// Every message the console gets about touches (Chromium says "Ignored attempt
// to cancel a touchstart..." as an error when a cancel comes too late).
function touchMessages(page) {
  const seen = [];
  page.on('console', (m) => { if (/touch|cancel/i.test(m.text())) seen.push(`${m.type()}: ${m.text()}`); });
  return seen;
}

// An audit of the building checklist with every item not met: a long plan to scroll.
function longAudit() {
  const stamp = '2026-11-26T09:00:00Z';
  const responses = {};
  for (const s of PA.sections) for (const it of s.items) responses[it.id] = { answer: 'not-met', answered_at: stamp };
  return JSON.stringify({
    format: 'welcome-audit/audit', format_version: 1, created_at: stamp, updated_at: stamp,
    profile: { library: 'Riverside', branch: 'Eastside', date: '2026-11-26', auditor_roles: [] },
    checklists: [PA], responses: { [PA.id]: responses }, actions: {},
  });
}

test('tablet: a finger scrolls the audit, a swipe over an answer does not choose it, a tap does', async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...TABLET });
  const messages = touchMessages(page);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), MINI)).ok, true);
  await settle(page);
  assert.equal(await answerNow(page), 'not-met');
  const partly = page.getByRole('radio', { name: 'Partly met', exact: true });
  const before = await partly.boundingBox();

  // Swipe up by 100 px, starting on "Partly met", slowly (no glide): the
  // content follows the finger, so the button is under it again when it lifts.
  const x = before.x + before.width / 2, y = before.y + before.height / 2;
  await finger(page).drag(x, y, -100);
  await settle(page);
  const after = await partly.boundingBox();
  assert.ok(Math.abs(before.y - after.y - 100) < 2, `the content moved with the finger: ${before.y} -> ${after.y}`);
  assert.equal(await answerNow(page), 'not-met', 'a swipe is not a tap');
  await shot(page, 'tablet-after-swipe');

  // A tap chooses.
  await page.touchscreen.tap(after.x + after.width / 2, after.y + after.height / 2);
  await settle(page);
  assert.equal(await answerNow(page), 'partly');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(messages, []);
  await ctx.close();
});

test('tablet: a flick glides on and slows down; a finger put down stops it and presses nothing', async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...TABLET });
  const messages = touchMessages(page);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), longAudit())).ok, true);
  await settle(page);
  await tap(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Plan', exact: true }));
  const f = finger(page);
  const start = await places(page);
  // A flick of 120 px in 70 ms.
  await f.flick(410, 1000, -120);
  await page.waitForTimeout(60);
  const gliding = await places(page);
  await settle(page);
  const end = await places(page);
  const moved = scrolled(start, end);
  assert.ok(moved > 300, `the content glided on after the finger lifted: moved ${moved} px for 120 px of finger`);
  assert.ok(scrolled(gliding, end) > 20, 'and went on moving after it');
  await page.waitForTimeout(500);
  assert.equal(scrolled(end, await places(page)), 0, 'and came to rest');

  // Another flick, stopped by a finger on the plan's rows while it glides.
  await f.flick(410, 1000, -120);
  await page.waitForTimeout(100);
  await f.tap(410, 600);
  await settle(page);
  const stopped = await places(page);
  await page.waitForTimeout(600);
  await settle(page);
  assert.equal(scrolled(stopped, await places(page)), 0, 'the finger stopped the glide');
  assert.equal(await page.locator('#mirror button[aria-expanded="true"]').count(), 0, 'and opened no action');
  // The next tap is a tap again.
  const inView = await page.evaluate(() => [...document.querySelectorAll('#mirror button[aria-expanded]')]
    .find((el) => !el.style.clipPath && el.getBoundingClientRect().top > 300).dataset.wa);
  const row = page.locator(`[data-wa="${inView}"]`);
  await tap(page, row);
  await shot(page, 'touch-after-glide-stop');
  assert.equal(await page.locator('#mirror button[aria-expanded="true"]').count(), 1, 'a tap after the stop opens its action');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(messages, []);
  await ctx.close();
});

test('tablet: a tap leaves no hover look and no focus ring; a key press or a screen reader shows the ring; key shortcuts wait for a keyboard', async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...TABLET });
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), MINI)).ok, true);
  await settle(page);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  const region = async (name) => {
    const b = await steps.getByRole('button', { name, exact: true }).boundingBox();
    return page.screenshot({ clip: { x: b.x - 8, y: b.y - 8, width: b.width + 16, height: b.height + 16 } });
  };
  // The current step, tapped: it looks as it did before the tap once the finger is gone.
  const audit = await region('Audit');
  await tap(page, steps.getByRole('button', { name: 'Audit', exact: true }));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.wa), 'step-3', 'the tapped step has the focus');
  assert.ok((await region('Audit')).equals(audit), 'no hover look and no ring on the tapped step');
  await shot(page, 'touch-after-tap');
  // No single-key shortcuts' switch on a touch screen without a keyboard.
  assert.equal(await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).count(), 0);
  // A keyboard: Tab moves to the next step, which shows the ring; the switch appears.
  const review = await region('Review');
  await page.keyboard.press('Tab');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.wa), 'step-4');
  assert.ok(!(await region('Review')).equals(review), 'the ring shows after a key press');
  await shot(page, 'touch-after-key');
  assert.equal(await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).count(), 1);
  // A tap again: no ring. Then a screen reader moves the focus (no key reaches the page): the ring shows.
  await tap(page, steps.getByRole('button', { name: 'Audit', exact: true }));
  assert.ok((await region('Audit')).equals(audit), 'no ring after a tap, once more');
  const plan = await region('Plan');
  await page.waitForTimeout(1600);
  await steps.getByRole('button', { name: 'Plan', exact: true }).evaluate((el) => el.focus());
  await settle(page);
  assert.ok(!(await region('Plan')).equals(plan), 'the ring shows where a screen reader put the focus');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('tablet: two fingers zoom the page, and one finger still scrolls the content when zoomed', async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...TABLET });
  const messages = touchMessages(page);
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), longAudit())).ok, true);
  await settle(page);
  const cdp = await ctx.newCDPSession(page);
  // As two fingers spread (Input.synthesizePinchGesture does not zoom headless Chromium).
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  await settle(page);
  const zoom = await page.evaluate(() => ({ scale: visualViewport.scale, top: visualViewport.offsetTop, left: visualViewport.offsetLeft }));
  assert.ok(zoom.scale > 1.5, 'pinched to zoom: ' + JSON.stringify(zoom));
  await shot(page, 'touch-zoomed');
  const before = await topOf(page, 'item-prompt');
  // One finger, 150 px up, in what is seen (the zoomed view is the window's top-left quarter).
  await finger(page).drag(200, 450, -150);
  await settle(page);
  const after = await topOf(page, 'item-prompt');
  const vv = await page.evaluate(() => ({ scale: visualViewport.scale, top: visualViewport.offsetTop, left: visualViewport.offsetLeft }));
  assert.ok(before - after > 50, `the content scrolled: ${before} -> ${after}`);
  assert.deepEqual(vv, zoom, 'the page itself did not pan or zoom');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(messages, []);
  await ctx.close();
});
