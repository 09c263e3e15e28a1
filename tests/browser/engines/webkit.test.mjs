// WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver) through selenium-webdriver
// and WebKitWebDriver: the focused journey (journey.mjs) and the offline file
// from file://. WebKit is Safari's engine (iPads). Needs an X display: scripts/test.sh
// runs it under xvfb-run. WebDriver has no console log here: journey.mjs records
// page errors itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { Builder, Key } from 'selenium-webdriver';
import input from 'selenium-webdriver/lib/input.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, tmpDir } from '../lib.mjs';
import { shortAudit, offlineFile, findInPage, until, settle, waitForApp } from './journey.mjs';
import { withExif, jpegInfo, sensorJpegBase64 } from '../exif.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
let server, wd, port;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

before(async () => {
  server = await startServer();
  port = await freePort();
  wd = spawn('WebKitWebDriver', ['--port=' + port], { stdio: 'ignore' });
  await until('WebKitWebDriver', () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), 15000);
});
after(() => { wd?.kill(); server?.stop(); });

// Which roles WebKit's own accessibility tree must give what the journey finds.
const CHECKED_ROLES = new Set(['button', 'radio', 'checkbox', 'textbox', 'heading']);
let computedWorks = true;

async function driver() {
  const session = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  }).build();
  await session.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  const run = (fn, ...args) => session.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  const focus = async (el) => { await run((e) => e.focus(), el); await settle({ run }); };
  return {
    session,
    goto: (url) => session.get(url),
    reload: () => session.navigate().refresh(),
    run,
    // Found in the mirror by role and name, then checked against the name and
    // role WebKit itself computes (WebDriver's computedrole/computedlabel).
    async find(role, name) {
      const isRegex = name instanceof RegExp;
      const el = await run(findInPage, role, isRegex ? name.source : name, isRegex);
      if (!el || isRegex || !CHECKED_ROLES.has(role) || !computedWorks) return el;
      try {
        const [r, n] = [await el.getAriaRole(), await el.getAccessibleName()];
        assert.equal(n.trim(), name, `WebKit's accessible name of ${role} "${name}"`);
        assert.ok(r === role || (role === 'heading' && /^heading/.test(r)),
          `WebKit's role of "${name}" is ${r}, expected ${role}`);
      } catch (e) {
        if (e instanceof assert.AssertionError) throw e;
        computedWorks = false;  // this WebKitWebDriver does not compute them: the page's ARIA is all we have
        console.log('# WebKitWebDriver gives no computed role/name: ' + e.message);
      }
      return el;
    },
    // Focus first, as Tab would: the app then scrolls the control into view
    // (the mirror itself never scrolls), and WebDriver finds it where it is drawn.
    async press(el, key) {
      await focus(el);
      await el.sendKeys(key === 'Space' ? Key.SPACE : Key.ENTER);
    },
    async type(el, text) {
      await focus(el);
      await el.clear();
      await el.sendKeys(text);
    },
    // A tap: WebDriver's pointer actions of type "touch" at the middle of the
    // element. WebKitGTK has no touch events (no touch screen): its driver
    // delivers them as a mouse's pointerdown, pointerup and click, trusted, as
    // a person's. The element is focused first, as in press(), for the app to
    // scroll it into view: a finger cannot scroll the content here.
    async tap(el) {
      await focus(el);
      const [x, y] = await run((e) => { const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }, el);
      const finger = new input.Pointer('finger', input.Pointer.Type.TOUCH);
      await session.actions({ async: true }).insert(finger,
        finger.move({ x: Math.round(x), y: Math.round(y), origin: input.Origin.VIEWPORT }), finger.press(), finger.release()).perform();
      await settle({ run });
    },
  };
}

test('WebKit: a short audit by role and label, an export, a reload keeps everything', async () => {
  const d = await driver();
  try {
    const caps = await d.session.getCapabilities();
    console.log('# browser: WebKitGTK ' + caps.get('browserVersion') + ', window ' + JSON.stringify(await d.session.manage().window().getRect()));
    await shortAudit(d, server.url);
  } finally {
    await d.session.quit();
  }
});

test('WebKit: the short audit in Spanish (chosen on Start): names, html lang, the plan language', async () => {
  const d = await driver();
  try {
    const audit = await shortAudit(d, server.url, 'es');
    assert.equal(audit.profile.language, 'es');
    assert.equal(await d.run(() => document.documentElement.lang), 'es');
  } finally {
    await d.session.quit();
  }
});

// The page side of the touch journey: the pickers record how they were opened
// (with the person's activation or not) instead of opening GTK's dialog, and
// the on-screen keyboard is the visual viewport cut short, as in Chromium.
function instrumentPickers() {
  window.__picks = [];
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function () {
    if (this.type !== 'file') return click.call(this);
    window.__picks.push({ id: this.id, multiple: this.multiple, capture: this.getAttribute('capture'),
      active: navigator.userActivation ? navigator.userActivation.isActive : null });
  };
}
function keyboard(fraction) {
  const vv = window.visualViewport;
  if (fraction) {
    const h = Math.round(innerHeight * fraction);
    Object.defineProperty(vv, 'height', { configurable: true, get: () => h });
  } else {
    delete vv.height;
  }
  vv.dispatchEvent(new Event('resize'));
  return Math.round(vv.height);
}
const inView = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };

test('WebKit: a journey by touch actions: taps, the on-screen keyboard, the camera and library pickers, photos upright without EXIF', async () => {
  const d = await driver();
  const find = (role, name) => until(`${role} "${name}"`, () => d.find(role, name));
  const tapOn = async (role, name) => d.tap(await find(role, name));
  // Tapped, the keyboard up (60% of the window left), typed into: the field stays above the keyboard.
  const typeIn = async (name, text) => {
    const el = await find('textbox', name);
    await d.tap(el);
    assert.ok(await d.run((e) => e === document.activeElement, el), `the tapped field "${name}" has the focus`);
    const visible = await d.run(keyboard, 0.6);
    await settle(d);
    await el.sendKeys(text);
    await settle(d);
    const [top, bottom] = await d.run(inView, el);
    assert.ok(top >= 0 && bottom <= visible, `"${name}" above the keyboard: ${top}..${bottom} of 0..${visible}`);
    await d.run(keyboard, 0);
    await settle(d);
  };
  try {
    await d.session.manage().window().setRect({ width: 820, height: 1000 }).catch(() => {});
    await d.goto(server.url);
    await waitForApp(d);
    await d.run(instrumentPickers);
    const device = await d.run(() => ({ coarse: matchMedia('(pointer: coarse)').matches, touchEvents: 'ontouchstart' in window,
      maxTouchPoints: navigator.maxTouchPoints, userActivation: !!navigator.userActivation }));
    console.log('# WebKitGTK here: ' + JSON.stringify(device));
    await tapOn('button', 'Start a new audit');
    await until('the Library screen', () => d.find('heading', 'About your library'));
    await typeIn('Library system', 'Maple County Library');
    await tapOn('button', 'Continue');
    await tapOn('checkbox', 'Sensory storytime readiness');
    await tapOn('button', 'Start the audit');
    await until('the first item', () => d.find('heading', /^Sensory storytime readiness: Item 1 of /));
    await tapOn('radio', 'Met');
    await typeIn('Note (optional)', 'Nine children signed up.');

    // The camera: its picker is asked for inside the tap, with the person's activation.
    await tapOn('button', 'Take a photo');
    const picks = await d.run(() => window.__picks);
    assert.deepEqual(picks[0], { id: 'camera-input', multiple: false, capture: 'environment', active: device.userActivation ? true : null });
    // The photo the camera gives (WebDriver's file upload), turned by EXIF and with a GPS position.
    const jpeg = Buffer.from(await d.run(sensorJpegBase64), 'base64');
    const file = path.join(tmpDir(), 'IMG_0001.jpg');
    writeFileSync(file, withExif(jpeg, 6));
    await (await d.session.findElement({ css: '#camera-input' })).sendKeys(file);
    const kept = await until('the photo kept', () => d.run(async () => {
      const text = await window.WelcomeAudit.auditFile();
      const r = Object.values(JSON.parse(text).responses)[0];
      const e = Object.values(r).flatMap((x) => x.evidence || []).find((x) => x.kind === 'image');
      return e ? e.data_url : null;
    }));
    const info = jpegInfo(Buffer.from(kept.split(',')[1], 'base64'));
    assert.deepEqual([info.width, info.height, info.hasExif], [160, 320, false], 'upright, without EXIF');
    // The library: several at once.
    await tapOn('button', 'Choose photos');
    assert.deepEqual((await d.run(() => window.__picks))[1], { id: 'photo-input', multiple: true, capture: null, active: device.userActivation ? true : null });

    await tapOn('button', 'Plan');
    await until('the plan', () => d.find('heading', 'Improvement plan'));
    await tapOn('button', 'Save and export');
    await tapOn('button', 'Plan as JSON (for your library system)');
    const plan = await until('the exported plan', () => d.run(() => window.__wa.downloads[0] || null), 10000);
    assert.equal(JSON.parse(plan.text).profile.library, 'Maple County Library');
    const audit = await d.run(() => window.WelcomeAudit.audit());
    await d.reload();
    await waitForApp(d);
    assert.deepEqual(await d.run(() => window.WelcomeAudit.audit()), audit, 'a reload keeps everything');
    assert.deepEqual(await d.run(() => window.__wa.errors), []);
  } finally {
    await d.session.quit();
  }
});

test('WebKit: the offline file from file:// boots and keeps an answer over a reload', async () => {
  const d = await driver();
  try {
    const backend = await offlineFile(d);
    console.log('# store from file:// in WebKit: ' + backend);
  } finally {
    await d.session.quit();
  }
});
