// Evidence on the Audit screen, as a person adds it. Links: typed into a
// labelled field, added with a button, refused with a message when they are
// not web addresses, kept when the person moves on without pressing Add,
// removed by a button named after the link, still there after a reload.
// Photos: chosen in the browser's file dialog, shrunk to fit the audit file,
// listed and removable; a file that is not a picture gets a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, overlaps, ROOT } from './lib.mjs';

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
  await page.getByRole('heading', { level: 3, name: 'Evidence: links and photos' }).waitFor();

  // Not a web address: a message, said by the live region too; nothing added.
  await typeLink(page, 'photos on the shared drive');
  await press(page, page.getByRole('button', { name: 'Add link' }));
  const bad = 'That is not a web address. It must start with https:// (or http://) and have no spaces.';
  await page.locator('p', { hasText: bad }).waitFor();  // shown under the field
  await page.locator('#live').getByText(bad).waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('button', { name: /^Remove https/ }).count(), 0);
  // What was typed is still there, to be corrected.
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), 'photos on the shared drive');

  // A good one, pasted with spaces around it.
  await typeLink(page, '  https://example.org/album/storytime-room  ');
  await press(page, page.getByRole('button', { name: 'Add link' }));
  await page.getByRole('button', { name: 'Remove https://example.org/album/storytime-room' }).waitFor();
  await page.locator('#live').getByText('Link added.', { exact: false }).waitFor({ state: 'attached' });
  assert.equal(await page.locator('p', { hasText: bad }).count(), 0, 'the error goes once a link is added');
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), '');

  // Typed but not added, then Next: the link is kept with the item it was typed for.
  await typeLink(page, 'https://example.org/docs/visual-schedule.pdf');
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`Item 2 of`) }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Remove https/ }).count(), 0, 'item 2 has no evidence');
  assert.equal(await page.getByLabel('Link to a photo, document or page (optional)').inputValue(), '');
  await press(page, page.getByRole('button', { name: 'Previous', exact: true }));
  // Focus scrolls the evidence into view (the app follows the DOM focus).
  await page.getByRole('button', { name: 'Remove https://example.org/docs/visual-schedule.pdf' }).focus();
  await settle(page);
  await shot(page, 'screen-4b-walk-evidence');

  // Remove the first one, by keyboard.
  await press(page, page.getByRole('button', { name: 'Remove https://example.org/album/storytime-room' }));
  assert.equal(await page.getByRole('button', { name: 'Remove https://example.org/album/storytime-room' }).count(), 0);
  await page.locator('#live').getByText('Link removed.', { exact: false }).waitFor({ state: 'attached' });

  // Saved: a reload reopens the same item with the remaining link, and the
  // saved audit holds it as link evidence of the first item.
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: new RegExp('^' + first) }).waitFor();
  await page.getByRole('button', { name: 'Remove https://example.org/docs/visual-schedule.pdf' }).waitFor();
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  const item1 = CHECKLIST.sections[0].items[0].id;
  assert.deepEqual(audit.responses[CHECKLIST.id][item1].evidence,
    [{ kind: 'link', url: 'https://example.org/docs/visual-schedule.pdf' }]);

  // A long link at 200% text: it wraps, and its Remove button goes below it, not over it.
  const long = 'https://drive.example.org/consortium/branches/eastside/2026-audit/photos/storytime-room/' + 'x'.repeat(60);
  await typeLink(page, long);
  await press(page, page.getByRole('button', { name: 'Add link' }));
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Larger text' }));
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Remove ' + long }).focus();
  await settle(page);
  assert.deepEqual(await overlaps(page), [], 'nothing overlaps at 200% text');
  // Focusing a control below the fold scrolls the app, never the mirror itself
  // (that shifted every element off its widget, the text field included).
  assert.equal(await page.evaluate(() => document.getElementById('mirror').scrollTop), 0);
  await shot(page, 'screen-4b-walk-evidence-200');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

// Presses "Choose photos" with the keyboard and picks a file in the dialog.
async function choosePhoto(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose photos' }).press('Enter'),
  ]);
  await chooser.setFiles(file);
  await page.waitForFunction(() => document.getElementById('live').textContent !== '', null, { timeout: 10000 });
  await settle(page);
}

test('evidence photos: a camera-sized picture is shrunk and kept; a file that is not a picture is refused', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: CHECKLIST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 3, name: 'Evidence: links and photos' }).waitFor();

  // A 12-megapixel "photo" (4000 x 3000 PNG with detail), made by the browser.
  const big = Buffer.from(await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 4000; c.height = 3000;
    const g = c.getContext('2d');
    const grad = g.createLinearGradient(0, 0, 4000, 3000);
    grad.addColorStop(0, '#3a6ea5'); grad.addColorStop(1, '#f2d492');
    g.fillStyle = grad; g.fillRect(0, 0, 4000, 3000);
    for (let i = 0; i < 4000; ++i) {
      g.fillStyle = `hsl(${(i * 37) % 360} 60% ${30 + (i % 40)}%)`;
      g.fillRect((i * 613) % 4000, (i * 379) % 3000, 20 + (i % 90), 20 + (i % 70));
    }
    g.fillStyle = '#000'; g.font = '200px sans-serif'; g.fillText('QUIET ROOM', 900, 1600);
    const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = ''; for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }), 'base64');
  assert.ok(big.length > 1024 * 1024, `the test picture is large (${big.length} bytes)`);
  await choosePhoto(page, { name: 'IMG_2041.png', mimeType: 'image/png', buffer: big });
  await page.locator('#live').getByText('Photo added.', { exact: false }).waitFor({ state: 'attached' });
  const remove = page.getByRole('button', { name: /^Remove Photo 1, \d+ KB$/ });
  await remove.waitFor();
  // The canvas cannot draw it: the page shows the photo itself, with its alt text.
  const thumb = page.getByRole('img', { name: /^Photo 1, \d+ KB$/ });
  await thumb.waitFor();
  const size = await thumb.evaluate((img) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
  assert.ok(size[0] <= 1024 && size[0] >= 480 && size[0] * 3 === size[1] * 4, `shrunk, same shape: ${size}`);
  await thumb.scrollIntoViewIfNeeded().catch(() => {});
  await remove.focus();
  await settle(page);
  await shot(page, 'screen-4c-walk-photo');

  // The app keeps a reference; the photo itself is in the store, and the audit file carries it.
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  const item1 = CHECKLIST.sections[0].items[0].id;
  const [ref] = audit.responses[CHECKLIST.id][item1].evidence;
  assert.match(ref.data_url, /^wa-photo:[0-9a-f]{16}:\d+$/);
  const file = JSON.parse(await page.evaluate(() => window.WelcomeAudit.auditFile()));
  const [photo] = file.responses[CHECKLIST.id][item1].evidence;
  assert.equal(photo.kind, 'image');
  assert.equal(photo.text, undefined, 'no caption: the file name is not kept');
  assert.match(photo.data_url, /^data:image\/jpeg;base64,/);
  assert.ok(photo.data_url.length <= 160 * 1024, `shrunk to ${photo.data_url.length} bytes`);
  assert.equal(ref.data_url, `wa-photo:${ref.data_url.split(':')[1]}:${photo.data_url.length}`, 'the reference gives the size');

  // Not a picture: a message, nothing added.
  await choosePhoto(page, { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
  const bad = 'That file could not be read as a picture. Choose a JPEG, PNG, GIF or WebP photo.';
  await page.locator('p', { hasText: bad }).waitFor();
  assert.equal((await page.evaluate(() => window.WelcomeAudit.audit())).responses[CHECKLIST.id][item1].evidence.length, 1);

  // A second photo; removing the first moves it up, and the page shows it, not the removed one.
  const small = Buffer.from(await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 300; c.height = 200;
    const g = c.getContext('2d');
    g.fillStyle = '#c33'; g.fillRect(0, 0, 300, 200);
    const blob = await new Promise((r) => c.toBlob(r, 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = ''; for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }), 'base64');
  await choosePhoto(page, { name: 'sign.png', mimeType: 'image/png', buffer: small });
  await page.getByRole('img', { name: /^Photo 2, / }).waitFor({ state: 'attached' });
  await press(page, remove);
  const left = (await page.evaluate(() => window.WelcomeAudit.audit())).responses[CHECKLIST.id][item1].evidence;
  assert.equal(left.length, 1);
  await page.getByRole('img', { name: /^Photo 1, / }).waitFor({ state: 'attached' });
  const shown = await page.evaluate((r) => WA_STORE.photoUrl(r), left[0].data_url);
  assert.match(shown, /^blob:/);
  assert.equal(await page.getByRole('img', { name: /^Photo 1, / }).getAttribute('src'), shown);
  assert.equal(await page.getByRole('img').count(), 1);

  // Removed by its button.
  await press(page, remove);
  assert.equal(await page.getByRole('button', { name: /^Remove Photo/ }).count(), 0);
  assert.equal(await page.getByRole('img').count(), 0);
  assert.deepEqual((await page.evaluate(() => window.WelcomeAudit.audit())).responses[CHECKLIST.id][item1]?.evidence ?? [], []);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
