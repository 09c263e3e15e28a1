// A finger on a touch screen, for the browser tests (touch, field): taps and
// drags as the browser gets them from a touch screen (the DevTools protocol's
// Input.dispatchTouchEvent: trusted events, as a person's), an on-screen
// keyboard (the visual viewport cut short), and what a person checks by eye:
// targets large enough and apart, nothing cut off at the window's edge.
import assert from 'node:assert/strict';
import { settle } from './lib.mjs';

export const TABLET = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function finger(page) {
  let cdp = null;
  const session = async () => (cdp ||= await page.context().newCDPSession(page));
  const touch = async (type, x, y, timestamp) => (await session()).send('Input.dispatchTouchEvent',
    { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }], ...(timestamp ? { timestamp } : {}) });
  return {
    // A slow drag by dy (positive: the finger moves down, the content follows
    // it down), held still before it lifts: no glide follows.
    async drag(x, y, dy, { steps = 10, stepMs = 16, hold = 150 } = {}) {
      await touch('touchStart', x, y);
      for (let i = 1; i <= steps; ++i) {
        await touch('touchMove', x, y + (dy * i) / steps);
        await sleep(stepMs);
      }
      await sleep(hold);
      await touch('touchEnd');
    },
    // A flick: fast (a move every 12 ms), and lifted while still moving. The
    // events carry the times a finger would give them: this machine takes
    // longer than that to deliver each one.
    async flick(x, y, dy, steps = 6) {
      const t0 = Date.now() / 1000;
      await touch('touchStart', x, y, t0);
      for (let i = 1; i <= steps; ++i) await touch('touchMove', x, y + (dy * i) / steps, t0 + 0.012 * i);
      await touch('touchEnd', x, y + dy, t0 + 0.012 * (steps + 1));
    },
    async down(x, y) { await touch('touchStart', x, y); },
    async up() { await touch('touchEnd'); },
    async tap(x, y) { await page.touchscreen.tap(x, y); },
  };
}

// Where the element is, and the part of the page the person sees.
// `clipped`: cut at its top or bottom (partly scrolled out of view, or under a fixed header).
function placeOf(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const vv = window.visualViewport;
    // inset(top right bottom left), as CSS shortens it: "inset(62px 0px 0px)".
    const v = (el.style.clipPath.match(/-?[\d.]+px/g) || []).map(parseFloat);
    const top = v.length ? v[0] : 0, bottom = v.length > 2 ? v[2] : top;
    return {
      x: r.left, y: r.top, w: r.width, h: r.height, clipped: top > 0.5 || bottom > 0.5,
      top: vv ? vv.offsetTop : 0, bottom: vv ? vv.offsetTop + vv.height : innerHeight,
    };
  });
}

// Scrolls the content with a finger until the element is wholly in view
// (a finger drags from the window's left margin, which is always canvas).
export async function reveal(page, locator) {
  const f = finger(page);
  await locator.waitFor({ state: 'attached' });
  for (let i = 0; i < 40; ++i) {
    const b = await placeOf(locator);
    const margin = 16;
    const below = b.y + b.h - (b.bottom - margin), above = b.top + margin - b.y;
    if (!b.clipped && below <= 0 && above <= 0) return b;
    const room = (b.bottom - b.top) * 0.6;
    const dy = below > 0 || (b.clipped && above <= 0 && b.y > (b.top + b.bottom) / 2)
      ? -Math.min(room, Math.max(below, 30) + 40) : Math.min(room, Math.max(above, 30) + 40);
    const y0 = dy < 0 ? b.top + (b.bottom - b.top) * 0.8 : b.top + (b.bottom - b.top) * 0.2;
    await f.drag(8, y0, dy);
    await settle(page);
  }
  throw new Error('could not scroll to ' + locator);
}

// A tap on the middle of a control, once it is in view.
export async function tap(page, locator) {
  const b = await reveal(page, locator);
  await page.touchscreen.tap(b.x + b.w / 2, b.y + b.h / 2);
  await settle(page);
}

// The on-screen keyboard rises (the visual viewport keeps the top `fraction`
// of the window) or goes. Headless Chromium shows none, so the page's
// visualViewport says it as a phone's browser would.
export async function keyboardUp(page, fraction = 0.6) {
  await page.evaluate((f) => {
    const vv = window.visualViewport;
    const h = Math.round(innerHeight * f);
    Object.defineProperty(vv, 'height', { configurable: true, get: () => h });
    Object.defineProperty(vv, 'offsetTop', { configurable: true, get: () => 0 });
    vv.dispatchEvent(new Event('resize'));
  }, fraction);
  await settle(page);
}
export async function keyboardDown(page) {
  await page.evaluate(() => {
    const vv = window.visualViewport;
    delete vv.height;
    delete vv.offsetTop;
    vv.dispatchEvent(new Event('resize'));
  });
  await settle(page);
}

// Tapped, the keyboard up, then typed into: the field and its text stay in
// the part the person sees. Returns where the field was (fraction of the window).
export async function typeByTouch(page, field, text, { fill = false, clear = false } = {}) {
  await tap(page, field);
  if (clear) await field.fill('');  // what was there, selected and deleted
  assert.ok(await field.evaluate((el) => el === document.activeElement), 'the tapped field has the focus');
  await keyboardUp(page);
  const inView = async (what) => {
    const b = await placeOf(field);
    assert.ok(b.y >= b.top - 1 && b.y + b.h <= b.bottom + 1,
      `${what}: the field is in the visible part above the keyboard (${Math.round(b.y)}..${Math.round(b.y + b.h)} of ${Math.round(b.top)}..${Math.round(b.bottom)})`);
    return b;
  };
  await inView('keyboard up');
  if (fill) await field.fill(text);  // a date picked in the browser's own picker
  else await page.keyboard.type(text, { delay: 10 });
  await settle(page);
  const b = await inView('typed');
  assert.equal(await field.inputValue(), text);
  await keyboardDown(page);
  return b;
}

// The controls in view: each at least 44 by 44 CSS px, and 8 px or more apart.
export async function checkTargets(page, where) {
  const problems = await page.evaluate(() => {
    const out = [];
    const vv = window.visualViewport;
    const bottom = vv ? vv.offsetTop + vv.height : innerHeight;
    const boxes = [];
    for (const el of document.querySelectorAll('#mirror button.m, #mirror input.m, #mirror textarea.m, #mirror a.m')) {
      if (el.style.clipPath || el.getAttribute('aria-disabled') === 'true') continue;  // partly out of view; disabled
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.top < 0 || r.bottom > bottom) continue;
      boxes.push({ id: el.dataset.wa, l: r.left, t: r.top, r: r.right, b: r.bottom });
    }
    for (const a of boxes) if (a.r - a.l < 43.5 || a.b - a.t < 43.5) out.push(`${a.id} is ${Math.round(a.r - a.l)}x${Math.round(a.b - a.t)}`);
    for (let i = 0; i < boxes.length; ++i)
      for (let j = i + 1; j < boxes.length; ++j) {
        const a = boxes[i], b = boxes[j];
        const gap = Math.max(Math.max(a.l, b.l) - Math.min(a.r, b.r), Math.max(a.t, b.t) - Math.min(a.b, b.b));
        if (gap < 7.5) out.push(`${a.id} and ${b.id} are ${Math.round(gap)} px apart`);
      }
    return { out, count: boxes.length };
  });
  assert.deepEqual(problems.out, [], `${where}: targets of 44 px, 8 px apart`);
  return problems.count;
}

// Nothing runs past the window's edges, or past the side of the area that
// shows it (the mirror's elements are where the canvas draws, clipped as it clips).
export async function checkNothingCut(page, where) {
  const cut = await page.evaluate(() => [...document.querySelectorAll('#mirror .m')]
    .map((el) => {
      const v = (el.style.clipPath.match(/-?[\d.]+px/g) || ['0px']).map(parseFloat);  // CSS shortens inset()
      const inset = [v[0], v.length > 1 ? v[1] : v[0], v.length > 2 ? v[2] : v[0], v.length > 3 ? v[3] : v.length > 1 ? v[1] : v[0]];
      return { id: el.dataset.wa, r: el.getBoundingClientRect(), inset };
    })
    .filter((x) => x.r.width > 0 && x.r.bottom > 0 && x.r.top < innerHeight && x.inset[0] < x.r.height && x.inset[2] < x.r.height)
    .filter((x) => x.r.right > innerWidth + 0.5 || x.r.left < -0.5 || x.inset[1] > 0.5 || x.inset[3] > 0.5)
    .map((x) => `${x.id} ${Math.round(x.r.left)}..${Math.round(x.r.right)} (cut ${x.inset[3]} left, ${x.inset[1]} right)`));
  assert.deepEqual(cut, [], `${where}: nothing cut off at ${await page.evaluate(() => innerWidth)} px`);
}
