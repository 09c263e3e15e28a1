// The page reads a made-up audit while idle after its first frame (web/glue.js
// warmUpWhenIdle, issue 26), so that V8 has optimised the readers before a
// person opens their file. It must be a valid audit (or the reads would run
// the error paths, not a real file's), run in short idle slices, and leave no
// trace: no audit opened or kept, no frame drawn, the focus where it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, openApp, timeIdleCallbacks, ROOT } from './lib.mjs';

// madeUpAudit() as glue.js has it, run here.
function madeUpAuditText() {
  const glue = readFileSync(path.join(ROOT, 'web/glue.js'), 'utf8');
  const m = glue.match(/\n {2}function madeUpAudit\(\) \{\n[\s\S]*?\n {2}\}\n/);
  assert.ok(m, 'glue.js has no madeUpAudit()');
  return new Function(`${m[0]}\nreturn madeUpAudit();`)();
}

test('the made-up audit is a valid audit file, every item answered', () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'wa-warm-')), 'made-up.json');
  writeFileSync(file, madeUpAuditText());
  const out = execFileSync(path.join(ROOT, 'build/native/welcome-audit'), ['validate', '--strict', file], { encoding: 'utf8' });
  assert.match(out, /ok \(audit of Made-up Library \/ Main, 1 checklist, 40 of 40 items answered\)/);
  const audit = JSON.parse(readFileSync(file, 'utf8'));
  const items = audit.checklists[0].sections.flatMap((s) => s.items);
  // What real audits hold is in it, so those readers are warmed too.
  assert.ok(items.some((i) => i.measure) && items.some((i) => i.tally) && items.some((i) => i.references));
  assert.ok(Object.keys(audit.actions['warm-up']).length > 0);
});

test('the page reads it while idle, in short slices, and nothing shows or is kept', async () => {
  const server = await startServer();
  const browser = await launch();
  try {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(timeIdleCallbacks);
    const { page } = await openApp(browser, server.url, { context: ctx });
    const heading = page.getByRole('heading', { level: 1 });
    await page.getByRole('button', { name: 'Start a new audit' }).focus();
    await page.waitForTimeout(200);  // the focus move's own frames
    const before = { heading: await heading.textContent(), frames: await page.evaluate(() => window.WelcomeAudit.frames()) };
    await page.waitForTimeout(4000);
    const slices = await page.evaluate(() => window.__idle);
    assert.ok(slices.length >= 2, `the warm-up ran in ${slices.length} idle callbacks`);
    // A slice is one read (the first compiles the readers) or reads for up to 8 ms.
    assert.ok(Math.max(...slices.slice(1)) < 40, `idle slices (ms): ${slices.map((x) => x.toFixed(1)).join(', ')}`);
    assert.deepEqual(page.errors, [], 'no console error (a made-up audit with a problem logs one)');
    assert.equal(await heading.textContent(), before.heading, 'still on Start');
    assert.equal(await page.evaluate(() => window.WelcomeAudit.frames()), before.frames, 'no frame run for it');
    assert.equal(await page.evaluate(() => window.WelcomeAudit.audit()), null, 'no audit open');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Start a new audit', 'focus stays');
    await ctx.close();
  } finally {
    await browser.close();
    server.stop();
  }
});
