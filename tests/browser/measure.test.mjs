// Items that measure and count themselves, as a person uses them on the Audit
// screen: by keyboard, finding every control by its role and label through
// the mirror. A measured item takes a figure in either unit and suggests an
// answer with its reason; a counted item takes "+ Yes" and "+ No" taps, its
// counts are text in the mirror and each tap is said by the live region. Both are kept over a reload, and the plan screen
// and an export show the figures. Screenshots in every theme and at 200% text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, overlaps, axe, ROOT } from './lib.mjs';

const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));
const WB = JSON.parse(readFileSync(path.join(ROOT, 'checklists/welcome-behaviors.json'), 'utf8'));
const itemOf = (c, id) => c.sections.flatMap((s) => s.items).find((it) => it.id === id);
const DOOR = itemOf(PA, 'pa-door-force');
const GREET = itemOf(WB, 'wb-greet-promptly');
const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Next until the item's prompt is the level-2 heading.
async function walkTo(page, prompt) {
  for (let i = 0; i < 80; ++i) {
    if (await page.getByRole('heading', { level: 2, name: prompt, exact: true }).count()) return;
    await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  }
  assert.fail('never reached: ' + prompt);
}

test('a measured item and a counted item: typed, tapped, suggested, kept, planned and exported', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await page.getByLabel('Branch').fill('Eastside Branch');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: PA.title }), 'Space');
  await press(page, page.getByRole('checkbox', { name: WB.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: new RegExp('Item 1 of') }).waitFor();

  // --- the door: a figure in lbf, then the same figure read in newtons
  await walkTo(page, DOOR.prompt);
  const field = page.getByLabel('Measured door opening force (unit: lbf)');
  assert.equal(await field.getAttribute('inputmode'), 'decimal');  // the number keyboard on a tablet
  await field.fill('8');
  await settle(page);
  await page.locator('#mirror').getByText('door opening force 8 lbf (35.58 N); must be at most 5 lbf (22.2 N): suggests Not met').waitFor();
  await shot(page, 'measure-door-light');
  await press(page, page.getByRole('button', { name: 'Use the suggested answer: Not met' }));
  assert.equal(await page.getByRole('radio', { name: 'Not met', exact: true }).isChecked(), true);
  // Choosing the other unit after a figure asks which is meant (issue 20): "It was 8 N" reads the 8 as 8 N.
  const unit = page.getByRole('radiogroup', { name: 'Unit for door opening force' });
  await press(page, unit.getByRole('radio', { name: 'N', exact: true }), 'Space');
  await press(page, page.getByRole('button', { name: 'It was 8 N' }));
  await page.getByLabel('Measured door opening force (unit: N)').waitFor();
  await page.locator('#mirror').getByText(/8 N \(1\.8 lbf\); .*: suggests Met; answered Not met \(override\)/).waitFor();
  await page.locator('#mirror').getByText(/Your answer differs from the suggestion/).waitFor();
  await press(page, unit.getByRole('radio', { name: 'lbf', exact: true }), 'Space');
  await press(page, page.getByRole('button', { name: 'It was 8 lbf' }));
  await page.locator('#mirror').getByText(/8 lbf \(35\.58 N\).*suggests Not met$/).waitFor();

  // --- the desk: taps by keyboard, the counts a live status, the rule reached at 20 (welcome-behaviors 2.2.0)
  await press(page, page.getByRole('button', { name: WB.title, exact: true }));
  await walkTo(page, GREET.prompt);
  const yes = page.getByRole('button', { name: /^Yes: add one, acknowledged within 10 seconds/ });
  const no = page.getByRole('button', { name: /^No: add one, not acknowledged within 10 seconds/ });
  for (let i = 0; i < 17; ++i) await press(page, yes);
  await press(page, no);
  await press(page, no);
  await press(page, page.getByRole('button', { name: 'Take back a no' }));
  await page.locator('#wa-tally-counts').getByText('Yes 17, no 1: 94% yes of 18 observed.').waitFor();
  await page.locator('#wa-figure-suggestion').getByText(/2 more observations needed/).waitFor();
  await press(page, yes, ' ');  // Space works as well as Enter
  await press(page, no);
  await page.locator('#wa-tally-counts').getByText('Yes 18, no 2: 90% yes of 20 observed.').waitFor();
  // The suggestion says how sure 20 observations are.
  await page.locator('#live').getByText(/Yes 18, no 2: 90% yes of 20 observed\. .*suggests Met \(a small sample: the usual share is probably between \d+% and \d+%\)/).waitFor({ state: 'attached' });
  await press(page, page.getByRole('button', { name: 'Use the suggested answer: Met' }));
  await shot(page, 'tally-desk-light');

  // --- kept over a reload
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: GREET.prompt, exact: true }).waitFor();
  await page.locator('#wa-tally-counts').getByText('Yes 18, no 2: 90% yes of 20 observed.').waitFor();
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  const door = audit.responses[PA.id][DOOR.id];
  assert.equal(door.answer, 'not-met');
  assert.deepEqual([door.measurement.value, door.measurement.unit], [8, 'lbf']);
  const greet = audit.responses[WB.id][GREET.id];
  assert.equal(greet.answer, 'met');
  assert.deepEqual(greet.tally.map((s) => [s.yes, s.no]), [[18, 2]]);
  await press(page, page.getByRole('button', { name: PA.title, exact: true }));
  await walkTo(page, DOOR.prompt);
  assert.equal(await page.getByLabel('Measured door opening force (unit: lbf)').inputValue(), '8');

  // --- the plan says the figure, and so does an export
  await nav(page, 'Plan').press('Enter');
  await settle(page);
  await page.locator('#mirror').getByText(/^door opening force 8 lbf \(35\.58 N\); must be at most 5 lbf/).first().waitFor({ state: 'attached' });
  await nav(page, 'Save and export').press('Enter');
  await settle(page);
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Plan as text (Markdown, .md)' }).press('Enter')]);
  const md = readFileSync(await d.path(), 'utf8');
  // Markdown escapes brackets: "\(35.58 N\)".
  assert.match(md, /door opening force 8 lbf \\\(35\.58 N\\\); must be at most 5 lbf .*: suggests Not met/);
  assert.match(md, /acknowledged within 10 seconds: 18 of 20 \\\(90%\\\)/);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('measured and counted items in the dark and high-contrast themes and at 200% text', async () => {
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 1024, height: 768 } });
  const audit = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-measured.json'), 'utf8'));
  assert.equal((await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit))).ok, true);
  await settle(page);
  await nav(page, 'Audit').press('Enter');
  await settle(page);
  await page.getByLabel('Measured door opening force (unit: lbf)').waitFor();
  await axe(page, 'measured item');
  for (const theme of ['Dark', 'High contrast']) {
    await page.getByRole('radio', { name: theme }).focus();
    await page.keyboard.press('Space');
    await settle(page);
    await page.getByLabel('Measured door opening force (unit: lbf)').focus();
    await settle(page);
    await shot(page, 'measure-door-' + theme.toLowerCase().replace(' ', '-'));
    await axe(page, 'measured item in ' + theme);
  }
  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Larger text' }));
  await page.locator('#mirror').getByText('Text size 200%').first().waitFor({ state: 'attached' });
  await page.getByLabel('Measured door opening force (unit: lbf)').focus();
  await settle(page);
  await shot(page, 'measure-door-text-200');
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on a measured item at 200%');
  // The counted item, at 200%.
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await press(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.getByRole('button', { name: /^Yes: add one/ }).focus();
  await settle(page);
  await shot(page, 'tally-desk-text-200');
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on a counted item at 200%');
  for (const theme of ['Dark', 'High contrast']) {
    await page.getByRole('radio', { name: theme }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Yes: add one/ }).focus();
    await settle(page);
    await shot(page, 'tally-desk-' + theme.toLowerCase().replace(' ', '-') + '-200');
  }
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
