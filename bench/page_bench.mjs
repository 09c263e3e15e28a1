// Page benchmark (issue 5): weight, time to first frame, frames drawn while
// idle, and CPU time per frame with a 1,000-item checklist open.
//
//   node bench/page_bench.mjs            (after a web build; see bench/README.md)
//   node bench/page_bench.mjs --load-only  weight and first frame only
//   node bench/page_bench.mjs --dist DIR   measure a copy of build/web/dist kept elsewhere
//   node bench/page_bench.mjs --screens-only  frame costs only (about 60 s)
//   node bench/page_bench.mjs --cpu-profile DIR  also a CPU profile of each frame burst
//   node bench/page_bench.mjs --throttle 4   Chromium's CPU slowed 4 times (an old tablet)
//   node bench/page_bench.mjs --tablet       an 820x1180 touch screen at twice the pixel density
//
// Prints ONE JSON object on stdout; progress goes to stderr. Nothing here is a
// pass/fail test: the numbers are for people to compare between commits.
// Chromium is Debian's, headless, with WebGL 2 rendered in software
// (SwiftShader): frame costs are far higher than on a machine with a GPU.
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launch, openApp, settle, waitForApp, recordResponses, DIST as BUILT, ROOT } from '../tests/browser/lib.mjs';
import { thousandItemChecklist, thousandItemAudit } from './big_audit.mjs';

const FIRST_FRAME_RUNS = 7;  // cold loads (a fresh context each), then as many warm reloads
const LOAD_ONLY = process.argv.includes('--load-only');  // weight and first frame only (about 30 s)
// --dist DIR measures another copy of a build (e.g. one kept from before a change).
const DIST = process.argv.includes('--dist') ? path.resolve(process.argv[process.argv.indexOf('--dist') + 1]) : BUILT;
// --screens-only skips the weight and first-frame runs; --cpu-profile DIR writes a
// CPU profile of each frame burst (DIR/walk.cpuprofile, ...; open it in Chromium's
// DevTools) and logs the functions with the most self time to stderr. Build with
// --profiling-funcs to see the wasm's function names. Profiling slows frames:
// the frame figures of such a run are not comparable with others.
const SCREENS_ONLY = process.argv.includes('--screens-only');
const PROFILE_DIR = process.argv.includes('--cpu-profile') ? path.resolve(process.argv[process.argv.indexOf('--cpu-profile') + 1]) : null;
// --throttle N: every page runs with its CPU slowed N times (DevTools'
// Emulation.setCPUThrottlingRate, as its Performance panel does), from
// before its first byte: an old tablet or a cheap phone on this machine.
const THROTTLE = process.argv.includes('--throttle') ? Number(process.argv[process.argv.indexOf('--throttle') + 1]) : 1;
const IDLE_SECONDS = 5;
const MOVES = 60;           // mouse moves per frame burst; each wakes the app for a frame or two
// --tablet: the page as a tablet shows it (touch, finger-size controls, a
// canvas of four times the pixels); hovering happens in its empty top-right corner.
const TABLET = process.argv.includes('--tablet');
const DEVICE = TABLET ? { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
  : { viewport: { width: 1280, height: 900 } };
const HOVER = TABLET ? [800, 20] : [1150, 150];
const WHEEL = TABLET ? [410, 800] : [640, 600];
// The page's own scripts are one page.js since issue 26 (glue.js, mirror.js, ... before).
const APP_FILES = ['index.html', 'welcome-audit.js', 'welcome-audit.wasm', 'style.css',
  ...(existsSync(path.join(DIST, 'page.js')) ? ['page.js'] : ['glue.js', 'mirror.js'])];
const OFFLINE = 'welcome-audit-offline.html';

const warnings = new Set();  // console warnings of every page (the app's printErr goes there)
// Headless Chromium with SwiftShader prints this at start-up, screenshots or not
// (the app never reads pixels back): counted, not listed.
const READPIXELS = /GPU stall due to ReadPixels/;
let readPixelsWarnings = 0;
function watchWarnings(ctx) {
  ctx.on('console', (m) => {
    if (m.type() !== 'warning') return;
    if (READPIXELS.test(m.text())) readPixelsWarnings++;
    else warnings.add(m.text());
  });
}
function git() {
  const run = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    return { commit: run('rev-parse', '--short', 'HEAD'), dirty: run('status', '--porcelain', '--', 'src', 'web', 'CMakeLists.txt', 'cmake') !== '' };
  } catch (e) {
    return null;
  }
}
const log = (...a) => console.error('[page_bench]', ...a);
const round = (x, d = 2) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
function quantile(values, q) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (v) => quantile(v, 0.5);

// --- weight ----------------------------------------------------------------

function sizes(file) {
  const buf = readFileSync(file);
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function bundle() {
  const files = {};
  for (const name of [...APP_FILES, OFFLINE]) {
    const p = path.join(DIST, name);
    if (!existsSync(p)) throw new Error(`${p} is missing: build the page first (see bench/README.md)`);
    files[name] = sizes(p);
  }
  // Checklists an http(s) page fetches at start-up (checklists/index.json and the files it lists).
  let hostBytes = 0, hostGzip = 0;
  const cdir = path.join(DIST, 'checklists');
  if (existsSync(cdir)) {
    for (const name of readdirSync(cdir)) {
      const p = path.join(cdir, name);
      if (!name.endsWith('.json') || !statSync(p).isFile()) continue;
      const s = sizes(p);
      hostBytes += s.bytes;
      hostGzip += s.gzip;
    }
  }
  const sum = (k) => APP_FILES.reduce((n, f) => n + files[f][k], 0);
  return {
    wasm_bytes: files['welcome-audit.wasm'].bytes,
    wasm_gzip: files['welcome-audit.wasm'].gzip,
    js_bytes: files['welcome-audit.js'].bytes,
    js_gzip: files['welcome-audit.js'].gzip,
    total_bytes: sum('bytes'),
    total_gzip: sum('gzip'),
    offline_html_bytes: files[OFFLINE].bytes,
    offline_html_gzip: files[OFFLINE].gzip,
    host_checklists_bytes: hostBytes,
    host_checklists_gzip: hostGzip,
    files,
  };
}

// --- in-page instrumentation -------------------------------------------------

// Runs before any page script. Records (1) performance.now() when <body> gets
// class "ready" (WA_GLUE.firstFrame(), called right after the first frame is
// drawn), and (2) the duration of every requestAnimationFrame callback in which
// the app drew a frame (frames() went up): main-thread time of one app frame
// (wasm, WebGL calls, the DOM mirror update), excluding compositing and the
// GPU process.
function instrument() {
  // appFrames: [when it started, whether it was put on the canvas] for every app frame of the page.
  window.__wa = { firstFrame: null, framesAtFirst: null, shellPaint: null, frameMs: [], drawnMs: [], rafCalls: 0, appFrames: [] };
  // The app shell's Start heading (index.html, elementtiming="wa-shell"): when
  // the browser painted it, from navigation start (Element Timing).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'wa-shell' && window.__wa.shellPaint === null) window.__wa.shellPaint = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch (e) { /* no Element Timing: no shell figure */ }
  const frames = () => (window.WelcomeAudit ? window.WelcomeAudit.frames() : 0);
  const drawn = () => (window.WelcomeAudit ? window.WelcomeAudit.framesDrawn() : 0);
  const obs = new MutationObserver(() => {
    if (document.body && document.body.classList.contains('ready')) {
      window.__wa.firstFrame = performance.now();
      window.__wa.framesAtFirst = frames();
      obs.disconnect();
    }
  });
  obs.observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  const raf = window.requestAnimationFrame.bind(window);
  // The callback's id (as Chromium's trace names it) of each app frame, with
  // whether it was put on the canvas: frameBurst reads their thread CPU time.
  window.__wa.frameIds = [];
  window.requestAnimationFrame = (cb) => {
    const id = raf((ts) => {
      const f0 = frames();
      const d0 = drawn();
      const t0 = performance.now();
      try {
        cb(ts);
      } finally {
        const dt = performance.now() - t0;
        const f1 = frames();
        const wasDrawn = drawn() > d0;
        if (f1 > f0) { window.__wa.frameMs.push(dt); window.__wa.rafCalls++; window.__wa.frameIds.push([id, wasDrawn]); }
        if (f1 > f0 && wasDrawn) window.__wa.drawnMs.push(dt);
        if (f1 > f0) window.__wa.appFrames.push([t0, wasDrawn]);
      }
    });
    return id;
  };
}

// --- measurements -------------------------------------------------------------

async function processCpu(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  const byId = new Map();
  for (const p of processInfo) byId.set(p.id, p);
  return byId;
}
function cpuDelta(before, after) {
  let all = 0, gpu = 0;
  for (const [id, p] of after) {
    const d = p.cpuTime - (before.get(id)?.cpuTime ?? 0);
    all += d;
    if (p.type === 'GPU') gpu += d;
  }
  return { all_s: all, gpu_s: gpu };
}
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// Timings of the load now in `page`, read once the network is idle.
function loadTimes(page) {
  return page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = res.find((e) => e.name.endsWith('welcome-audit.wasm'));
    return {
      firstFrame: window.__wa.firstFrame,
      shellPaint: window.__wa.shellPaint,
      framesAtFirst: window.__wa.framesAtFirst,
      wasmEnd: wasm ? wasm.responseEnd : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      checklistsEnd: Math.max(0, ...res.filter((e) => e.name.includes('/checklists/')).map((e) => e.responseEnd)),
      requests: res.length + 1,
      bytes: res.reduce((n, e) => n + (e.encodedBodySize || 0), nav ? nav.encodedBodySize : 0),
    };
  });
}

// The frames of the first FIRST_SCREEN_SECONDS after the first frame: those
// run, those put on the canvas, and the idle ones (run, but the canvas kept
// its picture) after the first. The app draws its first screen in frame 1
// (a small font atlas) and frame 2 (every glyph); nothing else happens to a
// fresh page, so every other frame is a frame for nothing.
const FIRST_SCREEN_SECONDS = 3;
async function firstScreenFrames(page) {
  return page.evaluate(async (seconds) => {
    const end = window.__wa.firstFrame + seconds * 1000;
    while (performance.now() < end) await new Promise((ok) => setTimeout(ok, Math.max(10, end - performance.now())));
    const first = window.__wa.appFrames.filter(([t]) => t <= end);
    const drawn = first.filter(([, d]) => d).length;
    // When each ran (ms after the first) and whether it was drawn: "+0 d, +17 d, +1200 -".
    const when = first.map(([t, d]) => `+${Math.round(t - first[0][0])} ${d ? 'd' : '-'}`).join(', ');
    return { frames: first.length, drawn, idle: first.length - drawn, when };
  }, FIRST_SCREEN_SECONDS);
}

// Cold: a fresh browser context (empty cache and storage), one load. Also
// records every response of that load (lib.mjs recordResponses: gzip level 9).
async function throttle(page) {
  if (THROTTLE === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

async function coldRun(browser, url) {
  const ctx = await browser.newContext(DEVICE);
  watchWarnings(ctx);
  await ctx.addInitScript(instrument);
  let rec;
  const { page } = await openApp(browser, url, { context: ctx, onPage: async (p) => { rec = recordResponses(p); await throttle(p); } });
  // Whatever the page fetches after its first frame counts too: let it arrive.
  await page.waitForLoadState('networkidle');
  await settle(page);
  const r = await loadTimes(page);
  r.firstScreen = await firstScreenFrames(page);
  const load = await rec.done();
  const errors = [...page.errors];
  await ctx.close();
  return { ...r, load, errors };
}

// Warm: one context, loaded once, then reloaded `runs` times (the browser's
// HTTP cache and its cache of compiled wasm code are filled; serve.py sends
// Cache-Control: no-cache, so each file is revalidated: 304 Not Modified).
async function warmRuns(browser, url, runs) {
  const ctx = await browser.newContext(DEVICE);
  watchWarnings(ctx);
  await ctx.addInitScript(instrument);
  const { page } = await openApp(browser, url, { context: ctx, onPage: throttle });
  await page.waitForLoadState('networkidle');
  const out = [];
  for (let i = 0; i < runs; ++i) {
    await page.reload();
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    out.push(await loadTimes(page));
  }
  const errors = [...page.errors];
  await ctx.close();
  return { runs: out, errors };
}

// Waits for the app's frames() to stop changing, then watches it for `seconds`:
// frames drawn, and CPU time used by all of Chromium's processes meanwhile.
async function idleFrames(page, browserCdp, seconds) {
  await settle(page);
  const a = await page.evaluate(() => window.WelcomeAudit.frames());
  const c0 = await processCpu(browserCdp);
  await page.waitForTimeout(seconds * 1000);
  const c1 = await processCpu(browserCdp);
  const b = await page.evaluate(() => window.WelcomeAudit.frames());
  return { seconds, frames: b - a, frames_before: a, all_processes_cpu_ms: Math.round(cpuDelta(c0, c1).all_s * 1000) };
}

// A burst of frames forced by mouse moves over an empty part of the page (the
// header's right side), each followed by four animation frames so each move
// gets its own few frames. Reports per-frame main-thread time from the rAF
// wrapper, and CDP TaskDuration / ScriptDuration per frame.
// With `scroll`, each input is instead a mouse-wheel step over the content
// (40 px down, then up, in turn): every frame then has a new picture to put on
// the canvas and new places for the mirror's elements.
async function frameBurst(page, cdp, browserCdp, screen, scroll = false) {
  await settle(page);
  await page.mouse.move(...(scroll ? WHEEL : HOVER));
  await settle(page);
  await page.evaluate(() => { window.__wa.frameMs = []; window.__wa.drawnMs = []; window.__wa.frameIds = []; });
  await page.context().browser().startTracing(page, { categories: ['devtools.timeline'] });
  const f0 = await page.evaluate(() => window.WelcomeAudit.frames());
  const d0 = await page.evaluate(() => window.WelcomeAudit.framesDrawn());
  const m0 = await metrics(cdp);
  const c0 = await processCpu(browserCdp);
  if (PROFILE_DIR) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  for (let i = 0; i < MOVES; ++i) {
    if (scroll) await page.mouse.wheel(0, i % 2 ? -40 : 40);
    else await page.mouse.move(HOVER[0] + (i % 2 ? 4 : 0), HOVER[1] + (i % 3));
    await page.evaluate(() => new Promise((resolve) => {
      let n = 0;
      const tick = () => (++n >= 4 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }));
  }
  await settle(page);
  const wall = Date.now() - t0;
  if (PROFILE_DIR) writeProfile(scroll ? `${screen}-scrolling` : screen, (await cdp.send('Profiler.stop')).profile);
  const c1 = await processCpu(browserCdp);
  const m1 = await metrics(cdp);
  const f1 = await page.evaluate(() => window.WelcomeAudit.frames());
  const d1 = await page.evaluate(() => window.WelcomeAudit.framesDrawn());
  const trace = JSON.parse((await page.context().browser().stopTracing()).toString('utf8'));
  const frameCpuMs = frameCpu(trace, await page.evaluate(() => window.__wa.frameIds));
  const ms = await page.evaluate(() => window.__wa.frameMs);
  const drawnMs = await page.evaluate(() => window.__wa.drawnMs);
  const frames = f1 - f0;
  const cpu = cpuDelta(c0, c1);
  const per = (seconds) => (frames > 0 ? round((seconds * 1000) / frames) : null);
  return {
    screen,
    input: scroll ? 'wheel' : 'hover',
    median: round(median(ms)),
    p95: round(quantile(ms, 0.95)),
    max: round(Math.max(...ms)),
    frames,
    canvas_draws: d1 - d0,
    cpu_median: round(median(frameCpuMs.all)),
    cpu_p95: round(quantile(frameCpuMs.all, 0.95)),
    cpu_max: round(Math.max(...frameCpuMs.all)),
    cpu_drawn_median: round(median(frameCpuMs.drawn)),
    cpu_drawn_p95: round(quantile(frameCpuMs.drawn, 0.95)),
    cpu_frames_traced: frameCpuMs.all.length,
    drawn_median: round(median(drawnMs)),
    drawn_p95: round(quantile(drawnMs, 0.95)),
    inputs: MOVES,
    task_ms_per_frame: per(m1.TaskDuration - m0.TaskDuration),
    script_ms_per_frame: per(m1.ScriptDuration - m0.ScriptDuration),
    layout_style_ms_per_frame: per(m1.LayoutDuration - m0.LayoutDuration + m1.RecalcStyleDuration - m0.RecalcStyleDuration),
    all_processes_cpu_ms_per_frame: per(cpu.all_s),
    gpu_process_cpu_ms_per_frame: per(cpu.gpu_s),
    wall_ms: wall,
    dom_nodes: m1.Nodes,
  };
}

// Main-thread CPU time of each app frame: the thread time (tdur, microseconds)
// of the trace's FireAnimationFrame event for the frame's callback id. Unlike
// the wall time above, it leaves out any time the thread waited for a core.
function frameCpu(trace, frameIds) {
  const events = trace.traceEvents || trace;
  const byId = new Map();
  for (const e of events) {
    if (e.name !== 'FireAnimationFrame' || e.ph !== 'X' || e.tdur === undefined) continue;
    const id = e.args?.data?.id;
    if (id !== undefined) byId.set(id, e.tdur / 1000);
  }
  const all = [], drawn = [];
  for (const [id, wasDrawn] of frameIds) {
    if (!byId.has(id)) continue;
    all.push(byId.get(id));
    if (wasDrawn) drawn.push(byId.get(id));
  }
  return { all, drawn };
}

// Saves a CPU profile and logs the 25 functions with the most self time.
function writeProfile(screen, profile) {
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(path.join(PROFILE_DIR, `${screen}.cpuprofile`), JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
    self.set(key, (self.get(key) || 0) + (dt[i + 1] ?? 0) / 1000);
  });
  const top = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25);
  log(`${screen}: self time (ms) over the burst`);
  for (const [k, ms] of top) log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
}

// Idle frames and CPU per frame with the 1,000-item audit open, on one page.
async function screens(browser, browserCdp, server, out, problems, consoleErrors) {
  // One page for the rest: idle on the start screen, then the 1,000-item audit.
  const ctx = await browser.newContext(DEVICE);
  watchWarnings(ctx);
  await ctx.addInitScript(instrument);
  const { page } = await openApp(browser, server.url, { context: ctx, onPage: throttle });
  await page.waitForLoadState('networkidle');
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  out.app_version = await page.evaluate(() => window.WelcomeAudit.version);

  out.idle = { screen: 'start', ...(await idleFrames(page, browserCdp, IDLE_SECONDS)) };
  log('idle frames', out.idle.frames);
  if (out.idle.frames !== 0) problems.push(`the app drew ${out.idle.frames} frames in ${IDLE_SECONDS} idle seconds on the start screen`);

  const checklist = thousandItemChecklist();
  const auditText = JSON.stringify(thousandItemAudit(checklist), null, 2);
  const loaded = await page.evaluate((text) => {
    const t0 = performance.now();
    const r = window.WelcomeAudit.load(text);
    return { ...r, ms: performance.now() - t0 };
  }, auditText);
  if (!loaded.ok) throw new Error('the 1,000-item audit did not load: ' + loaded.errors.join('; '));
  await page.getByRole('heading', { level: 1, name: `${checklist.title}: Item 1 of 1000` }).waitFor();
  // A newly opened audit is saved to the browser's store at once; "Saved on
  // this computer" then shows, and a second later the store sends the list of
  // kept audits (glue.js emitListSoon: answered counts for Start). Each wakes
  // the app for a few frames. Idle starts after both.
  await page.locator('[data-wa="save-status"]').filter({ hasText: 'Saved' }).waitFor({ state: 'attached', timeout: 30000 });
  await page.waitForTimeout(1500);
  await settle(page);
  out.load_1000_items = { audit_json_bytes: Buffer.byteLength(auditText), load_call_ms: round(loaded.ms, 1) };
  log('loaded 1,000-item audit in', round(loaded.ms, 1), 'ms');

  out.idle_1000_items = { screen: 'walk', ...(await idleFrames(page, browserCdp, IDLE_SECONDS)) };
  if (out.idle_1000_items.frames !== 0)
    problems.push(`the app drew ${out.idle_1000_items.frames} frames in ${IDLE_SECONDS} idle seconds with the 1,000-item audit open`);

  const walk = await frameBurst(page, cdp, browserCdp, 'walk');
  log('walk', JSON.stringify(walk));
  const walkScrolling = await frameBurst(page, cdp, browserCdp, 'walk', true);
  log('walk scrolling', JSON.stringify(walkScrolling));

  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: 'Review', exact: true }).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
  const review = await frameBurst(page, cdp, browserCdp, 'review');
  log('review', JSON.stringify(review));
  const reviewScrolling = await frameBurst(page, cdp, browserCdp, 'review', true);
  log('review scrolling', JSON.stringify(reviewScrolling));

  await steps.getByRole('button', { name: 'Plan', exact: true }).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Improvement plan' }).waitFor();
  const plan = await frameBurst(page, cdp, browserCdp, 'plan');
  log('plan', JSON.stringify(plan));
  const planScrolling = await frameBurst(page, cdp, browserCdp, 'plan', true);
  log('plan scrolling', JSON.stringify(planScrolling));

  out.frame_cpu_ms_1000_items = { ...walk, review, plan, scrolling: { walk: walkScrolling, review: reviewScrolling, plan: planScrolling } };
  page.errors.forEach((e) => consoleErrors.add(e));
  await ctx.close();
}

// Weight of one cold load, first frame cold and warm.
async function loads(browser, server, out, problems, consoleErrors) {
  // Time to first frame, cold: a fresh context (empty cache and storage) each run.
  const runs = [];
  for (let i = 0; i < FIRST_FRAME_RUNS; ++i) {
    const r = await coldRun(browser, server.url);
    if (!(r.framesAtFirst > 0)) problems.push(`first-frame run ${i + 1}: frames() was ${r.framesAtFirst} when <body> got class "ready"`);
    r.errors.forEach((e) => consoleErrors.add(e));
    runs.push(r);
    log('first frame (cold): shell', round(r.shellPaint, 1), 'canvas', round(r.firstFrame, 1), 'ms; first screen:', JSON.stringify(r.firstScreen));
    if (r.firstScreen.idle !== 0) problems.push(`first-frame run ${i + 1}: ${r.firstScreen.idle} idle frames in the first ${FIRST_SCREEN_SECONDS} s`);
  }
  const warm = await warmRuns(browser, server.url, FIRST_FRAME_RUNS);
  warm.errors.forEach((e) => consoleErrors.add(e));
  log('first frame (warm)', warm.runs.map((r) => round(r.firstFrame, 1)).join(' '), 'ms');
  const load = runs[0].load;
  out.first_load = {
    requests: load.requests,
    bytes: load.bytes,
    gzip: load.gzip,
    responses: load.responses.map((r) => ({ path: r.url.replace(server.url, ''), status: r.status, bytes: r.bytes, gzip: r.gzip })),
  };
  // "First frame" (what a person first sees of the Start screen): the shell's
  // paint of its heading where there is a shell, else the canvas's first frame.
  const seen = (r) => r.shellPaint ?? r.firstFrame;
  out.first_frame_ms = {
    median: round(median(runs.map(seen)), 1),
    shell_paint_median: round(median(runs.map((r) => r.shellPaint).filter((x) => x != null)), 1),
    canvas_median: round(median(runs.map((r) => r.firstFrame)), 1),
    canvas_runs: runs.map((r) => round(r.firstFrame, 1)),
    shell_runs: runs.map((r) => round(r.shellPaint, 1)),
    warm_shell_median: round(median(warm.runs.map((r) => r.shellPaint).filter((x) => x != null)), 1),
    warm_canvas_median: round(median(warm.runs.map((r) => r.firstFrame)), 1),
    runs: runs.map((r) => round(seen(r), 1)),
    warm_median: round(median(warm.runs.map(seen)), 1),
    warm_runs: warm.runs.map((r) => round(r.firstFrame, 1)),
    wasm_loaded_ms_median: round(median(runs.map((r) => r.wasmEnd)), 1),
    dom_content_loaded_ms_median: round(median(runs.map((r) => r.domContentLoaded)), 1),
    host_checklists_loaded_ms_median: round(median(runs.map((r) => r.checklistsEnd)), 1),
    first_screen: {
      seconds: FIRST_SCREEN_SECONDS,
      frames_median: median(runs.map((r) => r.firstScreen.frames)),
      drawn_median: median(runs.map((r) => r.firstScreen.drawn)),
      idle_frames_median: median(runs.map((r) => r.firstScreen.idle)),
      idle_frames_runs: runs.map((r) => r.firstScreen.idle),
    },
    requests: runs[0].requests,
    bytes_fetched: runs[0].bytes,
  };

}

async function main() {
  const started = Date.now();
  const out = { bench: 'page', date: new Date().toISOString(), git: git(), renderer: 'swiftshader', cores: os.cpus().length,
    cpu_throttling_rate: THROTTLE, device: DEVICE };
  out.bundle = bundle();
  log('bundle', out.bundle.total_gzip, 'bytes gzip');

  const server = await startServer(DIST);
  const browser = await launch();
  const problems = [];
  const consoleErrors = new Set();
  try {
    out.chromium = browser.version();
    const browserCdp = await browser.newBrowserCDPSession();

    if (!SCREENS_ONLY) await loads(browser, server, out, problems, consoleErrors);
    if (!LOAD_ONLY) await screens(browser, browserCdp, server, out, problems, consoleErrors);
  } finally {
    await browser.close();
    server.stop();
  }
  out.console_errors = [...consoleErrors];
  out.console_warnings = [...warnings];
  out.readpixels_stall_warnings = readPixelsWarnings;
  if (out.console_errors.length) problems.push(`${out.console_errors.length} console error(s)`);
  out.problems = problems;
  out.bench_seconds = round((Date.now() - started) / 1000, 1);
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
