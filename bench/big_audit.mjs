// The big audit the benchmarks share: copies of the physical-access checklist
// under other ids (25 copies: 1,025 items), the first checklist's first three
// items holding 100 made-up photos each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../tests/browser/lib.mjs';

const PA = JSON.parse(readFileSync(path.join(ROOT, 'checklists/physical-access.json'), 'utf8'));

// A made-up photo: random base64 of about 150 KB (the core checks the alphabet
// and the size, not the picture). Each one different, as real photos are.
export function photo(k) {
  const bytes = Buffer.alloc(110000);
  let x = (k + 1) * 2654435761 >>> 0;
  for (let i = 0; i < bytes.length; ++i) { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; bytes[i] = x & 255; }
  return 'data:image/jpeg;base64,' + bytes.toString('base64');
}

export function bigAudit(photos, copies = 25) {
  const checklists = [];
  for (let c = 0; c < copies; ++c) checklists.push({ ...PA, id: `pa-copy-${c}`, title: `${PA.title} (${c + 1})` });
  const first = PA.sections[0].items.map((it) => it.id);
  const responses = { 'pa-copy-0': {} };
  for (let p = 0; p < photos; ++p) {
    const item = first[Math.floor(p / 100)];
    (responses['pa-copy-0'][item] ||= { answer: 'partly', evidence: [] }).evidence.push({ kind: 'image', data_url: photo(p) });
  }
  return { format: 'welcome-audit/audit', format_version: 1, created_at: '2026-11-26T10:00:00Z', updated_at: '2026-11-26T10:00:00Z',
    profile: { library: 'Bench Library', branch: '', date: '2026-11-26', auditor_roles: [] }, checklists, responses, actions: {} };
}

// Counts what each IndexedDB transaction writes, by store (an init script):
// window.__writes gets {bytes, puts, deletes, stores: {name: bytes}} as each
// transaction completes. Text counts as its UTF-8 bytes, a Blob as its size.
export function recordIdbWrites() {
  window.__writes = [];
  const perTx = new WeakMap();
  const enc = new TextEncoder();
  const of = (store) => {
    const tx = store.transaction;
    let rec = perTx.get(tx);
    if (!rec) {
      rec = { bytes: 0, puts: 0, deletes: 0, stores: {} };
      perTx.set(tx, rec);
      tx.addEventListener('complete', () => window.__writes.push(rec));
    }
    return rec;
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const rec = of(this);
    const n = typeof value === 'string' ? enc.encode(value).length : value instanceof Blob ? value.size : JSON.stringify(value).length;
    rec.bytes += n;
    rec.puts += 1;
    rec.stores[this.name] = (rec.stores[this.name] || 0) + n;
    return put.call(this, value, key);
  };
  const del = IDBObjectStore.prototype.delete;
  IDBObjectStore.prototype.delete = function (key) { of(this).deletes += 1; return del.call(this, key); };
}

// --- the 1,000-item checklist and an audit that uses it (page_bench, open_bench) ---

const ANSWERS = ['met', 'partly', 'not-met', 'not-applicable', 'not-sure'];

export function thousandItemChecklist() {
  const sections = [];
  let n = 0;
  for (let s = 0; s < 20; ++s) {
    const items = [];
    for (let i = 0; i < 50; ++i, ++n) {
      const weight = 1 + (n % 3);
      items.push({
        id: `item-${String(n + 1).padStart(4, '0')}`,
        prompt: `Is benchmark item ${n + 1} of section ${s + 1} in place for every visitor?`,
        how_to_check: `Walk the route a visitor takes and look for item ${n + 1}; ask a colleague at the desk.`,
        looks_like: `Item ${n + 1} is in place, staff know about it, and a visitor can find it without asking.`,
        why: 'It makes the library easier to use for everyone, and it costs nothing to keep up.',
        weight,
        essential: weight === 3 && n % 10 === 2,  // essential items are always weight 3
        helps: ['everyone'],
        change: 'service',
        actions: [{
          id: 'put-in-place',
          text: `Put item ${n + 1} in place and tell the team at the next staff meeting.`,
          cost: 'none',
          effort: 'hours',
          owner: 'Front-line staff',
        }],
      });
    }
    sections.push({ id: `section-${String(s + 1).padStart(2, '0')}`, title: `Section ${s + 1} of the benchmark`, items });
  }
  return {
    format: 'welcome-audit/checklist',
    format_version: 1,
    id: 'bench-thousand-items',
    version: '1.0.0',
    title: 'Benchmark: 1,000 items',
    summary: 'A generated checklist of 20 sections of 50 items, for the page benchmark.',
    language: 'en',
    sections,
  };
}

// An audit in the saved format (src/core/audit.cpp, audit_to_json) that embeds
// the checklist. Every item is answered, cycling through the five answers, so
// that Review scores every section and the Plan lists 600 actions (partly and
// not met: the item's action; not sure: a find-out task).
export function thousandItemAudit(checklist = thousandItemChecklist()) {
  const stamp = '2026-11-25T10:00:00Z';
  const responses = {};
  let n = 0;
  for (const s of checklist.sections) {
    for (const it of s.items) responses[it.id] = { answer: ANSWERS[n++ % ANSWERS.length], answered_at: stamp };
  }
  return {
    format: 'welcome-audit/audit',
    format_version: 1,
    created_at: stamp,
    updated_at: stamp,
    profile: { library: 'Benchmark County Library', branch: 'Main', date: '2026-11-25', auditor_roles: ['Branch manager'] },
    checklists: [checklist],
    responses: { [checklist.id]: responses },
    actions: {},
  };
}
