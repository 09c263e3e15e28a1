// A consortium's config.json beside the page (docs/hosting.md; src/core/config.h,
// src/app/consortium.cpp): Start shows who hosts the page, its logo, whom to ask
// and where plans go (a real link); Choose offers only what it offers, with the
// recommended ones marked and ticked, and the consortium's own checklist can be
// audited. A broken config is explained on Start and the app works as usual.
// The offline file built with --config shows it from file://; the service
// worker fetches config.json from the network first and keeps it for offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { startServer, launch, openApp, press, settle, shot, axe, overlaps, waitForApp, tmpDir, DIST, ROOT } from './lib.mjs';

const read = (p) => readFileSync(path.join(ROOT, p), 'utf8');
const WB = JSON.parse(read('checklists/welcome-behaviors.json'));
const PA = JSON.parse(read('checklists/physical-access.json'));
const SST = JSON.parse(read('checklists/sensory-storytime.json'));
const OWN = { ...JSON.parse(read('tests/fixtures/checklist-mini.json')), id: 'riverside-wayfinding', title: 'Riverside wayfinding', version: '1.3.0' };
const NAME = 'Riverside Library Consortium';
const CONFIG = {
  format: 'welcome-audit/config', format_version: 1,
  name: NAME,
  tagline: 'Our yearly accessibility self-audit: please finish it by the end of March.',
  logo: { src: 'riverside-logo.svg', alt: 'Riverside Library Consortium logo' },
  contact: 'Questions? Ana Ruiz, accessibility coordinator, 555-0100',
  offered: ['welcome-behaviors', 'physical-access'],
  recommended: ['welcome-behaviors', 'riverside-wayfinding'],
  checklists: ['riverside/wayfinding.json'],
  language: 'en',
  send_plan_to: 'audits@riverside.example',
};
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="72" viewBox="0 0 240 72">'
  + '<rect width="240" height="72" fill="#0b4f6c"/><text x="16" y="46" font-size="28" fill="#fff" font-family="sans-serif">Riverside</text></svg>';

// A consortium's folder: the built page, its config, its logo and its own checklist.
function consortiumFolder(config = CONFIG) {
  const dir = tmpDir();
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 1));
  writeFileSync(path.join(dir, 'riverside-logo.svg'), LOGO);
  mkdirSync(path.join(dir, 'riverside'));
  writeFileSync(path.join(dir, 'riverside/wayfinding.json'), JSON.stringify(OWN, null, 1));
  return dir;
}

let browser;
const servers = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); for (const s of servers) s.stop(); });
const serve = async (dir) => { const s = await startServer(dir); servers.push(s); return s; };
const nav = (page, name) => page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name, exact: true });

async function logoShown(page, alt) {
  const img = page.getByRole('img', { name: alt });
  await img.waitFor({ state: 'attached' });
  await page.waitForFunction((a) => {
    const el = [...document.querySelectorAll('#mirror img')].find((i) => i.alt === a);
    return el && el.complete && el.naturalWidth > 0;
  }, alt, { timeout: 10000 });
}

// Start: every part of the config, as a person and a screen reader get it.
async function checkStart(page) {
  await page.getByRole('heading', { level: 2, name: NAME }).waitFor({ state: 'attached' });
  await page.getByText(CONFIG.tagline).first().waitFor({ state: 'attached' });
  await page.getByText(CONFIG.contact).first().waitFor({ state: 'attached' });
  await logoShown(page, CONFIG.logo.alt);
  await page.getByText('When your plan is ready, email it to this address:').first().waitFor({ state: 'attached' });
  const link = page.getByRole('link', { name: 'audits@riverside.example' });
  assert.equal(await link.getAttribute('href'), 'mailto:audits@riverside.example');
  // The consortium's own checklist arrives after the first frame; then it is listed as recommended.
  await page.getByText(`${NAME} recommends: ${WB.title}, ${OWN.title}.`).first().waitFor({ state: 'attached' });
  // The footer: the app's version and each checklist's.
  const version = await page.evaluate(() => window.WelcomeAudit.version);
  await page.getByText(`Welcome Audit, version ${version}`, { exact: true }).waitFor({ state: 'attached' });
  await page.getByText('Checklists on offer:', { exact: true }).waitFor({ state: 'attached' });
  for (const c of [WB, PA, OWN]) await page.getByText(`${c.title}, version ${c.version}`, { exact: true }).waitFor({ state: 'attached' });
  assert.equal(await page.getByText(new RegExp(`^${SST.title}, version`)).count(), 0, 'a checklist not offered is not listed');
}

// Choose: the two offered shipped checklists and the consortium's own; the recommended ones ticked.
async function checkChoose(page) {
  await press(page, page.getByRole('button', { name: 'Start a new audit', exact: true }));
  await page.getByLabel('Library system').fill(NAME);
  await page.getByLabel('Branch').fill('Eastside Branch');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await page.getByRole('checkbox', { name: `${OWN.title} (recommended)` }).waitFor();
  assert.equal(await page.getByRole('checkbox').count(), 3);
  const wb = page.getByRole('checkbox', { name: `${WB.title} (recommended)` });
  const own = page.getByRole('checkbox', { name: `${OWN.title} (recommended)` });
  const pa = page.getByRole('checkbox', { name: PA.title, exact: true });
  assert.equal(await wb.isChecked(), true);
  assert.equal(await own.isChecked(), true);
  assert.equal(await pa.isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: SST.title }).count(), 0);
  await shot(page, 'config-choose');
  await axe(page, 'Choose with a config');
  // Only the consortium's own checklist, audited.
  await press(page, wb, 'Space');
  assert.equal(await wb.isChecked(), false);
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${OWN.title}: Item 1 of 5`) }).waitFor();
  await press(page, page.getByRole('radiogroup', { name: 'Your answer' }).getByRole('radio', { name: 'Met', exact: true }), 'Space');
  const audit = await page.evaluate(() => window.WelcomeAudit.audit());
  assert.deepEqual(audit.checklists.map((c) => c.id), [OWN.id]);
  assert.equal(Object.values(audit.responses[OWN.id]).filter((r) => r.answer === 'met').length, 1);
  // Where the plan is saved, the page says where it goes.
  await press(page, nav(page, 'Save and export'));
  await page.getByText('When your plan is ready, email it to this address:').first().waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('link', { name: 'audits@riverside.example' }).getAttribute('href'), 'mailto:audits@riverside.example');
}

test('Start shows the consortium; Choose offers its checklists; its own checklist is audited', async () => {
  const server = await serve(consortiumFolder());
  const { ctx, page } = await openApp(browser, server.url);
  await checkStart(page);
  await shot(page, 'config-start-light');
  await axe(page, 'Start with a config');
  for (const theme of ['Dark', 'High contrast']) {
    await page.getByRole('radio', { name: theme }).focus();
    await page.keyboard.press('Space');
    await settle(page);
    await shot(page, 'config-start-' + theme.toLowerCase().replace(' ', '-'));
    await axe(page, 'Start with a config in ' + theme);
  }
  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('Space');
  await page.mouse.move(640, 600);
  for (let i = 0; i < 4; ++i) await page.mouse.wheel(0, 800);
  await settle(page);
  await shot(page, 'config-start-footer');
  await checkChoose(page);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('Start with a config at 200% text: nothing overlaps', async () => {
  const server = await serve(consortiumFolder());
  const { ctx, page } = await openApp(browser, server.url, { viewport: { width: 1024, height: 768 } });
  for (let i = 0; i < 4; ++i) await press(page, page.getByRole('button', { name: 'Larger text' }));
  await page.getByText('Text size 200%').first().waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 2, name: NAME }).waitFor({ state: 'attached' });
  await logoShown(page, CONFIG.logo.alt);
  await shot(page, 'config-start-200');
  assert.deepEqual(await overlaps(page), [], 'overlapping controls on Start at 200%');
  await page.getByRole('link', { name: 'audits@riverside.example' }).focus();  // the app scrolls to the focus
  await settle(page);
  await shot(page, 'config-start-200-lower');
  await axe(page, 'Start with a config at 200%');
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('a broken config is explained on Start, and the app works with its usual settings', async () => {
  const broken = { ...CONFIG, name: 7, logo: { src: 'riverside-logo.svg' }, recomended: ['physical-access'] };
  delete broken.recommended;
  const server = await serve(consortiumFolder(broken));
  const { ctx, page } = await openApp(browser, server.url);
  await page.getByText(/^This page's settings file \(config\.json\) could not be used/).first().waitFor({ state: 'attached' });
  for (const words of ['"name" must be text', 'the logo has no "alt"', 'did you mean "recommended"?'])
    await page.getByText(words).first().waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('heading', { name: NAME }).count(), 0);
  await shot(page, 'config-broken-start');
  await axe(page, 'Start with a broken config');
  // As without a config: every shipped checklist, none ticked; an audit starts.
  await press(page, page.getByRole('button', { name: 'Start a new audit', exact: true }));
  await page.getByLabel('Library system').fill('Maple County Library');
  await settle(page);
  await press(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await page.getByRole('checkbox', { name: SST.title }).waitFor();
  assert.ok(await page.getByRole('checkbox').count() >= 9);
  await press(page, page.getByRole('checkbox', { name: SST.title }), 'Space');
  await press(page, page.getByRole('button', { name: 'Start the audit' }));
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${SST.title}: Item 1 of`) }).waitFor();
  assert.deepEqual(page.errors.filter((e) => !/config\.json/.test(e)), []);
  await ctx.close();
});

test('not JSON at all (a server error page) is explained too; no config.json is no message', async () => {
  const server = await serve(consortiumFolder('<html><body>Sorry</body></html>\n{'));
  const { ctx, page } = await openApp(browser, server.url);
  await page.getByText(/could not be used/).first().waitFor({ state: 'attached' });
  await page.getByText(/^config\.json, line 1, column 1: /).first().waitFor({ state: 'attached' });
  await ctx.close();
  const plain = await serve(DIST);
  const { ctx: ctx2, page: page2 } = await openApp(browser, plain.url);
  assert.equal(await page2.getByText(/settings file/).count(), 0);
  assert.equal(await page2.getByRole('link').count(), 0);
  assert.deepEqual(page2.errors, []);
  await ctx2.close();
});

test('the offline file built with --config shows it from file://, its own checklist inside', async () => {
  const src = consortiumFolder();
  const out = tmpDir();
  cpSync(DIST, out, { recursive: true });  // the built program; make_pages.py writes the pages again
  execFileSync('python3', [path.join(ROOT, 'scripts/make_pages.py'), '--web', path.join(ROOT, 'web'),
    '--checklists', path.join(ROOT, 'checklists'), '--single-js', path.join(ROOT, 'build/web/single/welcome-audit-single.js'),
    '--dist', out, '--config', path.join(src, 'config.json')]);
  // The hosted folder gets the config and the files it names; the offline file has them inside.
  for (const f of ['config.json', 'riverside-logo.svg', 'riverside/wayfinding.json']) assert.ok(existsSync(path.join(out, f)), f);
  const html = readFileSync(path.join(out, 'welcome-audit-offline.html'), 'utf8');
  assert.ok(html.includes('<script type="application/json" id="wa-config">'));
  assert.ok(html.includes('data:image/svg+xml;base64,'));
  const { ctx, page } = await openApp(browser, pathToFileURL(path.join(out, 'welcome-audit-offline.html')).href);
  await page.getByRole('heading', { level: 2, name: NAME }).waitFor({ state: 'attached' });
  await logoShown(page, CONFIG.logo.alt);
  assert.equal(await page.getByRole('link', { name: 'audits@riverside.example' }).getAttribute('href'), 'mailto:audits@riverside.example');
  await shot(page, 'config-offline-file');
  await checkChoose(page);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('the service worker fetches config.json from the network first and keeps it for offline', async () => {
  const dir = consortiumFolder();
  const server = await serve(dir);
  const { ctx, page } = await openApp(browser, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (keys.length !== 1) return false;
    const c = await caches.open(keys[0]);
    return !!(await c.match('config.json')) && !!(await c.match('riverside-logo.svg')) && !!(await c.match('riverside/wayfinding.json'));
  }, null, { timeout: 30000 });
  // The consortium changes its name: the next load shows it.
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ ...CONFIG, name: 'Riverside Libraries' }));
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Riverside Libraries' }).waitFor({ state: 'attached' });
  // The Wi-Fi drops: the kept copy, logo included.
  await ctx.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Riverside Libraries' }).waitFor({ state: 'attached' });
  await logoShown(page, CONFIG.logo.alt);
  await ctx.close();
});

test('config.schema.json accepts the documented example and refuses a logo without alt text', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(read('checklists/schema/checklist.schema.json')));
  const v = ajv.compile(JSON.parse(read('checklists/schema/config.schema.json')));
  for (const doc of [CONFIG, JSON.parse(read('tests/fixtures/config-riverside.json')), { ...CONFIG, checklists: [OWN] }])
    assert.ok(v(doc), JSON.stringify(v.errors));
  assert.equal(v({ ...CONFIG, logo: { src: 'logo.png' } }), false);
  assert.equal(v({ ...CONFIG, checklists: ['../elsewhere.json'] }), false);
  assert.equal(v({ ...CONFIG, send_plan_to: 'the coordinator' }), false);
  // The example in docs/hosting.md is valid.
  const example = read('docs/hosting.md').match(/```json\n(\{\n  "format": "welcome-audit\/config"[\s\S]*?)```/);
  assert.ok(example, 'docs/hosting.md has an example config');
  assert.ok(v(JSON.parse(example[1])), JSON.stringify(v.errors));
});
