// Where the time of a first load goes (issue 26): one cold load (a fresh
// context, empty cache and storage) traced through Chromium's DevTools
// protocol, median of several runs.
//
//   node bench/first_load_trace.mjs [--runs 5] [--throttle 4] [--dist DIR]
//
// Prints one JSON object: for each phase the median of its start and end in
// ms from navigation start. What each phase is:
//   - requests: each response's start and end (Resource Timing);
//   - script eval: each script's evaluation (trace EvaluateScript);
//   - wasm compile: V8's streaming compilation of the module (v8.wasm events);
//   - storage: WA_STORE.init() (IndexedDB open and the first reads), from the
//     call to its settling, and the config read, observed from outside;
//   - runtime: Emscripten's onRuntimeInitialized (compiled and instantiated);
//   - main: callMain (SDL window, WebGL context, ImGui, the app's start);
//   - first frame: the first requestAnimationFrame run by the app (its first
//     layout, the font atlas built and uploaded, the first draw);
//   - shell: the first paint of the page's own Start heading (an app shell).
// Nothing here is a test: numbers for people to compare between commits.
import path from 'node:path';
import { startServer, launch, DIST as BUILT } from '../tests/browser/lib.mjs';

const arg = (name, def) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : def);
const RUNS = Number(arg('--runs', 5));
const THROTTLE = Number(arg('--throttle', 1));
const DIST = process.argv.includes('--dist') ? path.resolve(arg('--dist')) : BUILT;
const log = (...a) => console.error('[first_load_trace]', ...a);

// Runs before any page script: wraps what glue.js sets up so that its phases
// are timed without a line of timing code in the product.
function hooks() {
  const t = (window.__t = {});
  const mark = (k) => { if (!(k in t)) t[k] = performance.now(); };
  let store, mod;
  Object.defineProperty(window, 'WA_STORE', {
    configurable: true,
    get() { return store; },
    set(v) {
      store = v;
      const init = v.init;
      v.init = function () { mark('store_start'); const p = init.apply(this, arguments); p.then(() => mark('store_end'), () => mark('store_end')); return p; };
    },
  });
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return mod; },
    set(v) {
      mod = v;
      if (!v || typeof v !== 'object') return;
      const ri = v.onRuntimeInitialized;
      v.onRuntimeInitialized = function () {
        mark('runtime');
        const cm = v.callMain;
        if (cm) v.callMain = function () { mark('main_start'); const r = cm.apply(this, arguments); mark('main_end'); return r; };
        return ri.apply(this, arguments);
      };
    },
  });
  const origFetch = window.fetch;
  window.fetch = function (u) {
    const p = origFetch.apply(this, arguments);
    if (String(u).endsWith('config.json')) { mark('config_start'); p.then(() => mark('config_end'), () => mark('config_end')); }
    return p;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'wa-shell' && !('shell' in t)) t.shell = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch (e) { /* no Element Timing */ }
  new MutationObserver((_, obs) => {
    if (document.body && document.body.classList.contains('ready')) { mark('first_frame'); obs.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
}

const median = (v) => { const s = v.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : null; };
const r1 = (x) => (x == null ? null : Math.round(x));

async function one(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(hooks);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  if (THROTTLE !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'loading'] });
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('ready'), null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  const inPage = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((e) => ({ name: e.name.split('/').pop(), start: e.startTime, ttfb: e.responseStart, end: e.responseEnd }));
    const paints = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    return { t: window.__t, res: [{ name: 'index.html', start: 0, ttfb: nav.responseStart, end: nav.responseEnd }, ...res],
      dcl: nav.domContentLoadedEventEnd, paints };
  });
  await ctx.close();

  // Trace times are microseconds on another clock: navigation start is the
  // trace's "navigationStart" mark of the main frame.
  const navStart = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts
    ?? trace.find((e) => e.name === 'navigationStart')?.ts;
  const ms = (ts) => (ts - navStart) / 1000;
  const evals = {};
  for (const e of trace) {
    if (e.name === 'EvaluateScript' && e.ph === 'X') {
      const name = (e.args?.data?.url || '').split('/').pop();
      if (name && !(name in evals)) evals[name] = [ms(e.ts), ms(e.ts + e.dur)];
    }
  }
  const wasm = trace.filter((e) => e.cat && e.cat.includes('v8.wasm'));
  const wasmSpan = (re) => {
    const ev = wasm.filter((e) => re.test(e.name));
    if (!ev.length) return null;
    return [ms(Math.min(...ev.map((e) => e.ts))), ms(Math.max(...ev.map((e) => e.ts + (e.dur || 0))))];
  };
  const raf = trace.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X').map((e) => [ms(e.ts), ms(e.ts + e.dur)]);
  const firstFrame = inPage.t.first_frame;
  const frameTask = raf.find(([a, b]) => a <= firstFrame + 1 && b >= firstFrame - 1) || null;
  return {
    requests: inPage.res,
    evals,
    wasm_compile: wasmSpan(/Compil|compil/),
    wasm_events: [...new Set(wasm.map((e) => e.name))],
    first_frame_task: frameTask,
    dcl: inPage.dcl,
    paints: inPage.paints,

    t: inPage.t,
  };
}

async function main() {
  const server = await startServer(DIST);
  const browser = await launch();
  const runs = [];
  try {
    for (let i = 0; i < RUNS; ++i) {
      runs.push(await one(browser, server.url));
      log('run', i + 1, 'first frame', r1(runs.at(-1).t.first_frame), 'ms');
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const med = (f) => r1(median(runs.map(f)));
  const names = [...new Set(runs.flatMap((r) => r.requests.map((q) => q.name)))];
  const out = {
    bench: 'first_load_trace', date: new Date().toISOString(), runs: RUNS, cpu_throttling_rate: THROTTLE,
    requests_ms: Object.fromEntries(names.map((n) => {
      const q = (r) => r.requests.find((x) => x.name === n);
      return [n, { start: med((r) => q(r)?.start), first_byte: med((r) => q(r)?.ttfb), end: med((r) => q(r)?.end) }];
    })),
    script_eval_ms: Object.fromEntries(Object.keys(runs[0].evals).map((n) => [n, [med((r) => r.evals[n]?.[0]), med((r) => r.evals[n]?.[1])]])),
    wasm_compile_ms: [med((r) => r.wasm_compile?.[0]), med((r) => r.wasm_compile?.[1])],
    wasm_trace_events: runs[0].wasm_events,
    dom_content_loaded_ms: med((r) => r.dcl),
    first_paint_ms: med((r) => r.paints['first-paint']),
    first_contentful_paint_ms: med((r) => r.paints['first-contentful-paint']),
    shell_paint_ms: med((r) => r.t.shell),
    store_ms: [med((r) => r.t.store_start), med((r) => r.t.store_end)],
    config_ms: [med((r) => r.t.config_start), med((r) => r.t.config_end)],
    runtime_initialized_ms: med((r) => r.t.runtime),
    call_main_ms: [med((r) => r.t.main_start), med((r) => r.t.main_end)],
    first_frame_task_ms: [med((r) => r.first_frame_task?.[0]), med((r) => r.first_frame_task?.[1])],
    first_frame_ms: med((r) => r.t.first_frame),
    first_frame_runs: runs.map((r) => r1(r.t.first_frame)),
  };
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
