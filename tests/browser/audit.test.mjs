// A whole audit of one checklist, as a person does it: keyboard and the
// accessibility tree (role and label locators), the mouse for one answer.
// Then the exported plan is checked against its schema and the expected scores,
// and a reload must restore everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { startServer, launch, openApp, press, shot, settle, waitForApp, ROOT } from './lib.mjs';

const CHECKLIST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));
const ITEMS = CHECKLIST.sections.flatMap((s) => s.items);
const ANSWERS = ['Met', 'Partly met', 'Not met', 'Not applicable', 'Not sure yet'];
const ANSWER_IDS = ['met', 'partly', 'not-met', 'not-applicable', 'not-sure'];
// Item i gets answer i % 5, except the last item, left unanswered.
const answerOf = (i) => (i === ITEMS.length - 1 ? -1 : i % 5);

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

function expectedTally() {
  let earned = 0, possible = 0;
  const counts = [0, 0, 0, 0, 0];
  ITEMS.forEach((item, i) => {
    const a = answerOf(i);
    if (a < 0) return;
    counts[a]++;
    if (a <= 2) { possible += item.weight; earned += item.weight * [1, 0.5, 0][a]; }
  });
  return { earned, possible, percent: Math.round((1000 * earned) / possible) / 10, counts };
}

test('a librarian completes an audit by keyboard and exports a valid plan', async () => {
  const { ctx, page } = await openApp(browser, server.url);
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));

  // Library profile
  await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
  await page.getByLabel('Library system').fill('Maple County Library');
  await page.getByLabel('Branch').fill('Eastside Branch');
  await page.getByLabel('Date of the audit').fill('2026-11-25');
  await page.getByLabel('Who is auditing (roles, one per line)').fill("Branch manager\nChildren's librarian");
  await settle(page);
  await shot(page, 'screen-2-profile');
  await press(page, page.getByRole('button', { name: 'Continue' }));

  // Choose a checklist
  await page.getByRole('heading', { level: 1, name: 'Choose checklists' }).waitFor();
  await shot(page, 'screen-3-choose');
  await press(page, page.getByRole('checkbox', { name: CHECKLIST.title }), 'Space');
  assert.equal(await page.getByRole('checkbox', { name: CHECKLIST.title }).isChecked(), true);
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  // Single-key shortcuts are off until the person turns them on (issue 20).
  const shortcuts = page.getByRole('checkbox', { name: /^Single-key shortcuts/ });
  assert.equal(await shortcuts.isChecked(), false);
  await press(page, shortcuts, 'Space');
  assert.equal(await shortcuts.isChecked(), true);

  // Walk every item
  for (let i = 0; i < ITEMS.length; ++i) {
    await page.getByRole('heading', { level: 1, name: `${CHECKLIST.title}: Item ${i + 1} of ${ITEMS.length}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: ITEMS[i].prompt }).waitFor();
    // Every answer of the current item is named in the accessibility tree.
    const group = page.getByRole('radiogroup', { name: 'Your answer' });
    for (const name of ANSWERS) await group.getByRole('radio', { name, exact: true }).waitFor({ state: 'attached' });
    const a = answerOf(i);
    if (a >= 0) {
      if (i === 1) {
        // One answer with the mouse, on the canvas where the button is drawn.
        const box = await group.getByRole('radio', { name: ANSWERS[a], exact: true }).boundingBox();
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      } else if (i === 2) {
        // One with the arrow keys of the radio group: focus the first, move to the third.
        await group.getByRole('radio', { name: 'Met', exact: true }).focus();
        await page.keyboard.press('Space');
        await settle(page);
        await page.keyboard.press('ArrowDown');
        await settle(page);
        await page.keyboard.press('ArrowDown');
      } else {
        await page.keyboard.press(String(a + 1));  // the number-key shortcut
      }
      await settle(page);
      assert.equal(await group.getByRole('radio', { name: ANSWERS[a], exact: true }).isChecked(), true,
        `item ${i + 1} shows its answer ${ANSWERS[a]}`);
    }
    if (i === 0) {
      await page.getByLabel('Note (optional)').fill('Sign-up sheet shows 9, 11 and 10 children.');
      await settle(page);
      await shot(page, 'screen-4-walk');
      const why = page.getByRole('button', { name: 'Why it matters', expanded: false });
      await press(page, why);
      await page.getByRole('heading', { level: 3, name: 'Why it matters' }).waitFor();
      // The same element, still focused, now expanded (its name unchanged).
      await page.getByRole('button', { name: 'Why it matters', expanded: true }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.dataset.wa), 'toggle-why');
    }
    if (i < ITEMS.length - 1) {
      await page.keyboard.press('n');
      await settle(page);
    }
  }
  assert.deepEqual(page.errors, []);

  // Review
  const exp = expectedTally();
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' }));
  await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
  const pct = Math.round(exp.percent);
  await page.getByRole('progressbar', { name: `Overall: ${pct}%` }).waitFor({ state: 'attached' });
  await shot(page, 'screen-5-review');

  // Plan
  await press(page, page.getByRole('button', { name: 'Go to the plan' }));
  await page.getByRole('heading', { level: 1, name: 'Improvement plan' }).waitFor();
  await shot(page, 'screen-6-plan');

  // Export the JSON plan
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Save and export' }));
  await page.getByRole('heading', { level: 1, name: 'Save and export' }).waitFor();
  await shot(page, 'screen-7-export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Plan as JSON (for your library system)' }).press('Enter'),
  ]);
  assert.match(download.suggestedFilename(), /^welcome-audit-eastside-branch-2026-11-25-plan\.json$/);
  const plan = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'checklists/schema/plan.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, plan);
  assert.ok(valid, 'plan matches plan.schema.json: ' + JSON.stringify(ajv.errors));
  assert.equal(plan.profile.library, 'Maple County Library');
  assert.deepEqual(plan.profile.auditor_roles, ['Branch manager', "Children's librarian"]);
  assert.deepEqual(plan.checklists.map((c) => [c.id, c.version]), [[CHECKLIST.id, CHECKLIST.version]]);
  const o = plan.summary.overall;
  assert.equal(o.earned, exp.earned);
  assert.equal(o.possible, exp.possible);
  assert.equal(o.percent, exp.percent);
  assert.deepEqual([o.met, o.partly, o.not_met, o.not_applicable, o.not_sure, o.unanswered], [...exp.counts, 1]);
  // Every not met / partly item yields its recommended actions; every not sure item one find-out task.
  let expectedActions = 0;
  ITEMS.forEach((item, i) => {
    const a = answerOf(i);
    if (a === 1 || a === 2) expectedActions += item.actions.length;
    if (a === 4) expectedActions += 1;
  });
  assert.equal(plan.actions.length, expectedActions);

  // The audit document holds each answer and the note.
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  ITEMS.forEach((item, i) => {
    const r = audit.responses[CHECKLIST.id]?.[item.id];
    const a = answerOf(i);
    if (a < 0) assert.ok(!r || !r.answer, 'the last item stays unanswered');
    else assert.equal(r.answer, ANSWER_IDS[a], `item ${i + 1}`);
  });
  assert.equal(audit.responses[CHECKLIST.id][ITEMS[0].id].note, 'Sign-up sheet shows 9, 11 and 10 children.');

  // A reload loses nothing: same audit, same screen.
  await page.reload();
  await waitForApp(page);
  assert.deepEqual(await page.evaluate(() => window.WelcomeAudit.audit()), audit);
  await page.getByRole('heading', { level: 1, name: 'Save and export' }).waitFor();
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Start' }));
  await page.getByRole('button', { name: 'Continue the audit' }).waitFor();
  await shot(page, 'screen-1-start-resume');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
