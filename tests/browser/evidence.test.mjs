// Evidence links on the walk screen, as a person adds them: typed into a
// labelled field, added with a button, refused with a message when they are
// not web addresses, kept when the person moves on without pressing Add,
// removed by a button named after the link, and still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, ROOT } from './lib.mjs';

const CHECKLIST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function typeLink(page, text) {
  await page.getByLabel('Link to a photo, document or page (optional)').fill(text);
  await settle(page);
}

test('evidence links: added, refused with a message, kept when moving on, removed, restored on reload', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await page.getByLabel('Branch').fill('Eastside Branch');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: CHECKLIST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  const first = `${CHECKLIST.title}: Item 1 of`;
  await page.getByRole('heading', { level: 1, name: new RegExp('^' + first) }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Evidence: links' }).waitFor();

  // Not a web address: a message, said by the live region too; nothing added.
  await typeLink(page, 'photos on the shared drive');
  await press(page, page.getByRole('button', { name: 'Add link' }));
  const bad = 'That is not a web address. It must start with https:// (or http://) and have no spaces.';
  await page.locator('p', { hasText: bad }).waitFor();  // shown under the field
  await page.locator('#live').getByText(bad).waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('button', { name: /^Remove link/ }).count(), 0);
  // What was typed is still there, to be corrected.
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), 'photos on the shared drive');

  // A good one, pasted with spaces around it.
  await typeLink(page, '  https://example.org/album/storytime-room  ');
  await press(page, page.getByRole('button', { name: 'Add link' }));
  await page.getByRole('button', { name: 'Remove link https://example.org/album/storytime-room' }).waitFor();
  await page.locator('#live').getByText('Link added.', { exact: false }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('p', { hasText: bad }).count(), 0, 'the error goes once a link is added');
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), '');

  // Typed but not added, then Next: the link is kept with the item it was typed for.
  await typeLink(page, 'https://example.org/docs/visual-schedule.pdf');
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`Item 2 of`) }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Remove link/ }).count(), 0, 'item 2 has no evidence');
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), '');
  await press(page, page.getByRole('button', { name: 'Previous', exact: true }));
  // Focus scrolls the evidence into view (the app follows the DOM focus).
  await page.getByRole('button', { name: 'Remove link https://example.org/docs/visual-schedule.pdf' }).focus();
  await settle(page);
  await shot(page, 'screen-4b-walk-evidence');

  // Remove the first one, by keyboard.
  await press(page, page.getByRole('button', { name: 'Remove link https://example.org/album/storytime-room' }));
  assert.equal(await page.getByRole('button', { name: 'Remove link https://example.org/album/storytime-room' }).count(), 0);
  await page.locator('#live').getByText('Link removed.', { exact: false }).waitFor({ state: 'attached' });

  // Saved: a reload reopens the same item with the remaining link, and the
  // saved audit holds it as link evidence of the first item.
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: new RegExp('^' + first) }).waitFor();
  await page.getByRole('button', { name: 'Remove link https://example.org/docs/visual-schedule.pdf' }).waitFor();
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  const item1 = CHECKLIST.sections[0].items[0].id;
  assert.deepEqual(audit.responses[CHECKLIST.id][item1].evidence,
    [{ kind: 'link', url: 'https://example.org/docs/visual-schedule.pdf' }]);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
