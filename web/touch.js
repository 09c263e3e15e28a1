// Fingers and on-screen keyboards: what a tablet or a phone needs of the page.
//
// - One finger scrolls the app's content (the canvas is no scrolling element,
//   so the browser alone would move nothing), and a flick glides on and slows
//   down as on any phone; a finger put down stops the glide and taps nothing.
//   Two fingers zoom the page (style.css: touch-action: pinch-zoom), and one
//   finger still scrolls the content when the page is zoomed.
// - A tap on a control that opens a file or photo picker opens it inside the
//   tap: SDL cancels touches on the canvas, so no click ever follows one, and
//   browsers open a picker only inside the person's own gesture (pointerup of
//   a finger or a pen, touchend; a mouse's click).
// - The part of the canvas the person sees (the visual viewport, which an
//   on-screen keyboard shortens) goes to the app, which keeps the field being
//   typed in above the keyboard (src/app/ui.h, set_visible_area).
// - Which pointer the person uses: a finger (CSS pointer: coarse) gets
//   controls of a finger's size; and whether the last input was a key: only
//   then does the canvas draw the focus ring on buttons (as :focus-visible).
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const appRoot = document.getElementById('app');
  const G = () => window.WA_GLUE;
  const live = () => !!(G() && G().isReady());

  // --- the person's devices ------------------------------------------------------
  const coarse = window.matchMedia ? window.matchMedia('(pointer: coarse)') : null;
  let keyboard = false;    // the focus ring shows: the last focus move came from a key (or a screen reader)
  let keysSeen = false;    // a key was pressed on this visit (a keyboard is attached)
  let pointerAt = -1e9;    // when the last finger, pen or mouse came down
  const mirror = document.getElementById('mirror');
  function sendInputMode() {
    // The mirror's own focus outline (style.css) follows the same rule as the canvas's ring.
    mirror.dataset.input = keyboard ? 'keys' : 'pointer';
    if (live()) Module._wa_input_mode(coarse && coarse.matches ? 1 : 0, keyboard ? 1 : 0, keysSeen ? 1 : 0);
  }
  if (coarse && coarse.addEventListener) coarse.addEventListener('change', sendInputMode);
  const isField = (t) => !!t && (t.tagName === 'TEXTAREA' ||
    (t.tagName === 'INPUT' && !/^(radio|checkbox|button|file)$/.test(t.type)));
  // An on-screen keyboard types into fields too (keys "Unidentified", code
  // 229, or plain letters): only a key that moves the focus or acts on a
  // control says that a keyboard is in use.
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Unidentified' || e.keyCode === 229 || e.isComposing) return;
    if (/^(Shift|Control|Alt|Meta|CapsLock)$/.test(e.key)) return;
    if (isField(e.target) && e.key !== 'Tab') return;
    stopGlide();
    if (!keyboard || !keysSeen) { keyboard = keysSeen = true; sendInputMode(); }
  }, true);
  window.addEventListener('pointerdown', () => {
    pointerAt = performance.now();
    if (keyboard) { keyboard = false; sendInputMode(); }
  }, true);
  // A control that gets the focus with no pointer just before: a screen
  // reader moved it (it sends no key to the page), and a sighted person using
  // one needs the ring too. (A new screen's heading is focused by the app: no ring there.)
  mirror.addEventListener('focusin', (e) => {
    if (keyboard || performance.now() - pointerAt < 1500 || !e.target.dataset || e.target.dataset.role === 'heading') return;
    keyboard = true;
    sendInputMode();
  });

  // --- the part of the canvas the person sees ---------------------------------------
  const vv = window.visualViewport;
  let lastVisible = '';
  function sendVisible() {
    if (!live()) return;
    const r = canvas.getBoundingClientRect();
    let top = 0, bottom = window.innerHeight, zoomed = 0;
    if (vv) {
      top = vv.offsetTop;
      bottom = vv.offsetTop + vv.height;
      zoomed = vv.scale > 1.01 ? 1 : 0;
    }
    top = Math.round(top - r.top);
    bottom = Math.round(bottom - r.top);
    const key = top + ' ' + bottom + ' ' + zoomed;
    if (key === lastVisible) return;
    lastVisible = key;
    Module._wa_visible_area(top, bottom, zoomed);
  }
  if (vv) {
    vv.addEventListener('resize', sendVisible);
    vv.addEventListener('scroll', sendVisible);
  }
  window.addEventListener('resize', sendVisible);

  // --- one finger scrolls, and a flick glides ----------------------------------------
  // A move of more than 10 px makes the touch a drag, whose release taps nothing.
  let touchY = null, startX = 0, startY = 0, dragging = false, held = false, moves = [];
  let glide = null;
  function stopGlide() {
    if (!glide) return false;
    cancelAnimationFrame(glide.frame);
    glide = null;
    return true;
  }
  // `v` in CSS pixels a millisecond; it decays as iOS and Android's lists do
  // (a time constant of about a third of a second).
  function startGlide(v) {
    let last = performance.now();
    const step = (now) => {
      const dt = Math.min(50, Math.max(0, now - last));
      last = now;
      if (!live()) { glide = null; return; }
      Module._wa_touch_scroll(v * dt);
      v *= Math.exp(-dt / 325);
      if (Math.abs(v) < 0.02) { glide = null; return; }
      glide.frame = requestAnimationFrame(step);
    };
    glide = { frame: requestAnimationFrame(step) };
  }
  appRoot.addEventListener('touchstart', (e) => {
    // A finger on the canvas while the content glides stops it, and taps nothing there.
    held = stopGlide() && e.target === canvas;
    if (held && live()) Module._wa_touch_hold();
    const t = e.touches.length === 1 ? e.touches[0] : null;
    touchY = t ? t.clientY : null;
    startX = t ? t.clientX : 0;
    startY = touchY;
    dragging = false;
    moves = t ? [[e.timeStamp, t.clientY]] : [];
  }, { passive: true });
  appRoot.addEventListener('touchmove', (e) => {
    if (touchY === null || e.touches.length !== 1 || !live()) { touchY = null; return; }
    const y = e.touches[0].clientY;
    if (!dragging && Math.hypot(e.touches[0].clientX - startX, y - startY) > 10) {
      dragging = true;
      Module._wa_touch_drag();
    }
    Module._wa_touch_scroll(touchY - y);
    touchY = y;
    moves.push([e.timeStamp, y]);
    while (moves.length > 2 && e.timeStamp - moves[0][0] > 100) moves.shift();
  }, { passive: true });
  appRoot.addEventListener('touchend', (e) => {
    // The finger's speed over its last 100 ms, if it was still moving when it lifted.
    if (dragging && touchY !== null && moves.length >= 2 && e.timeStamp - moves[moves.length - 1][0] < 60) {
      const [t0, y0] = moves[0], [t1, y1] = moves[moves.length - 1];
      const v = t1 > t0 ? (y0 - y1) / (t1 - t0) : 0;
      if (Math.abs(v) > 0.3) startGlide(Math.max(-6, Math.min(6, v)));
    }
    touchY = null;
  }, { passive: true });
  appRoot.addEventListener('touchcancel', () => { touchY = null; }, { passive: true });
  window.addEventListener('wheel', stopGlide, { passive: true, capture: true });

  // --- pickers: opened inside the gesture ---------------------------------------------
  let pickedAt = -1e9, down = null;
  function pickAt(clientX, clientY) {
    const r = canvas.getBoundingClientRect();
    const kind = window.WA_MIRROR && WA_MIRROR.opensFileAt(clientX - r.left, clientY - r.top);
    if (!kind) return;
    pickedAt = performance.now();
    G().pickFile(kind);
  }
  // A tap: a finger (or a pen) that went down and up in one place, and was
  // neither a drag nor the stop of a glide. Browsers fire pointerup, then
  // touchend; either opens the picker, once.
  function tapEnded(x, y) {
    if (!down || dragging || held || Math.hypot(x - down.x, y - down.y) > 10) return;
    if (performance.now() - pickedAt < 700) return;
    down = null;
    pickAt(x, y);
  }
  canvas.addEventListener('pointerdown', (e) => {
    down = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY };
    if (e.pointerType === 'mouse') stopGlide();
  });
  canvas.addEventListener('pointerup', (e) => {
    if (e.pointerType !== 'mouse') tapEnded(e.clientX, e.clientY);
  });
  canvas.addEventListener('touchend', (e) => {
    const t = e.changedTouches && e.changedTouches[0];
    if (t) tapEnded(t.clientX, t.clientY);
  }, { passive: true });
  // A mouse's click (a touch that opened the picker may be followed by one where SDL lets it).
  canvas.addEventListener('click', (e) => {
    if (performance.now() - pickedAt < 700) return;
    pickAt(e.clientX, e.clientY);
  });

  window.WA_TOUCH = {
    // glue.js, once the app runs (before its first frame): what the app must know from the start.
    started() {
      lastVisible = '';
      sendInputMode();
      sendVisible();
    },
  };
})();
