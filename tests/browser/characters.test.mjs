// The UI font is cut down to src/app/font_ranges.inc (issue 12). Text with
// characters outside it is drawn by the page instead of the canvas (the
// mirror's element made visible, in the app's colour and size: the browser's
// fonts, shaping and direction; look at
// build/screenshots/characters-outside-font.png), and is kept, mirrored for
// screen readers and exported exactly as it was typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, settle, shot, waitForApp, ROOT } from './lib.mjs';

const NAME = 'Bibliothèque Łódź · Βιβλιοθήκη 図書館 📚';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('characters outside the font are kept, mirrored and exported unchanged', async () => {
  const audit = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8'));
  audit.profile.library = NAME;
  const { ctx, page } = await openApp(browser, server.url);
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit)), { ok: true, errors: [] });
  await settle(page);
  assert.equal((await page.evaluate(() => window.WelcomeAudit.audit())).profile.library, NAME);
  await page.reload();
  await waitForApp(page);
  // The Start screen's list of audits names the library: the mirror has the real text.
  const shown = page.getByText(NAME, { exact: false }).first();
  await shown.waitFor();
  await shot(page, 'characters-outside-font');
  // Visible: the element has a real colour, the app's text size, and the text fits its box.
  const look = await shown.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { color: cs.color, size: parseFloat(cs.fontSize), inked: el.classList.contains('mv'), fits: el.scrollHeight <= el.clientHeight + 2 };
  });
  assert.equal(look.inked, true, 'drawn by the page');
  assert.notEqual(look.color, 'rgba(0, 0, 0, 0)');
  assert.ok(look.size >= 14 && look.size <= 24, `text size ${look.size}px`);
  assert.ok(look.fits, 'the whole name shows');
  // Text the font has is left to the canvas: the mirror's element stays invisible.
  const plain = await page.getByRole('heading', { name: 'Start a new audit' }).evaluate((el) => getComputedStyle(el).color);
  assert.equal(plain, 'rgba(0, 0, 0, 0)');
  // In the dark theme the page's text takes the dark theme's colour.
  await page.getByRole('radio', { name: 'Dark' }).focus();
  await page.keyboard.press('Space');
  await settle(page);
  const dark = await shown.evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(dark, look.color);
  assert.notEqual(dark, 'rgba(0, 0, 0, 0)');
  await shot(page, 'characters-outside-font-dark');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('a plan row in another script is drawn by the page, wrapped, and fits its row', async () => {
  const audit = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8'));
  for (const s of audit.checklists[0].sections)
    for (const it of s.items) for (const a of it.actions) a.text = `${a.text} 図書館の入口 · Вход в библиотеку`;
  const { ctx, page } = await openApp(browser, server.url);
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit)), { ok: true, errors: [] });
  await settle(page);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Plan', exact: true }).press('Enter');
  await settle(page);
  const row = page.getByRole('button', { name: /^1\. .*図書館の入口/ });
  await row.waitFor();
  const look = await row.evaluate((el) => ({
    inked: el.classList.contains('mv'), color: getComputedStyle(el).color, fits: el.scrollHeight <= el.clientHeight + 2,
    text: el.textContent,
  }));
  assert.equal(look.inked, true);
  assert.notEqual(look.color, 'rgba(0, 0, 0, 0)');
  assert.ok(look.fits, 'the whole text shows in its row');
  assert.match(look.text, /Вход в библиотеку/);
  await shot(page, 'characters-plan-row');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
