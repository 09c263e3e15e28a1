// Opening a 1,000-item audit in the page (issue 26, point 4: ≤ 20 ms of main
// thread at the shipped optimisation level).
//
//   node bench/open_bench.mjs                 (after a web build; see bench/README.md)
//   node bench/open_bench.mjs --runs 9        pages (default 7)
//   node bench/open_bench.mjs --dist DIR      measure another copy of build/web/dist
//   node bench/open_bench.mjs --cpu-profile DIR  a CPU profile of each first call
//   node bench/open_bench.mjs --throttle 4    Chromium's CPU slowed 4 times
//   node bench/open_bench.mjs --flag --js-flags=--no-liftoff   a Chromium flag (V8's, to see where time goes)
//
// Each run is a fresh browser context (cold cache, nothing kept) on the page's
// first screen; WAIT_MS after the first frame (a person finding their file),
// WelcomeAudit.load(text) is called with the 1.1 MB audit page_bench uses
// (big_audit.mjs: one checklist of 1,000 items embedded, every item answered),
// and the synchronous call is timed with performance.now(): everything the
// main thread does from the text to the audit on screen, except the frame that
// draws it. Then, AGAIN_MS later in the same page, the same call again.
// By then the page has read a small made-up audit a few dozen times while
// idle (web/glue.js, warmUpWhenIdle), as it does for everyone: warm_up says
// how many reads and how long they took.
// Prints ONE JSON object on stdout (medians, and every figure); progress on stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, openApp, timeIdleCallbacks, DIST as BUILT } from '../tests/browser/lib.mjs';
import { thousandItemAudit } from './big_audit.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const RUNS = Number(arg('--runs', 7));
const DIST = path.resolve(arg('--dist', BUILT));
const PROFILE_DIR = process.argv.includes('--cpu-profile') ? path.resolve(arg('--cpu-profile')) : null;
const THROTTLE = Number(arg('--throttle', 1));
const FLAG = arg('--flag', null);
const WAIT_MS = 3000;
const AGAIN_MS = 2000;

const log = (...a) => console.error('[open_bench]', ...a);
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const median = (v) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// The 25 functions with the most self time in the timed call (samples under
// waTimedLoad), in ms, and the call's sampled total.
function topFunctions(profile, n = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children || []) parent.set(c, node.id);
  const inCall = (id) => {
    for (let k = id; k !== undefined; k = parent.get(k)) if (byId.get(k).callFrame.functionName === 'waTimedLoad') return true;
    return false;
  };
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!inCall(id)) return;
    total += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`;
    self.set(key, (self.get(key) || 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [['(the whole call)', total], ...[...self].sort((a, b) => b[1] - a[1]).slice(0, n)];
}

// The call runs inside a function named waTimedLoad, so that a profile's
// samples of the call itself can be told from the rest (topFunctions).
async function timedLoad(page, text) {
  const r = await page.evaluate((t) => {
    const waTimedLoad = () => window.WelcomeAudit.load(t);
    const t0 = performance.now();
    const res = waTimedLoad();
    return { ok: res.ok, errors: res.errors, ms: performance.now() - t0 };
  }, text);
  if (!r.ok) throw new Error('the 1,000-item audit did not load: ' + r.errors.join('; '));
  return r.ms;
}

async function main() {
  const text = JSON.stringify(thousandItemAudit(), null, 2);
  const server = await startServer(path.resolve(DIST) === path.resolve(BUILT) ? null : DIST);
  const browser = await launch(FLAG ? [FLAG] : []);
  const first = [], again = [], warm = [];
  try {
    for (let run = 0; run < RUNS; ++run) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The page's own warm-up (glue.js warmUpWhenIdle) runs in idle callbacks
      // from a second after the first frame: each one timed, to report what it costs.
      await ctx.addInitScript(timeIdleCallbacks);
      const { page } = await openApp(browser, server.url, {
        context: ctx,
        onPage: async (p) => {
          if (THROTTLE === 1) return;
          const cdp = await ctx.newCDPSession(p);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
        },
      });
      await page.waitForTimeout(WAIT_MS);
      warm.push(await page.evaluate(() => window.__idle));
      let cdp = null;
      if (PROFILE_DIR) {
        cdp = await ctx.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      }
      first.push(await timedLoad(page, text));
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        mkdirSync(PROFILE_DIR, { recursive: true });
        writeFileSync(path.join(PROFILE_DIR, `open-${run + 1}.cpuprofile`), JSON.stringify(profile));
        log(`run ${run + 1}: self time (ms) of the first call`);
        for (const [k, ms] of topFunctions(profile)) log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
      }
      await page.waitForTimeout(AGAIN_MS);
      again.push(await timedLoad(page, text));
      log(`run ${run + 1}: first call ${round(first.at(-1))} ms, again ${round(again.at(-1))} ms`);
      await ctx.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(JSON.stringify({
    audit_json_bytes: Buffer.byteLength(text),
    runs: RUNS,
    throttle: THROTTLE,
    flag: FLAG,
    load_average: os.loadavg().map((x) => round(x, 2)),
    first_call_ms: { median: round(median(first)), min: round(Math.min(...first)), max: round(Math.max(...first)), all: first.map((x) => round(x)) },
    // The warm-up while the page was idle, before the first call: how many idle
    // callbacks, their time together, and the longest one (medians over the runs).
    warm_up: {
      idle_callbacks: median(warm.map((w) => w.length)),
      total_ms: round(median(warm.map((w) => w.reduce((a, b) => a + b, 0)))),
      longest_ms: round(median(warm.map((w) => Math.max(0, ...w)))),
    },
    again_ms: { median: round(median(again)), min: round(Math.min(...again)), max: round(Math.max(...again)), all: again.map((x) => round(x)) },
  }, null, 2));
}

main().catch((e) => { console.error(e); process.exit(1); });
