// typing_bench: what one key press in a note costs when the audit holds
// photos. Every change is saved to browser storage, and with photos the audit
// is megabytes; the app saves at most once a second while someone types
// (App::after_frame). Prints one JSON object; measures build/web/dist as built.
//
//   node bench/typing_bench.mjs > typing.json
//
// For 0, 10 and 25 photos of about 150 KB (random base64: the core checks the
// alphabet and the size, not the picture), it opens the mini audit with the
// photos through WelcomeAudit.load, focuses the note and types 30 characters,
// one at a time. Each figure is the time from setting the textarea's value
// (an input event, as typing does) until the app has drawn two frames, so it
// includes two animation frames (about 33 ms at 60 Hz) even when nothing is
// saved. `saves` counts the writes of the audit to storage during the typing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, openApp, settle, ROOT } from '../tests/browser/lib.mjs';

const KEYS = 30;
const server = await startServer();
const browser = await launch();
const results = [];
try {
  for (const photos of [0, 10, 25]) {
    const { ctx, page } = await openApp(browser, server.url);
    const audit = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/audit-mini.json'), 'utf8'));
    const bytes = Buffer.alloc(110000);
    for (let i = 0; i < bytes.length; ++i) bytes[i] = (i * 2654435761) >>> 24;
    const evidence = audit.responses['mini-welcome']['door-open'].evidence;
    for (let i = 0; i < photos; ++i) evidence.push({ kind: 'image', data_url: 'data:image/jpeg;base64,' + bytes.toString('base64') });
    const text = JSON.stringify(audit);
    const loaded = await page.evaluate((t) => window.WelcomeAudit.load(t), text);
    if (!loaded.ok) throw new Error('the audit did not load: ' + loaded.errors.join('; '));
    await settle(page);
    await page.evaluate(() => {
      window.saves = 0;
      const real = WA_STORE.save;
      WA_STORE.save = (...args) => { window.saves++; return real(...args); };
    });
    await page.getByLabel('Note (optional)').focus();
    const times = [];
    const started = Date.now();
    for (let i = 0; i < KEYS; ++i) {
      times.push(await page.evaluate(async () => {
        const ta = document.activeElement;
        const t0 = performance.now();
        ta.value += 'x';
        ta.dispatchEvent(new Event('input', { bubbles: true }));
        const f0 = window.WelcomeAudit.frames();
        while (window.WelcomeAudit.frames() < f0 + 2) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }));
    }
    const seconds = (Date.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const pick = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
    results.push({
      photos,
      audit_bytes: text.length,
      keystroke_ms: { median: pick(0.5), p90: pick(0.9), max: pick(1) },
      saves: await page.evaluate(() => window.saves),
      typing_seconds: Math.round(seconds * 10) / 10,
    });
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(JSON.stringify({ keys: KEYS, results }));
