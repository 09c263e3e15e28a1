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
import { startServer } from '../lib.mjs';
import { shortAudit, offlineFile, findInPage, until, settle } from './journey.mjs';

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

test('WebKit: the offline file from file:// boots and keeps an answer over a reload', async () => {
  const d = await driver();
  try {
    const backend = await offlineFile(d);
    console.log('# store from file:// in WebKit: ' + backend);
  } finally {
    await d.session.quit();
  }
});
