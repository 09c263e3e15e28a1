// Issue 21: a whole field audit by touch only, on a tablet (820x1180 and, turned
// mid-audit, 1180x820, at twice the pixel density) and on a phone (390x844):
// choose two checklists, answer, type a note, measure, count at the desk,
// take a photo with the camera and choose two from the library (the picker
// opens from the tap itself), turn the device, review, plan, export, reload.
// Every text field is typed into with the on-screen keyboard up (the visual
// viewport cut to 60% of the window) and must stay in the part above it.
// On every screen, the controls in view are at least 44x44 px and 8 px apart,
// and nothing runs past the window's edge. Then every theme and 200% text on
// the phone, in screenshots (build/screenshots/field-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, openApp, settle, shot, waitForApp } from './lib.mjs';
import { TABLET, PHONE, tap, reveal, typeByTouch, keyboardUp, keyboardDown, checkTargets, checkNothingCut } from './fingers.mjs';
import { withExif, jpegInfo, sensorJpegBase64 } from './exif.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const audit = (page) => page.evaluate(() => window.WelcomeAudit.audit());
const button = (page, name) => page.getByRole('button', { name, exact: true });
const step = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });
const heading = (page, name) => page.getByRole('heading', { level: 1, name });

// A photo 320x160 as the camera's sensor saw it (red left half, blue right
// half), with EXIF Orientation 6 (turn 90° clockwise to show it) and a GPS position.
async function cameraPhoto(page) {
  return withExif(Buffer.from(await page.evaluate(sensorJpegBase64), 'base64'), 6);
}
const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// The photos kept on an item, as the audit file carries them (data: URLs).
async function keptPhotos(page, checklist, item) {
  const file = JSON.parse(await page.evaluate(() => window.WelcomeAudit.auditFile()));
  return (file.responses[checklist][item].evidence || []).filter((e) => e.kind === 'image').map((e) => e.data_url);
}

async function screens(page, where) {
  await checkTargets(page, where);
  await checkNothingCut(page, where);
}

async function fieldAudit(page, device, name) {
  const { width, height } = device.viewport;
  assert.equal(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'a touch screen');
  await screens(page, name + ' start');
  // "Open a file" opens its picker from a tap too (then cancelled: nothing chosen).
  const [opened] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), tap(page, button(page, 'Open a file'))]);
  assert.equal(await opened.element().getAttribute('id'), 'file-input');
  await opened.setFiles([]);

  await tap(page, button(page, 'Start a new audit'));
  await heading(page, 'About your library').waitFor({ state: 'attached' });
  await typeByTouch(page, page.getByRole('textbox', { name: 'Library system', exact: true }), 'Riverside County Library');
  await typeByTouch(page, page.getByRole('textbox', { name: 'Branch', exact: true }), 'Eastside');
  // A date: the browser's own date picker (type=date), chosen there.
  const date = page.getByRole('textbox', { name: 'Date of the audit' });
  assert.equal(await date.getAttribute('type'), 'date');
  await typeByTouch(page, date, '2026-05-15', { fill: true });
  await screens(page, name + ' library');
  await tap(page, button(page, 'Continue'));

  await heading(page, 'Choose checklists').waitFor({ state: 'attached' });
  await tap(page, page.getByRole('checkbox', { name: 'Physical access to the building' }));
  await tap(page, page.getByRole('checkbox', { name: 'Welcome behaviors at the desk' }));
  await screens(page, name + ' checklists');
  await tap(page, button(page, 'Start the audit'));
  // The checklists come in the order they are offered: the desk's first.
  await heading(page, /^Welcome behaviors at the desk: Item 1 of /).waitFor({ state: 'attached', timeout: 20000 });

  // The item's question and its answers are on the first screen, as it opens.
  const firstScreen = await page.evaluate(() => {
    const r = (id) => document.querySelector(`[data-wa="${id}"]`).getBoundingClientRect();
    return { prompt: r('item-prompt').top, lastAnswer: r('answer-not-sure').bottom, height: innerHeight };
  });
  assert.ok(firstScreen.prompt >= 0 && firstScreen.lastAnswer <= firstScreen.height,
    `question and answers on the first screen: ${JSON.stringify(firstScreen)}`);
  // No key shortcuts, no key hints on a touch screen that has no keyboard.
  assert.equal(await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).count(), 0);
  assert.equal(await page.locator('#mirror [aria-keyshortcuts]').count(), 0);
  assert.equal(await page.getByRole('button', { name: /\((N|P|U)\)/ }).count(), 0);
  await screens(page, name + ' walk');
  await shot(page, `field-${name}-walk`);

  // The desk: counted with taps as people walk up, then answered.
  for (const yes of [true, true, true, false]) await tap(page, page.getByRole('button', { name: new RegExp(`^${yes ? 'Yes' : 'No'}: add one`) }));
  const sittings = (await audit(page)).responses['welcome-behaviors']['wb-greet-promptly'].tally;
  const count = (k) => sittings.reduce((n, x) => n + x[k], 0);
  assert.deepEqual([count('yes'), count('no')], [3, 1], JSON.stringify(sittings));
  await screens(page, name + ' counted item');
  await tap(page, page.getByRole('radio', { name: 'Partly met', exact: true }));
  assert.equal((await audit(page)).responses['welcome-behaviors']['wb-greet-promptly'].answer, 'partly');
  // A note: a plain keyboard (no number pad, spelling on).
  const note = page.getByRole('textbox', { name: 'Note (optional)' });
  assert.equal(await note.evaluate((el) => [el.tagName, el.getAttribute('inputmode'), el.spellcheck].join()), 'TEXTAREA,,true');
  await typeByTouch(page, note, 'Busy at 11, two waited');
  assert.equal((await audit(page)).responses['welcome-behaviors']['wb-greet-promptly'].note, 'Busy at 11, two waited');
  // A browser that makes the page itself shorter for its keyboard (Chrome on
  // Android, interactive-widget=resizes-content): the field stays in view too.
  await tap(page, note);
  await page.setViewportSize({ width, height: Math.round(height * 0.55) });
  await settle(page);
  const shrunk = await note.evaluate((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom, innerHeight]);
  assert.ok(shrunk[0] >= 0 && shrunk[1] <= shrunk[2], 'the note is in view in the shortened page: ' + shrunk);
  await page.setViewportSize({ width, height });
  await settle(page);

  // The building: its first item answered, then on to item 5, which measures: a decimal keypad.
  await tap(page, button(page, 'Physical access to the building'));
  // Item numbers run through the whole audit: the building's first is the desk's count plus one.
  const first = Number((await heading(page, /^Physical access to the building: Item \d+ of /).textContent()).match(/Item (\d+)/)[1]);
  await tap(page, page.getByRole('radio', { name: 'Met', exact: true }));
  assert.equal((await audit(page)).responses['physical-access']['pa-parking-count'].answer, 'met');
  for (let i = 1; i <= 4; ++i) {
    await tap(page, button(page, 'Next'));
    await heading(page, new RegExp(`^Physical access to the building: Item ${first + i} of `)).waitFor({ state: 'attached' });
  }
  const figure = page.getByRole('textbox', { name: /^Measured/ });
  assert.equal(await figure.getAttribute('inputmode'), 'decimal');
  await typeByTouch(page, figure, '7.5');
  await settle(page);
  assert.equal((await audit(page)).responses['physical-access']['pa-ramps'].measurement.value, 7.5);
  await screens(page, name + ' measured item');

  // A photo from the camera: the picker opens from the tap.
  const camera = button(page, 'Take a photo');
  await reveal(page, camera);
  const [cam] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), tap(page, camera)]);
  assert.equal(cam.isMultiple(), false);
  assert.deepEqual(await cam.element().evaluate((el) => [el.accept, el.getAttribute('capture')]), ['image/*', 'environment']);
  await cam.setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
  await page.waitForFunction(() => (window.WelcomeAudit.audit().responses['physical-access']['pa-ramps'].evidence || []).length === 1);
  // Two from the library at once.
  const [lib] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), tap(page, button(page, 'Choose photos'))]);
  assert.equal(lib.isMultiple(), true);
  assert.equal(await lib.element().getAttribute('capture'), null);
  await lib.setFiles([{ name: 'door.png', mimeType: 'image/png', buffer: PNG_1PX },
    { name: 'ramp.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) }]);
  await page.waitForFunction(() => window.WelcomeAudit.audit().responses['physical-access']['pa-ramps'].evidence.length === 3);
  await settle(page);
  // Kept upright (160 wide, 320 high: the red half on top), with no EXIF block and no GPS position left.
  const [kept] = await keptPhotos(page, 'physical-access', 'pa-ramps');
  const bytes = Buffer.from(kept.split(',')[1], 'base64');
  const info = jpegInfo(bytes);
  assert.deepEqual([info.width, info.height], [160, 320], 'turned upright by its EXIF orientation');
  assert.equal(info.hasExif, false, 'no EXIF block: ' + info.markers.map((m) => m.toString(16)));
  assert.equal(bytes.includes(Buffer.from([40, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 1, 0, 0, 0])), false, 'no GPS position');
  const colours = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const at = (x, y) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
    return { top: at(80, 40), bottom: at(80, 280) };
  }, kept);
  assert.ok(colours.top[0] > 200 && colours.top[2] < 60, 'red on top: ' + colours.top);
  assert.ok(colours.bottom[2] > 200 && colours.bottom[0] < 60, 'blue below: ' + colours.bottom);
  // Said on screen.
  assert.match(await page.locator('[data-wa="evidence-photo-privacy"]').textContent(), /upright.*location \(GPS\)/);
  await screens(page, name + ' photos');
  await shot(page, `field-${name}-photos`);

  // Turned on its side mid-audit: nothing lost, the same item, the figure in its field.
  const before = await audit(page);
  await page.setViewportSize({ width: height, height: width });
  await settle(page);
  await heading(page, new RegExp(`: Item ${first + 4} of `)).waitFor({ state: 'attached' });
  assert.deepEqual(await audit(page), before, 'turning the device keeps everything');
  assert.equal(await figure.inputValue(), '7.5');
  await screens(page, name + ' turned');
  // The note of the next item, typed in on its side.
  await tap(page, button(page, 'Next'));
  await typeByTouch(page, page.getByRole('textbox', { name: 'Note (optional)' }), 'Clear width 33 in');
  await shot(page, `field-${name}-turned`);

  // Review, then the plan: an owner and a due date for the first action.
  await tap(page, step(page, 'Review'));
  await heading(page, 'Review').waitFor({ state: 'attached' });
  await screens(page, name + ' review');
  await shot(page, `field-${name}-review`);
  await tap(page, step(page, 'Plan'));
  await heading(page, 'Improvement plan').waitFor({ state: 'attached' });
  const row = page.locator('#mirror button[aria-expanded]').filter({ hasText: /^1\. / });
  await tap(page, row);
  await typeByTouch(page, page.getByRole('textbox', { name: 'Owner (a role)' }), 'Facilities manager');
  const due = page.getByRole('textbox', { name: 'Due date' });
  assert.equal(await due.getAttribute('type'), 'date');
  await typeByTouch(page, due, '2026-09-30', { fill: true });
  await screens(page, name + ' plan');
  await shot(page, `field-${name}-plan`);

  // Save and export: the audit file, photos in it.
  await tap(page, step(page, 'Save and export'));
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, page.getByRole('button', { name: /^Save the audit file/ }))]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.responses['physical-access']['pa-ramps'].evidence.filter((e) => e.kind === 'image').length, 3);
  assert.equal(saved.profile.branch, 'Eastside');
  await screens(page, name + ' export');

  // A reload keeps everything.
  const last = await audit(page);
  await page.reload();
  await waitForApp(page);
  assert.deepEqual(await audit(page), last, 'the reload keeps the whole audit');
  const actions = Object.values(last.actions).flatMap((items) => Object.values(items)).flatMap((acts) => Object.values(acts));
  assert.ok(actions.some((a) => a.owner === 'Facilities manager' && a.due === '2026-09-30'), 'the plan action kept');
}

for (const [name, device] of [['tablet', TABLET], ['phone', PHONE]]) {
  test(`${name}: a whole field audit by touch only`, { timeout: 10 * 60 * 1000 }, async () => {
    const { ctx, page } = await openApp(browser, server.url, { ...device });
    try {
      await fieldAudit(page, device, name);
    } catch (e) {
      await shot(page, `field-${name}-failed`);  // where it stopped, to look at
      throw e;
    }
    assert.deepEqual(page.errors, []);
    await ctx.close();
  });
}

test('tablet: every theme, on its side', { timeout: 5 * 60 * 1000 }, async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...TABLET, viewport: { width: 1180, height: 820 } });
  const text = readFileSync(new URL('../fixtures/audit-mini.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), text)).ok, true);
  await settle(page);
  for (const theme of ['Dark', 'High contrast', 'Light']) {
    await tap(page, page.getByRole('radio', { name: theme, exact: true }));
    await screens(page, `tablet ${theme}`);
    await shot(page, `field-tablet-${theme.toLowerCase().replace(' ', '-')}`);
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('phone: every theme and 200% text, nothing cut off, targets of 44 px', { timeout: 5 * 60 * 1000 }, async () => {
  const { ctx, page } = await openApp(browser, server.url, { ...PHONE });
  const text = readFileSync(new URL('../fixtures/audit-mini.json', import.meta.url), 'utf8');
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), text)).ok, true);
  await settle(page);
  // The display settings are folded into one button on a phone.
  const display = button(page, 'Display and text size');
  assert.equal(await display.getAttribute('aria-expanded'), 'false');
  for (const theme of ['Light', 'Dark', 'High contrast']) {
    await tap(page, display);
    assert.equal(await display.getAttribute('aria-expanded'), 'true');
    await tap(page, page.getByRole('radio', { name: theme, exact: true }));
    await tap(page, display);
    await tap(page, step(page, 'Audit'));
    await screens(page, `phone ${theme}`);
    await shot(page, `field-phone-${theme.toLowerCase().replace(' ', '-')}`);
  }
  await tap(page, display);
  for (let i = 0; i < 4; ++i) await tap(page, page.getByRole('button', { name: 'Larger text' }));
  assert.match(await page.locator('[data-wa="text-size"]').textContent(), /200%/);
  await tap(page, display);
  for (const s of ['Audit', 'Review', 'Plan', 'Save and export', 'Library', 'Checklists', 'Start']) {
    await tap(page, step(page, s));
    await checkNothingCut(page, `phone 200% ${s}`);
    await checkTargets(page, `phone 200% ${s}`);
  }
  await tap(page, step(page, 'Audit'));
  await shot(page, 'field-phone-200');
  // The on-screen keyboard at 200% text: the note still rises above it.
  await typeByTouch(page, page.getByRole('textbox', { name: 'Note (optional)' }), 'Big text', { clear: true });
  await keyboardUp(page, 0.6);
  await keyboardDown(page);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
