// The UI font is cut down to src/app/font_ranges.inc (issue 12). Text outside
// it is drawn on the canvas as U+FFFD, a visible replacement sign (look at
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
  await page.getByText(NAME, { exact: false }).first().waitFor();
  await shot(page, 'characters-outside-font');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
