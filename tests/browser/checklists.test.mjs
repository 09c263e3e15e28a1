// The shipped checklists on a hosted page are fetched only when chosen (issue
// 12): the Checklists screen shows each one's title, item count and time from the
// catalog inside the wasm, a checklist's file is fetched when someone ticks it,
// and a file that cannot be fetched is said so in plain words. The offline
// single file has them all inside and fetches nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, launch, openApp, press, settle, shot, tmpDir, DIST, ROOT } from './lib.mjs';

const INDEX = JSON.parse(readFileSync(path.join(ROOT, 'checklists/index.json'), 'utf8')).checklists;
const SHIPPED = INDEX.map((file) => {
  const c = JSON.parse(readFileSync(path.join(ROOT, 'checklists', file), 'utf8'));
  const items = c.sections.reduce((n, s) => n + s.items.length, 0);
  return { file, title: c.title, items, minutes: Math.floor((items * 3 + 4) / 5) };
});

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// Every checklists/* request the page makes, by file name.
function watchChecklistRequests(page) {
  const names = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/checklists\/([^/]+)$/);
    if (m) names.push(m[1]);
  });
  return names;
}

async function toChooseScreen(page) {
  await press(page, page.getByRole('button', { name: 'Start a new audit' }));
  await press(page, page.getByRole('button', { name: 'Continue' }));
  await page.getByRole('heading', { level: 1, name: 'Choose checklists' }).waitFor();
}

test('hosted: Choose lists every shipped checklist; only the chosen one is fetched', async () => {
  let requests;
  const { ctx, page } = await openApp(browser, server.url, { onPage: (p) => { requests = watchChecklistRequests(p); } });
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests, ['index.json'], 'only the index is read at start-up, after the first frame');
  await toChooseScreen(page);
  for (const c of SHIPPED) {
    await page.getByRole('checkbox', { name: c.title, exact: true }).waitFor();
    await page.getByText(`${c.items} items, about ${c.minutes} minutes`).first().waitFor();
  }
  await shot(page, 'choose-catalog');
  assert.deepEqual(requests, ['index.json'], 'showing the Checklists screen fetches no checklist');
  const chosen = SHIPPED[1];
  await press(page, page.getByRole('checkbox', { name: chosen.title, exact: true }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: `${chosen.title}: Item 1 of ${chosen.items}` }).waitFor();
  assert.deepEqual(requests, ['index.json', chosen.file]);
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.deepEqual(audit.checklists.map((c) => c.title), [chosen.title]);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('hosted: a checklist file that cannot be fetched is said so, and nothing is lost', async () => {
  const dir = tmpDir();
  cpSync(DIST, dir, { recursive: true });
  const missing = SHIPPED[0];
  rmSync(path.join(dir, 'checklists', missing.file));
  const local = await startServer(dir);
  try {
    const { ctx, page } = await openApp(browser, local.url);
    await press(page, page.getByRole('button', { name: 'Start a new audit' }));
    await page.getByLabel('Library system').fill('Maple County Library');
    await settle(page);
    await press(page, page.getByRole('button', { name: 'Continue' }));
    await press(page, page.getByRole('checkbox', { name: missing.title, exact: true }), 'Space');
    await press(page, page.getByRole('button', { name: 'Start the audit' }));
    await page.getByText(`The checklist "${missing.title}" could not be loaded from the website.`, { exact: false }).first().waitFor();
    await page.getByRole('heading', { level: 1, name: 'Choose checklists' }).waitFor();
    await shot(page, 'choose-checklist-unavailable');
    assert.equal((await page.evaluate(() => window.WelcomeAudit.audit())).profile.library, 'Maple County Library');
    // Another checklist still works.
    const other = SHIPPED[2];
    await press(page, page.getByRole('checkbox', { name: missing.title, exact: true }), 'Space');
    await press(page, page.getByRole('checkbox', { name: other.title, exact: true }), 'Space');
    await press(page, page.getByRole('button', { name: 'Start the audit' }));
    await page.getByRole('heading', { level: 1, name: `${other.title}: Item 1 of ${other.items}` }).waitFor();
    await ctx.close();
  } finally {
    local.stop();
  }
});

test('offline file: every shipped checklist is inside it, nothing is fetched', async () => {
  const url = pathToFileURL(path.join(DIST, 'welcome-audit-offline.html')).href;
  let requests;
  const { ctx, page } = await openApp(browser, url, { onPage: (p) => { requests = watchChecklistRequests(p); } });
  await toChooseScreen(page);
  for (const c of SHIPPED) await page.getByText(`${c.items} items, about ${c.minutes} minutes`).first().waitFor();
  const last = SHIPPED[SHIPPED.length - 1];
  await press(page, page.getByRole('checkbox', { name: last.title, exact: true }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: `${last.title}: Item 1 of ${last.items}` }).waitFor();
  assert.deepEqual(requests, []);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test("hosted: next year's audit gets this year's version of a checklist, fetched then", async () => {
  const shipped = JSON.parse(readFileSync(path.join(ROOT, 'checklists', SHIPPED[0].file), 'utf8'));
  const old = { ...shipped, version: '0.9.0' };
  const audit = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8'));
  audit.checklists = [old];
  audit.responses = {};
  let requests;
  const { ctx, page } = await openApp(browser, server.url, { onPage: (p) => { requests = watchChecklistRequests(p); } });
  assert.deepEqual(await page.evaluate((t) => window.WelcomeAudit.load(t), JSON.stringify(audit)), { ok: true, errors: [] });
  await settle(page);
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Start', exact: true }));
  await press(page, page.getByRole('button', { name: "Start next year's audit from this one" }).first());
  await page.waitForFunction((v) => window.WelcomeAudit.audit()?.checklists[0].version === v, shipped.version);
  assert.ok(requests.includes(SHIPPED[0].file), 'the checklist was fetched for the update');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
