// typing_bench: what one key press in a note costs, on a small audit and on a
// 1,000-item audit holding 300 photos, and how much memory that audit takes.
// Prints one JSON object; measures build/web/dist as built.
//
//   node bench/typing_bench.mjs > typing.json
//
// Each case opens an audit through WelcomeAudit.load (its photos go to the
// browser store, web/storage.js; the app keeps references), focuses the note
// and presses 30 keys, one every 150 ms (a quick typist), through the
// browser's own keyboard input (Playwright's keyboard.press). For each key:
//   key_to_paint_ms  the browser's Event Timing entry for the keydown: from
//                    the key event until the browser painted the next frame
//                    after handling it (PerformanceEventTiming.duration, in
//                    steps of 8 ms). The browser reports only events of 16 ms
//                    or more (its lowest threshold); a key it does not report
//                    was shown within 16 ms and counts as "<16";
//   frame_cpu_ms     the main-thread time of the wasm calls for that key (the
//                    input reaching the app, and the frames it wakes);
//   canvas_draws     frames the app put on the canvas while typing, beside the
//                    frames it ran (an unchanged picture is not drawn again,
//                    src/app/frame_change.h; the typed text is the page's own
//                    textarea, so a key changes nothing on the canvas).
// `saves` counts the saves asked of the store while typing (at most four a
// second). Memory after opening: the wasm heap (its size, which only grows)
// and the page's JavaScript heap (Chromium's performance.memory).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, settle, ROOT } from '../tests/browser/lib.mjs';
import { bigAudit } from './big_audit.mjs';

const KEYS = 30;
const MINI = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8'));
const cases = [
  { name: 'mini audit, no photos', audit: MINI, items: 5, photos: 0 },
  { name: '1,025 items, 300 photos', audit: bigAudit(300), items: 1025, photos: 300 },
];

// --dist DIR measures another copy of a build (e.g. one kept from before a change).
const DIST = process.argv.includes('--dist') ? path.resolve(process.argv[process.argv.indexOf('--dist') + 1]) : null;
const server = await startServer(DIST);
const browser = await launch();
const results = [];
try {
  for (const c of cases) {
    const { ctx, page } = await openApp(browser, server.url);
    const text = JSON.stringify(c.audit);
    const loaded = await page.evaluate((t) => window.WelcomeAudit.load(t), text);
    if (!loaded.ok) throw new Error('the audit did not load: ' + loaded.errors.join('; '));
    await settle(page);
    await page.waitForTimeout(1500);  // the store has written the photos
    const memory = await page.evaluate(() => ({
      wasm_heap_mb: Math.round(Module.HEAP8.length / 1e5) / 10,
      js_heap_mb: performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1e5) / 10 : null,
    }));
    await page.evaluate(() => {
      window.saves = 0;
      const real = WA_STORE.save;
      WA_STORE.save = (...args) => { window.saves++; return real(...args); };
      // Main-thread time spent in the app for each key: the input call and the frames it wakes.
      window.appMs = 0;
      for (const name of ['_wa_set_text', '_wa_wake']) {
        const f = Module[name];
        Module[name] = (...a) => { const t = performance.now(); try { return f(...a); } finally { window.appMs += performance.now() - t; } };
      }
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => raf((ts) => { const t = performance.now(); try { cb(ts); } finally { window.appMs += performance.now() - t; } });
    });
    await page.getByLabel('Note (optional)').focus();
    await page.waitForTimeout(500);  // the focus ring is drawn
    await page.evaluate(() => {
      window.keyTimes = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown') window.keyTimes.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
      window.framesBefore = [WelcomeAudit.frames(), WelcomeAudit.framesDrawn()];
    });
    const cpu = [];
    const started = Date.now();
    for (let i = 0; i < KEYS; ++i) {
      await page.evaluate(() => { window.appMs = 0; });
      await page.keyboard.press('x');
      await page.waitForTimeout(150);
      cpu.push(await page.evaluate(() => window.appMs));
    }
    await page.waitForTimeout(300);  // the last entries arrive
    const typed = await page.evaluate(() => ({
      slow: window.keyTimes, keydowns: window.keyTimes.length,
      frames: WelcomeAudit.frames() - window.framesBefore[0], drawn: WelcomeAudit.framesDrawn() - window.framesBefore[1],
      note: document.activeElement.value.length,
    }));
    if (typed.note < KEYS) throw new Error(`the note holds ${typed.note} characters after ${KEYS} keys`);
    // Every key: those the browser reported at their duration, the others under 16 ms (as 15).
    const first = [...typed.slow, ...Array(Math.max(0, KEYS - typed.slow.length)).fill(15)];
    const seconds = (Date.now() - started) / 1000;
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const pick = (q) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
      return { median: pick(0.5), p90: pick(0.9), max: pick(1) };
    };
    results.push({
      case: c.name, items: c.items, photos: c.photos, file_mb: Math.round(text.length / 1e5) / 10,
      key_to_paint_ms: { ...stats(first), keys: KEYS, at_16_or_more: typed.slow.length, reported: typed.slow },
      frame_cpu_ms: stats(cpu), frames_run: typed.frames, canvas_draws: typed.drawn,
      saves: await page.evaluate(() => window.saves), typing_seconds: Math.round(seconds * 10) / 10, memory,
    });
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(JSON.stringify({ keys: KEYS, results }));
