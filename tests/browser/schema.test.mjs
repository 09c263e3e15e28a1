// The JSON Schemas in checklists/schema/ agree with the files the core writes
// and accepts: every shipped checklist, the fixtures, and a plan from the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT } from './lib.mjs';

const schema = (name) => JSON.parse(readFileSync(path.join(ROOT, 'checklists/schema', name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
// One validator per schema: Ajv refuses to compile the same $id twice.
const compiled = (name) => ajv.getSchema(schema(name).$id) || ajv.compile(schema(name));
const check = (validate, doc, what) => assert.ok(validate(doc), what + ': ' + JSON.stringify(validate.errors));

test('shipped checklists match checklist.schema.json', () => {
  const v = ajv.compile(schema('checklist.schema.json'));
  const files = readdirSync(path.join(ROOT, 'checklists')).filter((f) => f.endsWith('.json') && f !== 'index.json');
  assert.ok(files.length >= 8);
  for (const f of files) check(v, JSON.parse(readFileSync(path.join(ROOT, 'checklists', f), 'utf8')), f);
});

test('saved audits and exported plans match their schemas', () => {
  const audit = ajv.compile(schema('audit.schema.json'));
  const plan = ajv.compile(schema('plan.schema.json'));
  const fixture = path.join(ROOT, 'tests/fixtures/audit-mini.json');
  check(audit, JSON.parse(readFileSync(fixture, 'utf8')), 'audit-mini.json');
  const cli = path.join(ROOT, 'build/native/welcome-audit');
  const out = execFileSync(cli, ['plan', fixture, '--format', 'json'], { encoding: 'utf8' });
  check(plan, JSON.parse(out), 'plan of audit-mini.json');
  // A schema that accepts anything would pass the above: a broken plan must fail.
  const broken = JSON.parse(out);
  broken.actions[0].status = 'finished';
  assert.equal(plan(broken), false);
  // Format 2 carries the summary at a glance; format 1 plans, which had none, stay valid.
  const written = JSON.parse(out);
  assert.equal(written.format_version, 2);
  assert.ok(written.summary.glance.quick_wins.length > 0);
  delete written.summary.glance;
  assert.equal(plan(written), false, 'a format 2 plan needs summary.glance');
  check(plan, JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/plan-westside.json'), 'utf8')), 'plan-westside.json (format 1)');
});

test('measured and counted figures match the schemas, in the audit and in its plan', () => {
  const audit = compiled('audit.schema.json');
  const plan = compiled('plan.schema.json');
  const fixture = path.join(ROOT, 'tests/fixtures/audit-measured.json');
  const doc = JSON.parse(readFileSync(fixture, 'utf8'));
  check(audit, doc, 'audit-measured.json');
  const out = JSON.parse(execFileSync(path.join(ROOT, 'build/native/welcome-audit'), ['plan', fixture, '--format', 'json'],
    { encoding: 'utf8' }));
  check(plan, out, 'plan of audit-measured.json');
  assert.ok(out.figures.length === 3, JSON.stringify(out.figures));
  assert.ok(out.actions.some((a) => a.figure && a.figure.includes('9 lbf')));
  // A tally with a negative count, or an item with both a measure and a tally, is refused.
  const bad = JSON.parse(JSON.stringify(doc));
  bad.responses['mini-measured'].acknowledge.tally[0].yes = -1;
  assert.equal(audit(bad), false);
  const both = JSON.parse(JSON.stringify(doc.checklists[0]));
  both.sections[0].items[0].tally = { each: 'x', what: 'y', min_count: 5, met_percent: 80 };
  assert.equal(compiled('checklist.schema.json')(both), false);
});
