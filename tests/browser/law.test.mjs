// Which law applies (issue 24), as a person meets it: the Library screen asks
// what kind of library this is (a radio group, by keyboard); an item whose rule
// differs for a private or nonprofit library says so on the Audit screen;
// "Words used here" opens a short glossary; the Export screen says which file
// to send; and the printable report says which law was assumed. Screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, axe, ROOT } from './lib.mjs';

const AR = JSON.parse(readFileSync(path.join(ROOT, 'checklists/access-rights.json'), 'utf8'));
const COORD = AR.sections.flatMap((s) => s.items).find((it) => it.id === 'ar-coordinator');
const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('the Library screen asks which law applies; the Audit, Export screens and the report follow it', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await page.getByLabel('Library system').fill('Riverside Library Association');
  await settle(page);
  const kinds = page.getByRole('radiogroup', { name: 'What kind of library is this?' });
  const priv = kinds.getByRole('radio', { name: /^Private or nonprofit, not part of a government/ });
  assert.equal(await priv.isChecked(), false);  // nothing chosen until someone says
  await press(page, priv, 'Space');
  await settle(page);
  assert.equal(await priv.isChecked(), true);
  await page.getByText(/A library is public when it is part of a government/).first().waitFor();
  await shot(page, 'law-library-screen');
  await axe(page, 'Library screen with the kind of library');

  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: AR.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 2, name: COORD.prompt, exact: true }).waitFor();
  await page.getByText(/^Private or nonprofit library \(ADA Title III\): Title III has no duty to name an ADA coordinator/).waitFor();
  const words = page.getByRole('button', { name: 'Words used here' });
  assert.equal(await words.getAttribute('aria-expanded'), 'false');
  await press(page, words);
  await settle(page);
  assert.equal(await words.getAttribute('aria-expanded'), 'true');
  await page.getByText(/^lbf: Pounds of force/).waitFor();
  await page.getByText(/^CFR: The Code of Federal Regulations/).waitFor();
  await words.focus();
  await shot(page, 'law-audit-note-and-glossary');
  await axe(page, 'Audit screen with the Title III note and the glossary');

  await press(page, nav(page, 'Save and export'));
  await settle(page);
  await page.getByRole('heading', { level: 2, name: 'Which file to send' }).waitFor();
  await page.getByText(/^Send the audit file \(\.json\) when someone will continue or check this audit/).waitFor();
  await shot(page, 'law-export-which-file');
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Printable report (.html)' }).press('Enter')]);
  const html = readFileSync(await d.path(), 'utf8');
  assert.match(html, /<dt>Law assumed<\/dt><dd>ADA Title III, for a private or nonprofit library/);
  assert.match(html, /<dt>Report made<\/dt><dd>\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC<\/dd>/);
  assert.doesNotMatch(html, /\(item ar-/);
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.equal(audit.profile.library_kind, 'private');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
