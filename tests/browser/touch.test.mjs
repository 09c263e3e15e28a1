// A tablet: one finger scrolls the content (the canvas alone would not), a
// swipe that starts on a button does not press it, and a tap still does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, settle, shot, ROOT } from './lib.mjs';

const MINI = readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const answerNow = (page) => page.evaluate(() => window.WelcomeAudit.audit().responses['mini-welcome']['door-open'].answer);

test('tablet: a finger scrolls the audit, a swipe over an answer does not choose it, a tap does', async () => {
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 820, height: 760 }, hasTouch: true, isMobile: true });
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), MINI)).ok, true);
  await settle(page);
  assert.equal(await answerNow(page), 'not-met');
  const partly = page.getByRole('radio', { name: 'Partly met', exact: true });
  const before = await partly.boundingBox();

  // Swipe up by 100 px, starting on "Partly met": the content follows the
  // finger, so the button is under it again when it lifts.
  const cdp = await ctx.newCDPSession(page);
  const x = before.x + before.width / 2;
  let y = before.y + before.height / 2;
  const touch = (type) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart');
  for (let i = 0; i < 10; ++i) {
    y -= 10;
    await touch('touchMove');
    await page.waitForTimeout(16);
  }
  await touch('touchEnd');
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
  await ctx.close();
});
