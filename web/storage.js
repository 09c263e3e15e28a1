// Where Welcome Audit keeps work in this browser: one module, no framework.
// glue.js hands the app (src/app/browser.cpp) the calls below; nothing else
// in the page touches storage.
//
// The store (IndexedDB database "welcome-audit", version 1):
//   index    id -> {id, name, library, branch, date, checklists, answered,
//                   total, photos, rev, created, updated, deleted, previous}
//   texts    id -> the audit's text, or PARTS: then the text is in parts,
//            "<id>/<key>" -> one part, joined in key order (see below)
//   photos   photo id -> Blob (a JPEG, PNG, GIF or WebP picture)
//   settings "settings" -> the display settings and the audit open last
//
// An audit's text is its audit file with each photo replaced by a reference,
// "wa-photo:<16 hex digits>:<length of its data: URL>", so a save writes a
// few hundred KB however many photos there are. Photos are written once, in
// the same transaction as the first save that uses them, and put back into
// the text (resolve) only when a file is made for the person.
//
// Parts: the app cuts an audit's text into parts (src/core/audit.h, TextPart:
// the head, each checklist, each answered item, each item's plan actions, the
// tail) whose keys sort in text order. A save writes only the parts that
// differ from the revision it builds on (an answer or a note: its item's part
// and the head, a few KB of a 1.5 MB audit), and deletes those that went.
// Texts kept whole (builds before issue 26, a rescue, a copy) are read as they are
// and written in parts by their next save.
//
// Durability: a save is one transaction (strict durability where the browser
// has it) over the index, the text's parts and the new photos; the app shows
// "Saved" only when it has completed. Every record has a revision: a save based
// on an older revision than the stored one (another tab saved meanwhile) is
// refused as a conflict instead of overwriting what the other tab wrote. A save
// of changed parts only also names the stored revision's `token` (new at every
// save): it applies only to the very text it was worked out from.
//
// Two tabs: the audit open in a tab holds a Web Lock named after it; another
// tab that wants it asks over a BroadcastChannel, the first tab saves what it
// has, lets go and says so, and the second opens the saved copy.
//
// Never stuck: while an audit is being opened, a marker in localStorage names
// it; the app clears it once the audit has been drawn. A start that finds the
// marker (or the one onAbort leaves) does not reopen that audit by itself.
//
// Fallbacks: where IndexedDB is missing or refused, localStorage (about 5 MB,
// photos as data: URLs) and, failing that, memory only (lost when the page
// closes). `backend` says which, and the app tells the person what it means.
'use strict';

(function () {
  const DB_NAME = 'welcome-audit';
  const STORES = ['index', 'texts', 'photos', 'settings'];
  const OLD_KEYS = {  // what versions up to 0.1 kept in localStorage
    audit: 'welcome-audit/audit',
    settings: 'welcome-audit/settings',
    previous: 'welcome-audit/previous-audit',
    unreadable: 'welcome-audit/audit-unreadable',
  };
  const MARKER = 'welcome-audit/opening';
  const RESCUE = 'welcome-audit/rescue';
  const PARTS = 'wa-parts:1';  // the text record of an audit kept in parts
  // Every part record of audit `id` has a key "<id>/<part key>"; '0' sorts after '/'.
  const partsOf = (id) => [id + '/', id + '0'];
  const KEEP_DELETED_DAYS = 30;
  const PHOTO_REF = /wa-photo:([0-9a-f]{16}):(\d+)/;
  // Where a reference stands for a photo in a file: an audit's "data_url" or a report's <img src>.
  const PHOTO_IN_FILE = /("data_url": ?"|src=")(wa-photo:[0-9a-f]{16}:\d+)"/g;
  // A data: URL as the value of "data_url" in a file being opened.
  const DATA_URL_IN_FILE = /("data_url"\s*:\s*")(data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+)"/g;

  // --- small helpers --------------------------------------------------------------
  const hex32 = (n) => (n >>> 0).toString(16).padStart(8, '0');
  function newId() {
    const b = new Uint8Array(8);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }
  // A photo's id is a fingerprint of its data: URL (two 32-bit FNV-1a lanes),
  // so the same photo opened twice is kept once.
  function photoRefOf(dataUrl) {
    let a = 0x811c9dc5, b = 0x050c5d1f;
    for (let i = 0; i < dataUrl.length; ++i) {
      const c = dataUrl.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 2246822519);
    }
    return 'wa-photo:' + hex32(a) + hex32(b) + ':' + dataUrl.length;
  }
  function dataUrlToBlob(dataUrl) {
    const comma = dataUrl.indexOf(',');
    const type = dataUrl.slice(5, dataUrl.indexOf(';'));
    const bin = atob(dataUrl.slice(comma + 1));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; ++i) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  function blobToDataUrl(blob) {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result);
      r.onerror = () => reject(r.error);
      r.readAsDataURL(blob);
    });
  }
  const reqDone = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  function localStorageWorks() {
    try {
      const k = 'welcome-audit/probe';
      localStorage.setItem(k, '1');
      localStorage.removeItem(k);
      return true;
    } catch (e) { return false; }
  }
  const lsGet = (k) => { try { return localStorage.getItem(k); } catch (e) { return null; } };
  const lsSet = (k, v) => { try { localStorage.setItem(k, v); return true; } catch (e) { return false; } };
  const lsRemove = (k) => { try { localStorage.removeItem(k); } catch (e) { /* nothing to remove */ } };

  // A save keeps the name and deleted mark as they are stored (update() may
  // have changed them after the save's record was made), except a copy's
  // made-up name once its library, branch or date changed (copyName).
  function keepListFields(ops, stored) {
    if (!stored) return;
    for (const rec of ops.index || []) {
      if (rec.id !== stored.id) continue;
      rec.name = stored.name;
      rec.nameFor = stored.nameFor;
      rec.deleted = stored.deleted;
      copyName(rec);
    }
  }
  // A copy's name ("Eastside (copy)") lasts until its library, branch or
  // date is changed: then the list names it by what it now is.
  const profileKey = (rec) => [rec.library || '', rec.branch || '', rec.date || ''].join('\n');
  function copyName(rec) {
    if (rec.nameFor && rec.nameFor !== profileKey(rec)) { rec.name = ''; rec.nameFor = null; }
  }

  // --- backends: the same four operations over IndexedDB, localStorage or memory -------
  // commit(ops) writes everything in ops or nothing; ops.guard = {id, rev, token?}
  // refuses the write ('conflict') unless the stored revision is still rev (and
  // its token still token). ops.texts puts [key, text] (null: deletes it);
  // ops.dropParts deletes every part of those audits.
  const guardHolds = (guard, rec) => (rec ? rec.rev : 0) === guard.rev && (guard.token === undefined || (rec && rec.token) === guard.token);
  // A stored text and its parts (sorted by key) -> {text, parts: Map or null}.
  function joinParts(head, entries) {
    if (head !== PARTS) return { text: head, parts: null };
    const parts = new Map();
    for (const [k, t] of entries) parts.set(k.slice(k.indexOf('/') + 1), t);
    return { text: [...parts.values()].join(''), parts };
  }

  function idbBackend(db) {
    const store = (names, mode) => {
      let tx;
      try { tx = db.transaction(names, mode, { durability: 'strict' }); } catch (e) { tx = db.transaction(names, mode); }
      return tx;
    };
    return {
      name: 'indexeddb',
      async readIndex() { return reqDone(store(['index'], 'readonly').objectStore('index').getAll()); },
      // The text, its parts and its index record, read in one transaction: one revision's.
      async readParts(id) {
        const tx = store(['index', 'texts'], 'readonly');
        const texts = tx.objectStore('texts');
        const range = IDBKeyRange.bound(...partsOf(id), false, true);
        const [rec, head, keys, values] = await Promise.all([reqDone(tx.objectStore('index').get(id)), reqDone(texts.get(id)),
          reqDone(texts.getAllKeys(range)), reqDone(texts.getAll(range))]);
        return { rec, ...joinParts(head, keys.map((k, i) => [k, values[i]])) };
      },
      async readText(id) { return (await this.readParts(id)).text; },
      async readPhoto(id) { return reqDone(store(['photos'], 'readonly').objectStore('photos').get(id)); },
      async readPhotoIds() { return reqDone(store(['photos'], 'readonly').objectStore('photos').getAllKeys()); },
      async readSettings() { return reqDone(store(['settings'], 'readonly').objectStore('settings').get('settings')); },
      commit(ops) {
        return new Promise((resolve, reject) => {
          const tx = store(STORES, 'readwrite');
          let conflict = false;
          const write = () => {
            for (const rec of ops.index || []) tx.objectStore('index').put(rec, rec.id);
            for (const id of ops.dropParts || []) tx.objectStore('texts').delete(IDBKeyRange.bound(...partsOf(id), false, true));
            for (const [id, text] of ops.texts || []) (text === null ? tx.objectStore('texts').delete(id) : tx.objectStore('texts').put(text, id));
            for (const [id, p] of ops.photos || []) tx.objectStore('photos').put(p.blob, id);
            if (ops.settings !== undefined) tx.objectStore('settings').put(ops.settings, 'settings');
            for (const id of ops.remove || []) {
              tx.objectStore('index').delete(id);
              tx.objectStore('texts').delete(id);
              tx.objectStore('texts').delete(IDBKeyRange.bound(...partsOf(id), false, true));
            }
            for (const id of ops.removePhotos || []) tx.objectStore('photos').delete(id);
            if (ops.patch) {  // a change to a record as it is stored now, whatever its revision
              const get = tx.objectStore('index').get(ops.patch.id);
              get.onsuccess = () => { if (get.result) tx.objectStore('index').put({ ...get.result, ...ops.patch.change }, ops.patch.id); };
            }
          };
          if (ops.guard) {
            const get = tx.objectStore('index').get(ops.guard.id);
            get.onsuccess = () => {
              if (!guardHolds(ops.guard, get.result)) { conflict = true; tx.abort(); return; }
              keepListFields(ops, get.result);
              write();
            };
          } else {
            write();
          }
          tx.oncomplete = () => resolve('ok');
          tx.onabort = () => (conflict ? resolve('conflict') : reject(tx.error || new Error('the save was stopped')));
          tx.onerror = (e) => e.preventDefault();  // let onabort report it once
        });
      },
    };
  }

  // localStorage, or a Map standing in for it: every record a string under its own key.
  function kvBackend(name, kv) {
    const P = 'welcome-audit/v2/';
    const getJson = (k) => { const s = kv.get(P + k); return s == null ? undefined : JSON.parse(s); };
    return {
      name,
      async readIndex() { return kv.keys().filter((k) => k.startsWith(P + 'index/')).map((k) => JSON.parse(kv.get(k))); },
      async readParts(id) {
        const [from, to] = partsOf(P + 'text/' + id);
        const keys = kv.keys().filter((k) => k >= from && k < to).sort();
        return { rec: getJson('index/' + id), ...joinParts(kv.get(P + 'text/' + id) ?? undefined, keys.map((k) => [k, kv.get(k)])) };
      },
      async readText(id) { return (await this.readParts(id)).text; },
      async readPhoto(id) { const s = kv.get(P + 'photo/' + id); return s == null ? undefined : dataUrlToBlob(s); },
      async readPhotoIds() { return kv.keys().filter((k) => k.startsWith(P + 'photo/')).map((k) => k.slice((P + 'photo/').length)); },
      async readSettings() { return getJson('settings'); },
      async commit(ops) {
        if (ops.guard) {
          const rec = getJson('index/' + ops.guard.id);
          if (!guardHolds(ops.guard, rec)) return 'conflict';
          keepListFields(ops, rec);
        }
        const writes = [];
        const partKeys = (id) => { const [from, to] = partsOf(P + 'text/' + id); return kv.keys().filter((k) => k >= from && k < to); };
        for (const id of [...(ops.dropParts || []), ...(ops.remove || [])]) for (const k of partKeys(id)) writes.push([k, null]);
        for (const rec of ops.index || []) writes.push([P + 'index/' + rec.id, JSON.stringify(rec)]);
        for (const [id, text] of ops.texts || []) writes.push([P + 'text/' + id, text]);
        for (const [id, p] of ops.photos || []) writes.push([P + 'photo/' + id, p.dataUrl || await blobToDataUrl(p.blob)]);
        if (ops.settings !== undefined) writes.push([P + 'settings', JSON.stringify(ops.settings)]);
        for (const id of ops.remove || []) writes.push([P + 'index/' + id, null], [P + 'text/' + id, null]);
        for (const id of ops.removePhotos || []) writes.push([P + 'photo/' + id, null]);
        if (ops.patch) {
          const rec = getJson('index/' + ops.patch.id);
          if (rec) writes.push([P + 'index/' + ops.patch.id, JSON.stringify({ ...rec, ...ops.patch.change })]);
        }
        const before = writes.map(([k]) => [k, kv.get(k)]);
        try {
          for (const [k, v] of writes) (v === null ? kv.remove(k) : kv.set(k, v));
        } catch (e) {
          for (const [k, v] of before) { try { (v == null ? kv.remove(k) : kv.set(k, v)); } catch (e2) { /* as before */ } }
          throw e;
        }
        return 'ok';
      },
    };
  }
  const localKv = {
    get: (k) => localStorage.getItem(k),
    set: (k, v) => localStorage.setItem(k, v),
    remove: (k) => localStorage.removeItem(k),
    keys: () => Object.keys(localStorage),
  };
  function memoryKv() {
    const m = new Map();
    return { get: (k) => (m.has(k) ? m.get(k) : null), set: (k, v) => m.set(k, v), remove: (k) => m.delete(k), keys: () => [...m.keys()] };
  }

  function openIndexedDb() {
    return new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      // Some browsers never answer (private modes of older ones): give up after 4 s.
      const timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), 4000);
      let req;
      try { req = indexedDB.open(DB_NAME, 1); } catch (e) { clearTimeout(timer); reject(e); return; }
      req.onupgradeneeded = () => {
        for (const s of STORES) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s);
      };
      req.onsuccess = () => { clearTimeout(timer); resolve(req.result); };
      req.onerror = () => { clearTimeout(timer); reject(req.error); };
      req.onblocked = () => { /* an older tab still has version 0 open: wait for it */ };
    });
  }

  // --- state -------------------------------------------------------------------------
  let backend = null;
  const index = new Map();        // id -> index record (deleted ones too)
  const photoCache = new Map();   // photo ref -> {blob, dataUrl?, url?}
  const unsaved = new Map();      // photo ref -> {blob, dataUrl}: put, not yet committed
  const savedPhotoIds = new Set();  // photo ids known to be in the store
  let settings = {};
  const inflight = new Set();     // saves not yet answered by the store
  const nextRev = new Map();      // id -> the revision the last save asked for (see save)
  const known = new Map();        // id -> {rev, token, parts}: a revision's parts, as read or as a save asked
  let lastAsked = null;           // the last save asked for: {id, rev, parts, meta, at}
  let held = null;                // {id, release}: the Web Lock of the audit open here
  let current = null;             // id of the audit open in this tab
  let askedPersist = false;
  let listeners = { changed() {}, lost() {}, releaseRequested: async () => {} };
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel('welcome-audit') : null;

  const visible = () => [...index.values()].filter((r) => !r.deleted).sort((a, b) => b.updated - a.updated);
  const deleted = () => [...index.values()].filter((r) => r.deleted).sort((a, b) => b.deleted - a.deleted);
  const broadcast = (msg) => { if (channel) channel.postMessage(msg); };

  async function reloadIndex() {
    index.clear();
    for (const rec of await backend.readIndex()) if (rec && rec.id) index.set(rec.id, rec);
  }

  // --- photos ------------------------------------------------------------------------
  const photoId = (ref) => PHOTO_REF.exec(ref)[1];
  function putPhoto(dataUrl) {
    const ref = photoRefOf(dataUrl);
    if (!photoCache.has(ref)) {
      const p = { blob: dataUrlToBlob(dataUrl), dataUrl: backend && backend.name !== 'indexeddb' ? dataUrl : null };
      photoCache.set(ref, p);
      if (!savedPhotoIds.has(photoId(ref))) unsaved.set(ref, p);
    }
    return ref;
  }
  async function photoBlob(ref) {
    const hit = photoCache.get(ref);
    if (hit) return hit.blob;
    const blob = await backend.readPhoto(photoId(ref));
    if (blob) photoCache.set(ref, { blob });
    return blob || null;
  }
  // An object URL for the page's <img> ("" when the photo is not kept here).
  async function photoUrl(ref) {
    if (!PHOTO_REF.test(ref)) return '';
    const blob = await photoBlob(ref);
    if (!blob) return '';
    const p = photoCache.get(ref);
    if (!p.url) p.url = URL.createObjectURL(blob);
    return p.url;
  }
  // The text with every photo reference replaced by its data: URL, as parts of a Blob.
  async function resolvePhotos(text) {
    const parts = [];
    let last = 0;
    PHOTO_IN_FILE.lastIndex = 0;
    for (let m; (m = PHOTO_IN_FILE.exec(text));) {
      const blob = await photoBlob(m[2]);
      parts.push(text.slice(last, m.index), m[1], blob ? await blobToDataUrl(blob) : '', '"');
      last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  }
  // A file being opened: its photos go to the store, the app gets references
  // (a 300-photo audit file is about 50 MB; the app then holds a few hundred KB).
  function takePhotosFrom(text) {
    if (text.indexOf('data:image/') < 0) return text;
    return text.replace(DATA_URL_IN_FILE, (all, head, dataUrl) => head + putPhoto(dataUrl) + '"');
  }
  // Photos no stored audit refers to any more (removed from an audit, or its
  // audit deleted for good) are removed, at start. The photo ids are read
  // before the texts: a photo is written in the same transaction as the first
  // text that uses it, so one saved meanwhile (by another tab) is not among
  // the ids and cannot be taken for unused.
  async function collectPhotos() {
    const stored = await backend.readPhotoIds();
    const used = new Set();
    for (const id of index.keys()) {
      const text = await backend.readText(id);
      if (typeof text === 'string') for (const m of text.matchAll(/wa-photo:([0-9a-f]{16}):/g)) used.add(m[1]);
    }
    for (const id of stored) savedPhotoIds.add(id);
    const unused = stored.filter((id) => !used.has(id));
    if (unused.length) {
      await backend.commit({ removePhotos: unused });
      for (const id of unused) savedPhotoIds.delete(id);
    }
    return unused.length;
  }

  // --- locks between tabs ----------------------------------------------------------------
  function lockName(id) { return 'welcome-audit:audit:' + id; }
  // Takes the audit's lock: `mode` 'try' (only if free), 'wait' or 'steal'. True when held.
  function acquire(id, mode) {
    if (!navigator.locks) return Promise.resolve(true);
    if (held && held.id === id) return Promise.resolve(true);
    release();
    return new Promise((resolve) => {
      const opts = mode === 'steal' ? { steal: true } : mode === 'wait' ? {} : { ifAvailable: true };
      navigator.locks.request(lockName(id), opts, (lock) => {
        if (!lock) { resolve(false); return undefined; }
        return new Promise((let_go) => { held = { id, release: let_go }; resolve(true); });
      }).catch(() => {
        // Stolen by another tab that could not wait for us: this tab stops saving this audit.
        if (held && held.id === id) { held = null; if (current === id) { current = null; listeners.lost(id); } }
      });
    });
  }
  function release() {
    if (held) { const h = held; held = null; h.release(); }
  }
  if (channel) {
    channel.onmessage = async (e) => {
      const msg = e.data || {};
      if (msg.type === 'changed') { await reloadIndex(); listeners.changed(); }
      if (msg.type === 'release' && current === msg.id) {
        await listeners.releaseRequested(msg.id);  // the app saves what it has
        await Promise.allSettled([...inflight]);
        current = null;
        release();
        listeners.lost(msg.id);
        broadcast({ type: 'released', id: msg.id });
      }
    };
  }

  // --- the never-stuck marker -------------------------------------------------------------
  const marker = () => { try { return JSON.parse(lsGet(MARKER) || 'null'); } catch (e) { return null; } };
  function markOpening(id) { lsSet(MARKER, JSON.stringify({ id, state: 'opening' })); }
  function markShown() { lsRemove(MARKER); }
  function markFailed() { if (current) lsSet(MARKER, JSON.stringify({ id: current, state: 'failed' })); }

  // --- start ----------------------------------------------------------------------------
  // Moves what versions up to 0.1 kept in localStorage into the store. The old
  // keys are removed only after the store has confirmed the new copies.
  async function migrateOld() {
    if (!localStorageWorks() || backend.name === 'memory') return 0;
    const records = [];
    const now = Date.now();
    for (const [what, key] of [['audit', OLD_KEYS.audit], ['previous', OLD_KEYS.previous], ['unreadable', OLD_KEYS.unreadable]]) {
      const text = lsGet(key);
      if (!text) continue;
      const id = newId();
      records.push({ key, id, text: takePhotosFrom(text), what });
      if (what === 'audit') settings.current = id;
    }
    const oldSettings = lsGet(OLD_KEYS.settings);
    if (!records.length && !oldSettings) return 0;
    if (oldSettings) {
      try { Object.assign(settings, JSON.parse(oldSettings)); } catch (e) { /* unreadable settings: defaults */ }
    }
    const ops = { index: [], texts: [], photos: [...unsaved.entries()].map(([r, p]) => [photoId(r), p]), settings };
    for (const r of records) {
      const names = { previous: 'Kept before a new audit replaced it', unreadable: 'Could not be read (kept as it was)' };
      ops.index.push({ id: r.id, name: names[r.what] || '', rev: 1, created: now, updated: now, deleted: null,
        library: '', branch: '', date: '', checklists: [], answered: 0, total: 0, photos: 0, unreadable: r.what === 'unreadable' });
      ops.texts.push([r.id, r.text]);
    }
    await backend.commit(ops);
    for (const [id] of ops.photos) savedPhotoIds.add(id);
    unsaved.clear();
    // Only now, with the copies confirmed, are the old keys emptied (for the
    // localStorage fallback the new copies are in localStorage too).
    for (const r of records) lsRemove(r.key);
    lsRemove(OLD_KEYS.settings);
    return records.length;
  }

  // Opens the store and reads what the app needs before it starts. Resolves
  // to the boot information the app reads once (browser::store_boot).
  async function init() {
    try {
      backend = idbBackend(await openIndexedDb());
      await backend.readSettings();  // refused at first use in some private modes
    } catch (e) {
      backend = localStorageWorks() ? kvBackend('localstorage', localKv) : kvBackend('memory', memoryKv());
    }
    const boot = { backend: backend.name, migrated: 0, failed: null, busy: null, resume: null };
    try {
      settings = (await backend.readSettings()) || {};
      boot.migrated = await migrateOld();
      await reloadIndex();
      await rescueLeftSave();
      // Deleted audits are kept for a while so that a delete can be undone.
      const expired = deleted().filter((r) => Date.now() - r.deleted > KEEP_DELETED_DAYS * 86400000).map((r) => r.id);
      if (expired.length) { await backend.commit({ remove: expired }); for (const id of expired) index.delete(id); }
      await collectPhotos();  // before the app starts: no save of this tab can race it
    } catch (e) {
      boot.error = String(e && e.message || e);
    }
    const m = marker();
    if (m && m.id && index.has(m.id)) {
      // The app stopped while this audit was being opened or shown: do not reopen it blindly.
      boot.failed = summary(index.get(m.id));
      if (settings.current === m.id) settings.current = null;
      lsRemove(MARKER);
    }
    const id = settings.current;
    if (id && index.has(id) && !index.get(id).deleted && !index.get(id).unreadable) {
      if (await acquire(id, 'try')) {
        const read = await backend.readParts(id);
        const text = read.text;
        remember(id, read);
        if (typeof text === 'string') {
          current = id;
          markOpening(id);
          boot.resume = { id, text };
        }
      } else {
        boot.busy = summary(index.get(id));
      }
    }
    boot.settings = settings;
    return boot;
  }

  function summary(rec) {
    return {
      id: rec.id, name: rec.name || '', library: rec.library || '', branch: rec.branch || '', date: rec.date || '',
      checklists: rec.checklists || [], answered: rec.answered || 0, total: rec.total || 0, photos: rec.photos || 0,
      updated: rec.updated || 0, deleted: rec.deleted || null, unreadable: !!rec.unreadable, previous: rec.previous || '',
    };
  }

  // --- what the app calls -------------------------------------------------------------

  // Saves the open audit (id, its text as [key, text] parts in text order, the
  // summary shown in the list). Resolves to 'saved', 'memory' (kept only until
  // the page closes), 'conflict' (another tab saved it meanwhile) or
  // 'failed: <reason>'.
  //
  // The transaction is started here and now, not after the previous save has
  // answered: a save asked for while the page is being left (pagehide) must
  // reach the store before the page is gone. The store runs transactions in
  // the order they were started, so each one's revision is known in advance,
  // and so are the parts it builds on (`known`): only those that changed are
  // written. Without them (a new audit, one kept whole, a save after a failed
  // one) every part is written.
  function save(id, partList, meta) {
    const old = index.get(id);
    const base = nextRev.has(id) ? nextRev.get(id) : old ? old.rev : 0;
    nextRev.set(id, base + 1);
    const now = Date.now();
    const rec = { ...(old || { created: now, name: '', deleted: null }), ...meta, id, rev: base + 1, updated: now, token: newId() };
    delete rec.unreadable;
    copyName(rec);
    const parts = new Map(partList);
    const pending = unsaved.size ? [...unsaved.entries()].filter(([ref]) => partList.some(([, t]) => t.includes(ref))) : [];
    const from = known.get(id);
    const changes = from && from.rev === base && from.token ? changedParts(id, from.parts, parts) : null;
    known.set(id, { rev: base + 1, token: rec.token, parts });
    const attempt = (guard, record, texts) => backend.commit({
      guard: { id, ...guard }, index: [record], texts: texts || [[id, PARTS], ...[...parts].map(([k, t]) => [id + '/' + k, t])],
      dropParts: texts ? [] : [id], photos: pending.map(([r, p]) => [photoId(r), p]),
    });
    if (!old) { current = id; acquire(id, 'try'); }  // a new audit: this tab has it
    lastAsked = { id, rev: base + 1, parts: partList, meta, at: now };
    const p = (async () => {
      let result;
      try {
        result = await attempt(changes ? { rev: base, token: from.token } : { rev: base }, rec, changes);
        if (result === 'conflict') {
          // An earlier save of ours that failed leaves the next ones a revision
          // ahead; only a revision written by someone else is a real conflict.
          // Then every part is written: the earlier one's changes are not there.
          const stored = (await backend.readIndex()).find((r) => r && r.id === id);
          const ours = index.get(id);
          if (stored && ours && stored.rev === ours.rev && stored.token === ours.token) {
            nextRev.set(id, stored.rev + 1);
            rec.rev = stored.rev + 1;
            result = await attempt({ rev: stored.rev }, rec, null);
            if (result === 'ok' && !(known.get(id) && known.get(id).rev > rec.rev)) known.set(id, { rev: rec.rev, token: rec.token, parts });
          }
        }
      } catch (e) {
        nextRev.delete(id);
        known.delete(id);
        return 'failed: ' + (e && e.name === 'QuotaExceededError' ? 'the browser has no room left for this site' : String(e && e.message || e));
      }
      if (result === 'conflict') { nextRev.delete(id); known.delete(id); return 'conflict'; }
      if (!index.get(id) || index.get(id).rev < rec.rev) index.set(id, rec);
      for (const [r] of pending) { unsaved.delete(r); savedPhotoIds.add(photoId(r)); }
      if (settings.current !== id) saveSettings({ ...settings, current: id });
      broadcast({ type: 'changed' });
      // Kept for good without asking the person only where the browser
      // decides by itself; where it would ask them (Firefox), only their
      // press of "Keep my audits..." on Start does (keepForGood).
      if (!askedPersist) { askedPersist = true; persistPrompts().then((prompts) => { if (!prompts) askPersist(); }); }
      return backend.name === 'memory' ? 'memory' : 'saved';
    })();
    inflight.add(p);
    p.finally(() => inflight.delete(p));
    return p;
  }
  // The writes that turn `before` into `after` (Maps key -> text): changed
  // and new parts, and null for the parts that went.
  function changedParts(id, before, after) {
    const out = [];
    for (const [k, t] of after) if (before.get(k) !== t) out.push([id + '/' + k, t]);
    for (const k of before.keys()) if (!after.has(k)) out.push([id + '/' + k, null]);
    return out;
  }
  // What was just read of a stored audit: the base of its next save's changes.
  function remember(id, read) {
    if (read.parts && read.rec) known.set(id, { rev: read.rec.rev, token: read.rec.token, parts: read.parts });
    else known.delete(id);
  }

  // The page is going away (pagehide). A save still under way needs script to
  // finish (it checks the revision before it writes), and the page will run
  // none: its text goes to localStorage now, which writes at once, and the
  // next start puts it in the store (rescueLeftSave) unless the save made it.
  function leaving() {
    if (inflight.size && lastAsked) {
      const { parts, ...rest } = lastAsked;
      lsSet(RESCUE, JSON.stringify({ ...rest, text: parts.map(([, t]) => t).join('') }));
    }
  }
  async function rescueLeftSave() {
    let r = null;
    try { r = JSON.parse(lsGet(RESCUE) || 'null'); } catch (e) { r = null; }
    if (!r || !r.id || typeof r.text !== 'string') { lsRemove(RESCUE); return; }
    const rec = index.get(r.id);
    if (!rec || rec.rev < r.rev) {
      const next = { ...(rec || { created: r.at, name: '', deleted: null }), ...r.meta, id: r.id, rev: r.rev, updated: r.at, token: newId() };
      await backend.commit({ index: [next], texts: [[r.id, r.text]], dropParts: [r.id] });
      index.set(r.id, next);
    }
    lsRemove(RESCUE);
  }

  function saveSettings(s) {
    settings = { ...s, current: s.current === undefined ? settings.current : s.current };
    return backend.commit({ settings }).catch(() => { /* settings are not worth an error */ });
  }

  // Opens a stored audit in this tab: {text} or {busy: true} when another tab has it.
  async function open(id) {
    const rec = index.get(id);
    if (!rec) return { error: 'not-found' };
    if (current && current !== id) close();
    if (!(await acquire(id, 'try'))) return { busy: true };
    const read = await backend.readParts(id);
    const text = read.text;
    if (typeof text !== 'string') { release(); return { error: 'not-found' }; }
    remember(id, read);
    current = id;
    markOpening(id);
    saveSettings({ ...settings, current: id });
    return { text };
  }
  // Asks the tab that has the audit to save and let go; if it does not
  // answer within 3 s (a frozen background tab), takes the lock anyway.
  async function takeOver(id) {
    broadcast({ type: 'release', id });
    const got = await Promise.race([acquire(id, 'wait'), new Promise((r) => setTimeout(() => r(false), 3000))]);
    if (!got) await acquire(id, 'steal');
    await reloadIndex();
    return open(id);
  }
  function close() {
    current = null;
    release();
  }
  // A change to what the list shows (a name, deleted or not): no new revision,
  // so it never stands in the way of the open audit's saves.
  async function update(id, change) {
    if (!index.get(id)) return false;
    if ('name' in change) change = { ...change, nameFor: null };  // a name the person gave stays
    await backend.commit({ patch: { id, change } });
    index.set(id, { ...index.get(id), ...change });
    broadcast({ type: 'changed' });
    return true;
  }
  // A copy under a new id (photos are shared by id).
  async function copy(id, change) {
    const rec = index.get(id);
    const text = await backend.readText(id);
    if (!rec || typeof text !== 'string') return '';
    const now = Date.now();
    const nid = newId();
    const next = { ...rec, ...change, id: nid, rev: 1, created: now, updated: now, deleted: null, token: newId() };
    if ('name' in change) next.nameFor = profileKey(rec);  // the copy's name, until its profile changes (save)
    await backend.commit({ index: [next], texts: [[nid, text]] });
    index.set(nid, next);
    broadcast({ type: 'changed' });
    return nid;
  }
  // The audit file of a stored audit, photos put back, as Blob parts.
  async function fileParts(id) {
    const text = await backend.readText(id);
    return typeof text === 'string' ? resolvePhotos(text) : null;
  }
  // Where the person's data stands: bytes used, bytes allowed, kept for good
  // or not, and whether the person can ask for it (persistPrompt: the browser
  // would ask them) or asked and was refused (persistRefused).
  async function estimate() {
    const out = { usage: -1, quota: -1, persisted: false };
    try {
      if (navigator.storage && navigator.storage.estimate) Object.assign(out, await navigator.storage.estimate());
      if (navigator.storage && navigator.storage.persisted) out.persisted = await navigator.storage.persisted();
    } catch (e) { /* not told: shown as unknown */ }
    const prompts = !out.persisted && await persistPrompts();
    return { usage: out.usage, quota: out.quota, persisted: out.persisted, persistPrompt: prompts,
      persistRefused: !out.persisted && (keepRefused || (await persistPermission()) === 'denied') };
  }
  async function persistPermission() {
    try {
      return (await navigator.permissions.query({ name: 'persistent-storage' })).state;
    } catch (e) { return ''; }  // not a permission this browser names
  }
  // Firefox asks the person ("Allow this site to store data in persistent
  // storage?") where Chrome, Edge and Safari decide by themselves. Such a
  // question must come from the person's own action, never out of nowhere.
  async function persistPrompts() {
    if (!(navigator.storage && navigator.storage.persist) || !/\bGecko\/\d/.test(navigator.userAgent)) return false;
    const state = await persistPermission();
    return state !== 'granted' && state !== 'denied';
  }
  async function askPersist() {
    let kept = false;
    try {
      kept = !!(navigator.storage && navigator.storage.persist &&
        ((await navigator.storage.persisted()) || (await navigator.storage.persist())));
    } catch (e) { /* the browser decides */ }
    listeners.changed();
    return kept;
  }
  // The person pressed "Keep my audits when the browser cleans up storage".
  let keepRefused = false;
  async function keepForGood() {
    keepRefused = !(await askPersist());
    listeners.changed();
    return !keepRefused;
  }
  // Safari (and WebKit) clear a site's storage after 7 days without a visit
  // unless the page was added to the home screen.
  function clearsAfterAWeek() {
    const ua = navigator.userAgent;
    const webkit = /AppleWebKit/.test(ua) && !/Chrome|Chromium|CriOS|Edg|FxiOS|Firefox/.test(ua);
    const installed = (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches) || navigator.standalone === true;
    return webkit && !installed;
  }

  window.WA_STORE = {
    init, save, saveSettings, open, takeOver, close, update, copy, fileParts, estimate, keepForGood,
    readText: (id) => backend.readText(id),
    putPhoto, photoUrl, resolvePhotos, takePhotosFrom, clearsAfterAWeek,
    markShown, markFailed, newId, leaving,
    list: () => visible().map(summary),
    deletedList: () => deleted().map(summary),
    get backend() { return backend ? backend.name : 'none'; },
    get current() { return current; },
    on(handlers) { listeners = { ...listeners, ...handlers }; },
  };
})();
