// Issue 20: a seeded random walk through the real page, by keyboard and the
// accessibility tree, as a busy person would: answer, type notes and plan
// fields in many scripts, open and close actions, set owners, dates and costs,
// measure and count, switch units and screens, rename, duplicate, start next
// year's audit, reload. After every step: the focus is not on the page body
// (after an action in the app), every text typed into a field is in the audit,
// and the audit kept by the browser is the one on screen. Every few steps and
// at the end, what the app writes (the stored audit, the audit file, the plan
// as JSON and CSV) loads without a word in the command-line tool, Compare and
// "Start next year's audit".
//
// WA_WALK_SEED=n repeats a walk; WA_WALK_STEPS=n sets its length (the test
// command runs a few hundred; `WA_WALK_STEPS=2000` is the long run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, press, shot, settle, waitForApp, tmpDir, ROOT } from './lib.mjs';

const SEED = Number(process.env.WA_WALK_SEED || Math.floor(Math.random() * 2 ** 31));
const STEPS = Number(process.env.WA_WALK_STEPS || 250);
const CLI = path.join(ROOT, 'build/native/welcome-audit');
const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));
const WB = JSON.parse(readFileSync(path.join(ROOT, 'checklists/welcome-behaviors.json'), 'utf8'));
// The item a question belongs to, by its prompt (prompts are unique).
const KEY_OF = new Map();
for (const c of [PA, WB]) for (const s of c.sections) for (const it of s.items) KEY_OF.set(it.prompt, [c.id, it.id, it]);

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Mulberry32: small, fast, and the same walk for the same seed on any machine.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Z', 'door', 'ramp', ' ', '  ', ',', '.', '"', "'", '&', '<b>', '=1+2', '3', '42', 'é', 'ñ', 'ü', 'ß',
  'Доступ', 'Προσβαση', 'نعم', 'שלום', 'पुस्तक', 'ห้องสมุด', '图书馆', '접근성', 'アクセス', '😀', '👩‍🦽', '📚', 'e\u0301',
  'Ő', 'ł', '€', '½', '\u00a0'];

const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });
const audit = (page) => page.evaluate(() => window.WelcomeAudit.audit());
const activeWa = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return !el || el === document.body ? 'BODY' : (el.dataset && el.dataset.wa) || el.id || el.tagName;
});

async function visible(locator) {
  return (await locator.count()) > 0 && (await locator.first().isVisible().catch(() => false));
}

// A field: focused, emptied with the keyboard, then typed into one key at a time.
async function typeInto(page, field, text) {
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

test(`a seeded random walk through the page (seed ${SEED}, ${STEPS} steps)`, { timeout: 60 * 60 * 1000 }, async () => {
  console.log(`walk seed ${SEED}, ${STEPS} steps (WA_WALK_SEED=${SEED} WA_WALK_STEPS=${STEPS} to repeat)`);
  const r = rng(SEED);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const text = (most = 24) => {
    const n = 1 + Math.floor(r() * most);
    let s = '';
    for (let i = 0; i < n; ++i) s += pick(PIECES);
    return s.trim() === '' ? 'x' + s : s;
  };
  const dir = tmpDir();
  const { ctx, page } = await openApp(browser, server.url, { acceptDownloads: true });
  const log = [];
  const expect = new Map();  // what was typed last into each field: 'what' -> [path in the audit, text]
  const found = { steps: 0, checks: 0 };

  // --- a new audit, by keyboard
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await typeInto(page, page.getByLabel('Library system'), text(8));
  await typeInto(page, page.getByLabel('Branch'), text(6));
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await press(page, page.getByRole('checkbox', { name: PA.title }), 'Space');
  await press(page, page.getByRole('checkbox', { name: WB.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: /Item 1 of/ }).waitFor();

  const currentItem = async () => {
    const h = page.getByRole('heading', { level: 2 });
    for (let i = 0; i < await h.count(); ++i) {
      const k = KEY_OF.get((await h.nth(i).textContent()).trim());
      if (k) return k;
    }
    return null;
  };
  // Most steps happen on one screen: the walk goes there first, as a person would.
  const goTo = async (name) => {
    const b = nav(page, name);
    if ((await b.count()) && (await b.getAttribute('aria-current')) !== 'step') await press(page, b);
  };
  const onWalk = async () => {
    if (!(await page.getByRole('radiogroup', { name: 'Your answer' }).count())) await goTo('Audit');
    return (await page.getByRole('radiogroup', { name: 'Your answer' }).count()) > 0;
  };

  const steps = {
    async answer() {
      if (!(await onWalk())) return false;
      const radios = page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio');
      await press(page, radios.nth(Math.floor(r() * 5)), 'Space');
      return true;
    },
    async note() {
      if (!(await onWalk())) return false;
      const k = await currentItem();
      const t = text(40);
      await typeInto(page, page.getByLabel('Note (optional)'), t);
      expect.set('note ' + k[0] + '/' + k[1], [['responses', k[0], k[1], 'note'], t]);
      return true;
    },
    async move() {
      if (!(await onWalk())) return false;
      const b = page.getByRole('button', { name: pick(['Next', 'Previous', 'Next unanswered']), exact: true });
      if (!(await visible(b)) || await b.isDisabled()) return false;
      await press(page, b);
      return true;
    },
    async section() {
      if (!(await onWalk())) return false;
      const b = page.getByRole('button', { name: pick([/\(\d+\/\d+\)$/, new RegExp(`^(${PA.title}|${WB.title})$`)]) });
      const n = await b.count();
      if (!n) return false;
      await press(page, b.nth(Math.floor(r() * n)));
      return true;
    },
    async why() {
      if (!(await onWalk())) return false;
      await press(page, page.getByRole('button', { name: 'Why it matters' }));
      return true;
    },
    async measure() {
      if (!(await onWalk())) return false;
      if (!(await visible(page.getByLabel(/^Measured /)))) {
        // Off to an item that measures: the physical-access checklist has several.
        const pa = page.getByRole('button', { name: PA.title, exact: true });
        if (await pa.count()) await press(page, pa);
        for (let i = 0; i < 12 && !(await visible(page.getByLabel(/^Measured /))); ++i) {
          const next = page.getByRole('button', { name: 'Next', exact: true });
          if (await next.isDisabled()) break;
          await press(page, next);
        }
      }
      const f = page.getByLabel(/^Measured /);
      if (!(await visible(f))) return false;
      const figure = String(Math.floor(r() * 60)) + pick(['', '.5', ',25']);
      await typeInto(page, f, figure);
      if (r() < 0.5) {
        const other = page.getByRole('radiogroup', { name: /^Unit for / }).getByRole('radio', { checked: false });
        if (await other.count()) {
          await press(page, other.first(), 'Space');
          const choice = page.getByRole('button', { name: r() < 0.5 ? /^Convert to / : /^It was / });
          if (await visible(choice)) await press(page, choice);
        }
      }
      return true;
    },
    async tally() {
      if (!(await onWalk())) return false;
      const b = page.getByRole('button', { name: pick([/^Yes: add one/, /^No: add one/, /^Take back a yes/, /^Take back a no/]) });
      if (!(await visible(b)) || await b.first().isDisabled()) return false;
      await press(page, b.first(), pick(['Enter', ' ']));
      return true;
    },
    async screen() {
      const name = pick(['Start', 'Library', 'Checklists', 'Audit', 'Review', 'Plan', 'Save and export']);
      const b = nav(page, name);
      if (!(await visible(b))) return false;
      await press(page, b);
      return true;
    },
    async library() {
      await goTo('Library');
      if (!(await visible(page.getByLabel('Library system')))) return false;
      const field = pick(['Library system', 'Branch', 'Date of the audit', 'Who is auditing (roles, one per line)']);
      if (field === 'Date of the audit') {
        const m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28), y = 2024 + Math.floor(r() * 4);
        // Into the date input's first part (month) by Tab from the field before it,
        // as a person does: a date input that kept the focus keeps its caret in the year.
        await page.getByLabel('Branch').focus();
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(m).padStart(2, '0') + String(d).padStart(2, '0') + y, { delay: 5 });
        await settle(page);
        expect.set('date', [['profile', 'date'], `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]);
      } else if (field.startsWith('Who')) {
        const roles = [text(5), text(5)];
        await typeInto(page, page.getByLabel(field), roles.join('\n'));
        expect.set('roles', [['profile', 'auditor_roles'], roles.filter((x) => x.trim())]);
      } else {
        const t = text(10);
        await typeInto(page, page.getByLabel(field), t);
        expect.set(field, [['profile', field === 'Branch' ? 'branch' : 'library'], t]);
      }
      return true;
    },
    async plan() {
      await goTo('Plan');
      const rows = page.getByRole('button', { name: /^\d+\. / });
      const n = await rows.count();
      if (!n) return false;
      const row = rows.nth(Math.floor(r() * n));
      if ((await row.getAttribute('aria-expanded')) !== 'true') await press(page, row);
      const owner = page.getByLabel('Owner (a role)');
      if (!(await visible(owner))) return true;
      const key = (await owner.first().getAttribute('data-wa')).slice('owner-'.length);
      const [c, i, a] = key.split('/');
      const what = pick(['owner', 'cost', 'notes', 'due', 'status', 'suggestion', 'close']);
      if (what === 'close') { await press(page, row); return true; }
      if (what === 'suggestion') {
        const use = page.getByRole('button', { name: /^Use the suggested owner: / });
        if (!(await visible(use))) return true;
        const name = (await use.first().textContent()).replace(/^Use the suggested owner: /, '');
        await press(page, use.first());
        expect.set('owner ' + key, [['actions', c, i, a, 'owner'], name]);
        return true;
      }
      if (what === 'status') {
        await press(page, page.getByRole('radiogroup', { name: 'Status' }).getByRole('radio').nth(Math.floor(r() * 3)), 'Space');
        return true;
      }
      if (what === 'due') {
        const m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28), y = 2026 + Math.floor(r() * 3);
        await page.getByLabel('Owner (a role)').focus();
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(m).padStart(2, '0') + String(d).padStart(2, '0') + y, { delay: 5 });
        await settle(page);
        expect.set('due ' + key, [['actions', c, i, a, 'due'], `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]);
        return true;
      }
      const label = { owner: 'Owner (a role)', cost: 'Cost estimate', notes: 'Notes' }[what];
      const t = text(what === 'notes' ? 40 : 12);
      await typeInto(page, page.getByLabel(label, { exact: true }), t);
      expect.set(what + ' ' + key, [['actions', c, i, a, what === 'cost' ? 'cost_estimate' : what], t]);
      return true;
    },
    // On Start: the open audit renamed (in any script) or copied; or next
    // year's audit started from it, which then becomes the audit walked.
    async start() {
      await goTo('Start');
      const what = pick(['rename', 'rename', 'duplicate', 'next-year']);
      const open = page.getByRole('heading', { level: 3, name: /\(open now\)$/ });
      if (!(await open.count())) return false;
      const title = (await open.first().textContent()).replace(/ \(open now\)$/, '');
      if (what === 'rename') {
        await press(page, page.getByRole('button', { name: 'Rename: ' + title, exact: true }));
        const name = text(8);
        await typeInto(page, page.getByLabel('New name for ' + title, { exact: true }), name);
        await press(page, page.getByRole('button', { name: 'Save the name: ' + title, exact: true }));
        return true;
      }
      if (what === 'duplicate') {
        await press(page, page.getByRole('button', { name: 'Duplicate: ' + title, exact: true }));
        return true;
      }
      await press(page, page.getByRole('button', { name: "Start next year's audit from this one: " + title, exact: true }));
      await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
      expect.clear();  // a new audit: last year's values stay in last year's
      return true;
    },
    async reload() {
      await page.reload();
      await waitForApp(page);
      return 'reload';
    },
  };
  const weights = [['answer', 6], ['note', 4], ['move', 6], ['section', 2], ['why', 1], ['measure', 3], ['tally', 3],
    ['screen', 5], ['library', 2], ['plan', 6], ['start', 1], ['reload', 1]];
  const bag = weights.flatMap(([n, w]) => Array(w).fill(n));

  const valueAt = (a, p) => p.reduce((o, k) => (o == null ? undefined : o[k]), a);
  async function check(step, what) {
    const a = await audit(page);
    for (const [name, [p, want]] of expect) {
      const got = valueAt(a, p);
      assert.deepEqual(got, want, `step ${step} (${what}): ${name} in the audit is ${JSON.stringify(got)}, typed ${JSON.stringify(want)} (seed ${SEED})`);
      ++found.checks;
    }
  }
  // What the browser keeps is what the page shows, and the command-line tool reads it without a word.
  async function storedLoads(step) {
    // "Saved" once a change was saved; right after a reload nothing has changed, and nothing needed saving.
    await page.getByText(/^Saved on this computer at /).first().waitFor({ state: 'attached', timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(600);
    const [stored, shown] = await page.evaluate(async () =>
      [await WA_STORE.readText(WA_STORE.current), JSON.stringify(window.WelcomeAudit.audit())]);
    assert.deepEqual(JSON.parse(stored), JSON.parse(shown), `step ${step}: the stored audit is the one on screen (seed ${SEED})`);
    const file = path.join(dir, `stored-${step}.json`);
    writeFileSync(file, await page.evaluate(() => window.WelcomeAudit.auditFile()));
    execFileSync(CLI, ['validate', '--strict', file], { stdio: 'pipe' });
  }

  for (let step = 1; step <= STEPS; ++step) {
    const name = pick(bag);
    let did;
    try {
      did = await steps[name]();
    } catch (e) {
      await shot(page, `walk-failed-${SEED}`);
      throw new Error(`step ${step} (${name}) failed (seed ${SEED}): ${e.message}\nlast steps: ${log.slice(-12).join(', ')}`);
    }
    if (!did) continue;
    log.push(name);
    ++found.steps;
    if (did !== 'reload') {
      const focus = await activeWa(page);
      assert.notEqual(focus, 'BODY', `step ${step} (${name}): the focus fell to the page body (seed ${SEED}); last steps: ${log.slice(-12).join(', ')}`);
    }
    await check(step, name);
    if (step % 50 === 0) await storedLoads(step);
  }
  await storedLoads('end');

  // --- at the end: the audit file, the plan as JSON and as CSV, from Save and export
  await press(page, nav(page, 'Save and export'));
  const download = async (name) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).press('Enter')]);
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  };
  const auditFile = await download('Save the audit file (.json)');
  const planFile = await download(/^Plan as JSON/);
  const csvFile = await download(/spreadsheet|CSV/i);
  execFileSync(CLI, ['validate', '--strict', auditFile, planFile], { stdio: 'pipe' });
  execFileSync(CLI, ['compare', planFile, auditFile, '--format', 'csv', '-o', path.join(dir, 'compared.csv')], { stdio: 'pipe' });
  assert.ok(readFileSync(csvFile, 'utf8').length > 0);

  // Compare, in the page: the plan opens without a word of trouble.
  await press(page, nav(page, 'Start'));
  await press(page, page.getByRole('button', { name: /^Compare branches/ }));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add plan files' }).press('Enter')]);
  await chooser.setFiles([planFile]);
  await page.waitForTimeout(300);
  await settle(page);
  assert.equal(await page.locator('#mirror').getByText(/could not be opened/).count(), 0, `Compare refused the plan (seed ${SEED})`);
  // Next year's audit from this one, and the Progress screen that follows.
  await press(page, nav(page, 'Start'));
  await press(page, page.getByRole('button', { name: /^Start next year's audit from this one: / }).first());
  await page.getByRole('heading', { level: 1, name: 'About your library' }).waitFor();
  assert.equal(await page.locator('#mirror').getByText(/could not be opened|not a date|left out/).count(), 0,
    `next year's audit said there was trouble (seed ${SEED})`);
  console.log(`walk seed ${SEED}: ${found.steps} steps taken, ${found.checks} typed values checked; steps: ${
    Object.entries(log.reduce((m, s) => ({ ...m, [s]: (m[s] || 0) + 1 }), {})).map(([k, v]) => k + ' ' + v).join(', ')}`);
  await ctx.close();
});
