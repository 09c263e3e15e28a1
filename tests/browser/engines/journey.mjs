// The focused journey run in Firefox and in WebKit (the Chromium suite in
// tests/browser/*.test.mjs is the full one). Each engine's test file gives a
// small driver with the same few calls; the journey itself is written once,
// as a person does it: by role and label, with the keyboard.
//
// A driver has:
//   goto(url), reload()
//   run(fn, ...args)         runs fn in the page and returns its (JSON) result
//   find(role, name)         a handle on the element with that role and accessible name
//   press(handle, key)       focuses it and presses key ('Enter', 'Space')
//   type(handle, text)       focuses a text field and types text into it
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(ROOT, 'build/web/dist');
export const OFFLINE_URL = 'file://' + path.join(DIST, 'welcome-audit-offline.html');
const SST = JSON.parse(readFileSync(path.join(ROOT, 'checklists/sensory-storytime.json'), 'utf8'));
// Its Spanish twin (same ids): what a Spanish page offers and shows.
const SST_ES = JSON.parse(readFileSync(path.join(ROOT, 'checklists/es/sensory-storytime.json'), 'utf8'));

// Page-side helpers, put in once per page load: errors, and downloads kept in
// memory (the app's exports end in an <a download> click on a Blob URL; the
// Chromium suite checks real downloads, here we read the Blob the app made).
export function instrument() {
  if (window.__wa) return;
  window.__wa = { errors: [], downloads: [] };
  window.addEventListener('error', (e) => window.__wa.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__wa.errors.push(String(e.reason)));
  // The Blob behind each object URL is kept here: the page's CSP (connect-src 'self')
  // refuses fetching a blob: URL back.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => { const url = createObjectURL.call(URL, blob); blobs.set(url, blob); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && blobs.has(this.href)) {
      const name = this.download;
      blobs.get(this.href).text().then((text) => window.__wa.downloads.push({ name, text }));
      return;
    }
    click.call(this);
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls fn() until it returns something truthy (or fails after `ms`).
export async function until(what, fn, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(150);
  }
}

// Waits until the app stops drawing (it draws only after input).
export async function settle(d) {
  let last = -1;
  for (let i = 0; i < 60; ++i) {
    const f = await d.run(() => window.WelcomeAudit.frames());
    if (f === last) return;
    last = f;
    await sleep(150);
  }
}

export async function waitForApp(d) {
  await until('the first frame', () => d.run(() => !!(window.WelcomeAudit && window.WelcomeAudit.frames() > 0)));
  await d.run(instrument);
  await settle(d);
}

const heading = (d, name) => until(`heading "${name}"`, () => d.find('heading', name));
async function act(d, role, name, key = 'Enter') {
  const h = await until(`${role} "${name}"`, () => d.find(role, name));
  await d.press(h, key);
  await settle(d);
}
async function fill(d, label, text) {
  const h = await until(`text field "${label}"`, () => d.find('textbox', label));
  await d.type(h, text);
  await settle(d);
}
// A date is the browser's own date input (issue 20), typed as its fields take
// it in an American English browser: month, day and year with slashes (Firefox
// and WebKit both move to the next field at a slash; WebKit needs them). An
// engine without date inputs shows a text field, and the app reads 5/15/2026.
async function fillDate(d, label, [y, m, day]) {
  const h = await until(`date field "${label}"`, () => d.find('date', new RegExp('^' + label + '$'))
    .then((el) => el || d.find('textbox', label)));
  await d.type(h, `${m}/${day}/${y}`);
  await settle(d);
  const got = await d.run(() => window.WelcomeAudit.audit().profile.date);
  assert.equal(got, `${y}-${m}-${day}`, `the date typed into "${label}": the field holds ${
    JSON.stringify(await d.run((el) => [el.type, el.value], h))}`);
}
const nav = (d, name) => act(d, 'button', name);  // the "Steps" navigation's buttons
const errors = (d) => d.run(() => window.__wa.errors);

// The names the journey finds things by, in English and in Spanish (issue 25:
// the same journey after choosing "Español" on Start).
export const WORDS = {
  en: { start: 'Start a new audit', about: 'About your library', library: 'Library system', branch: 'Branch',
    date: 'Date of the audit', continue: 'Continue', choose: 'Choose checklists', startAudit: 'Start the audit',
    item: 'Item %d of %d', met: 'Met', notMet: 'Not met', note: 'Note (optional)', next: 'Next',
    saved: /^Saved on this computer at /, plan: 'Plan', planTitle: 'Improvement plan', export: 'Save and export',
    planJson: 'Plan as JSON (for your library system)' },
  es: { start: 'Empezar una nueva auditoría', about: 'Sobre su biblioteca', library: 'Sistema de bibliotecas',
    branch: 'Sucursal', date: 'Fecha de la auditoría', continue: 'Continuar', choose: 'Elegir listas de verificación',
    startAudit: 'Empezar la auditoría', item: 'Punto %d de %d', met: 'Cumple', notMet: 'No cumple',
    note: 'Nota (opcional)', next: 'Siguiente', saved: /^Guardado en esta computadora a las /, plan: 'Plan',
    planTitle: 'Plan de mejoras', export: 'Guardar y exportar', planJson: 'Plan en JSON (para su sistema de bibliotecas)' },
};

// Start, profile, two answers, a note, plan, one export, reload keeps everything.
// In Spanish: "Español" is chosen on Start first, and <html lang> must follow.
export async function shortAudit(d, url, language = 'en') {
  const w = WORDS[language];
  const title = language === 'es' ? SST_ES.title : SST.title;
  const itemOf = (i) => `${title}: ${w.item.replace('%d', i).replace('%d', SST.sections.flatMap((s) => s.items).length)}`;
  await d.goto(url);
  await waitForApp(d);
  await heading(d, 'Welcome Audit');
  if (language !== 'en') {
    await act(d, 'radio', 'Español', 'Space');
    await until('<html lang="es">', () => d.run(() => document.documentElement.lang === 'es' || null));
  }
  await act(d, 'button', w.start);
  await heading(d, w.about);
  await fill(d, w.library, 'Maple County Library');
  await fill(d, w.branch, 'Eastside Branch');
  await fillDate(d, w.date, ['2026', '11', '25']);
  await act(d, 'button', w.continue);
  await heading(d, w.choose);
  await act(d, 'checkbox', title, 'Space');
  await act(d, 'button', w.startAudit);
  await heading(d, itemOf(1));
  await act(d, 'radio', w.met, 'Space');
  await fill(d, w.note, 'Sign-up sheet shows 9 children.');
  await act(d, 'button', w.next);
  await heading(d, itemOf(2));
  await act(d, 'radio', w.notMet, 'Space');
  await until('"Saved"', () => d.find('text', w.saved));

  await nav(d, w.plan);
  await heading(d, w.planTitle);
  await nav(d, w.export);
  await heading(d, w.export);
  await act(d, 'button', w.planJson);
  const file = await until('the exported plan', () => d.run(() => window.__wa.downloads[0] || null), 10000);
  assert.equal(file.name, 'welcome-audit-eastside-branch-2026-11-25-plan.json');
  const plan = JSON.parse(file.text);
  assert.equal(plan.profile.library, 'Maple County Library');
  assert.deepEqual(plan.checklists.map((c) => [c.id, c.version]), [[SST.id, SST.version]]);
  assert.ok(plan.actions.length > 0, 'a not met item gives actions');
  assert.equal(plan.language || 'en', language, 'the plan says its language (left out for English)');

  const audit = await d.run(() => window.WelcomeAudit.audit());
  const items = SST.sections.flatMap((s) => s.items);
  assert.equal(audit.responses[SST.id][items[0].id].answer, 'met');
  assert.equal(audit.responses[SST.id][items[0].id].note, 'Sign-up sheet shows 9 children.');
  assert.equal(audit.responses[SST.id][items[1].id].answer, 'not-met');
  assert.deepEqual(await errors(d), []);

  await d.reload();
  await waitForApp(d);
  assert.deepEqual(await d.run(() => window.WelcomeAudit.audit()), audit);
  await heading(d, w.export);
  assert.deepEqual(await errors(d), []);
  return audit;
}

// A new audit up to its first answer, saved ("Saved on this computer at ...").
export async function firstSave(d, url) {
  await d.goto(url);
  await waitForApp(d);
  await act(d, 'button', 'Start a new audit');
  await fill(d, 'Library system', 'Persistent Library');
  await act(d, 'button', 'Continue');
  await act(d, 'checkbox', SST.title, 'Space');
  await act(d, 'button', 'Start the audit');
  await act(d, 'radio', 'Met', 'Space');
  await until('"Saved"', () => d.find('text', /^Saved on this computer at /));
}

// The offline single file from file://: it boots, an answer is kept over a reload.
export async function offlineFile(d) {
  await d.goto(OFFLINE_URL);
  await waitForApp(d);
  await act(d, 'button', 'Start a new audit');
  await heading(d, 'About your library');
  await fill(d, 'Library system', 'Offline Library');
  await act(d, 'button', 'Continue');
  await act(d, 'checkbox', SST.title, 'Space');
  await act(d, 'button', 'Start the audit');
  await act(d, 'radio', 'Partly met', 'Space');
  await until('"Saved"', () => d.find('text', /^(Saved on this computer at |Not kept)/));
  const backend = await d.run(() => window.WA_STORE.backend);
  await d.reload();
  await waitForApp(d);
  const audit = await d.run(() => window.WelcomeAudit.audit());
  if (backend !== 'memory') {
    assert.equal(audit && audit.profile.library, 'Offline Library');
    assert.equal(audit.responses[SST.id][SST.sections[0].items[0].id].answer, 'partly');
  }
  assert.deepEqual(await errors(d), []);
  return backend;
}

// In-page: the element of the mirror with this role and accessible name.
// Used where the driver has no accessibility-tree query (WebKit over WebDriver):
// the mirror's elements carry their names as ARIA (aria-label) or as text.
export function findInPage(role, name, isRegex) {
  const implicit = (el) => el.getAttribute('role') || ({ BUTTON: 'button', H1: 'heading', H2: 'heading', H3: 'heading',
    H4: 'heading', H5: 'heading', H6: 'heading', TEXTAREA: 'textbox', P: 'text', IMG: 'img', NAV: 'navigation' }[el.tagName]
    || (el.tagName === 'INPUT' ? ({ text: 'textbox', radio: 'radio', checkbox: 'checkbox', date: 'date' }[el.type]) : ''));
  const label = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim();
  const match = isRegex ? (s) => new RegExp(name).test(s) : (s) => s === name;
  for (const el of document.querySelectorAll('#mirror *, #app [role]')) {
    if (implicit(el) === role && match(label(el))) return el;
  }
  return null;
}
