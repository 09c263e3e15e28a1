// Browser glue: everything the wasm app asks of the browser (src/app/browser.cpp
// calls these), the Emscripten Module setup, and window.WelcomeAudit for hosts
// and tests. Plain script, no build step: it runs from file:// as well.
// Storage itself is web/storage.js (window.WA_STORE); this file connects it to the app.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const live = document.getElementById('live');
  const fileInput = document.getElementById('file-input');
  const photoInput = document.getElementById('photo-input');
  const cameraInput = document.getElementById('camera-input');
  const plansInput = document.getElementById('plans-input');
  let ready = false;
  let begin;
  const started = new Promise((resolve) => { begin = resolve; });  // the program runs (callMain)

  // The app shell (index.html #loading, issue 26): the Start screen painted by
  // the page while the program loads. A press on one of its buttons is kept
  // and replayed to the program (a file picker opens inside the press itself,
  // or the browser refuses); at the first frame the focus goes to the mirror's
  // element of the same id, so it never drops to the page's body.
  const shell = document.getElementById('loading');
  const pressed = [];
  // The app puts the focus on a new screen's heading, its first one too: for
  // a second, the control focused on the shell keeps it instead (unless a
  // press on the shell already leads elsewhere).
  let keptFocus = '';
  function keepShellFocus() {
    const f = document.activeElement;
    if (shell.hidden || !shell.contains(f) || !f.dataset.wa || pressed.length) return;
    keptFocus = f.dataset.wa;
    setTimeout(() => { keptFocus = ''; }, 1000);
  }
  // The themes by the app's number (palette.h ThemeId), as <html data-theme> names them.
  const THEMES = ['light', 'dark', 'high-contrast'];
  const theme = THEMES.indexOf(document.documentElement.dataset.theme);
  shell.querySelectorAll('[data-wa^="theme"]').forEach((b, i) => b.setAttribute('aria-pressed', i === theme));
  shell.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b || b.getAttribute('aria-disabled')) return;
    if (b.dataset.file) glue.pickFile(b.dataset.file);
    if (ready) glue.activate(b.dataset.wa); else pressed.push(b.dataset.wa);
  });
  // What the shell needs before the next first paint (index.html's inline
  // script reads it): the theme, text size and language chosen, and whether
  // audits are kept (then the shell stops before their list).
  const look = (localStorage.getItem('wa-shell') || '').split(' ');
  function keepLook(i, v) {
    look[i] = v;
    try { localStorage.setItem('wa-shell', [0, 1, 2, 3].map((k) => look[k] || '').join(' ')); } catch (e) { /* no storage: no memory */ }
  }
  function keepSettings(s) {
    if (!s) return;
    if (s.theme >= 0) keepLook(0, THEMES[s.theme]);
    if (s.text_scale) keepLook(1, Math.round(1800 * s.text_scale) / 100);
    keepLook(2, s.language || '');
  }

  function fatal(reason) {
    const box = document.getElementById('fatal');
    if (!box.hidden) return;
    const fromDisk = location.protocol === 'file:';
    box.innerHTML = '';
    const h = document.createElement('h1');
    h.textContent = 'Welcome Audit could not start';
    const p1 = document.createElement('p');
    p1.textContent = 'Reason: ' + reason + '.';
    const p2 = document.createElement('p');
    p2.textContent = fromDisk
      ? 'If you opened index.html from a folder on this computer, open welcome-audit-offline.html instead: it works without a web server.'
      : 'Try reloading the page. If it keeps happening, try another browser (a recent Chrome, Edge, Firefox or Safari) or ask whoever hosts this page.';
    const p3 = document.createElement('p');
    p3.textContent = 'Any audit you saved in this browser is still there.';
    box.append(h, p1, p2, p3);
    box.hidden = false;
    document.getElementById('loading').hidden = true;
    box.tabIndex = -1;
    box.focus();
  }

  // A JS string into the wasm heap (malloc, not the small stack ccall uses),
  // NUL-terminated. The browser's own encoder: Emscripten's lengthBytesUTF8
  // and stringToUTF8 walk the string in JavaScript, twice (about 9 ms of the
  // 1.5 MB of a 1,000-item audit being opened, against about 1 ms).
  const toUtf8 = new TextEncoder();
  function heapString(str) {
    const max = str.length * 3 + 1;  // UTF-8 takes at most 3 bytes per UTF-16 unit
    const p = Module._malloc(max);
    const { written } = toUtf8.encodeInto(str, Module.HEAPU8.subarray(p, p + max - 1));
    Module.HEAPU8[p + written] = 0;
    return p;
  }
  function withUtf8(str, fn) {
    const p = heapString(str);
    try { return fn(p); } finally { Module._free(p); }
  }
  function call(name, ...strings) {
    if (!ready) return undefined;
    const ptrs = [];
    try {
      for (const s of strings) ptrs.push(heapString(s));
      return Module['_' + name](...ptrs);
    } finally {
      for (const p of ptrs) Module._free(p);
    }
  }
  // Why read a made-up audit while the page is idle: V8 compiles each wasm
  // function the first time it runs, with its quick baseline compiler, and
  // optimises one only after it has done a good deal of work. So the first
  // audit a person opened was read by baseline code: 46 ms for a 1,000-item
  // audit against 12 ms once optimised (bench/open_bench.mjs). A person takes
  // seconds to find their file; a second after the first frame, the app reads
  // this 40-item audit (all an audit file holds: measured, counted and plain
  // items, answers, notes, plan entries) 24 times, about as much reading as a
  // 1,000-item audit, in idle moments: one read (the first about 12 ms, the
  // others 1 to 2), more while 8 ms have not passed and the moment lasts; never
  // during input or a frame. The app drops what it read
  // (main.cpp, kWarmUp). Safari has no requestIdleCallback: a read every 50 ms.
  function madeUpAudit() {
    const at = '2026-05-15T10:00:00Z', items = [], responses = {}, actions = {};
    for (let i = 0; i < 40; ++i) {
      const id = 'item-' + i, t = `Item ${i} is in place.`, measured = i % 3 === 1, counted = i % 3 === 2;
      const answer = ['met', 'partly', 'not-met', 'not-applicable', 'not-sure'][i % 5];
      items.push({
        id, prompt: t, how_to_check: t, looks_like: t, why: t, weight: 3, essential: true, helps: ['everyone', 'wheelchair'], change: 'space',
        ...(measured && { measure: { what: t, unit: 'in', metric_unit: 'mm', metric_per_unit: 25.4, met: { min: 32, min_metric: 815 } } }),
        ...(counted && { tally: { each: t, what: t, min_count: 10, met_percent: 90, partly_percent: 60 } }),
        actions: [{ id: 'put-in-place', text: t, cost: 'under-100', effort: 'days', owner: 'Branch manager' },
          { id: 'train-staff', text: t, cost: 'none', effort: 'hours', owner: 'Front-line staff' }],
        references: [{ title: t, url: 'https://example.org/' + i }],
      });
      responses[id] = { answer, note: t, answered_at: at,
        ...(measured && { measurement: { value: 33.5, unit: 'in', at } }), ...(counted && { tally: [{ started_at: at, yes: 9, no: 2 }] }) };
      if (answer === 'partly') actions[id] = { 'put-in-place': { owner: 'Branch manager', due: '2026-09-30', status: 'doing', cost_estimate: '$40' } };
    }
    return JSON.stringify({ format: 'welcome-audit/audit', format_version: 1, created_at: at, updated_at: at,
      profile: { library: 'Made-up Library', branch: 'Main', date: '2026-05-15', auditor_roles: ['Branch manager'] },
      checklists: [{ format: 'welcome-audit/checklist', format_version: 1, id: 'warm-up', version: '1.0.0', title: 'Made-up', summary: 'Made-up', language: 'en',
        sections: [0, 1, 2, 3].map((s) => ({ id: 'section-' + s, title: 'Section ' + s, items: items.slice(s * 10, s * 10 + 10) })) }],
      responses: { 'warm-up': responses }, actions: { 'warm-up': actions } });
  }
  function warmUpWhenIdle() {
    const idle = window.requestIdleCallback || ((fn) => setTimeout(() => fn({ timeRemaining: () => 0 }), 50));
    const bytes = new TextEncoder().encode(madeUpAudit());
    let left = 24;
    const step = (deadline) => {
      const t0 = performance.now();
      do {
        const p = Module._malloc(bytes.length);
        if (!p) return;  // no memory to spare: no warm-up
        Module.HEAPU8.set(bytes, p);
        withUtf8('warm-up.json', (name) => Module._wa_open_text(name, p, bytes.length, SOURCE.WARM_UP));
        Module._free(p);
      } while (--left && performance.now() - t0 < 8 && deadline.timeRemaining() > 8);
      if (left) idle(step);
    };
    setTimeout(() => idle(step), 1000);
  }
  // Where a file comes from: the app reads it accordingly (main.cpp's FileSource, the same numbers).
  const SOURCE = { PERSON: 0, HOST: 1, COMPARE: 2, PREVIOUS: 3, WARM_UP: 4 };
  // Raw bytes of a file: the core checks UTF-8 itself and names the bad byte.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  function openBytes(fileName, bytes, source) {
    if (!ready) { started.then(() => openBytes(fileName, bytes, source)); return; }
    // An audit's photos go to the store here, before the app reads the file:
    // the app then holds references, not 50 MB of pictures. Text that is not
    // valid UTF-8 is passed on as it is, for the core to name the bad byte.
    if (source === SOURCE.PERSON) {
      try {
        const text = utf8.decode(bytes);
        const lighter = WA_STORE.takePhotosFrom(text);
        if (lighter !== text) bytes = new TextEncoder().encode(lighter);
      } catch (e) { /* not UTF-8: the core says so */ }
    }
    const p = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, p);
    Module.HEAPU8[p + bytes.length] = 0;
    try {
      withUtf8(fileName, (np) => Module._wa_open_text(np, p, bytes.length, source));
    } finally {
      Module._free(p);
    }
  }

  // An audit file with 300 photos is about 50 MB; the core refuses what is still over 20 MB
  // once the photos are out, with a message.
  const MAX_FILE_BYTES = 200 * 1024 * 1024;
  async function openFile(file, source) {
    const slice = file.size > MAX_FILE_BYTES ? file.slice(0, MAX_FILE_BYTES) : file;
    const bytes = new Uint8Array(await slice.arrayBuffer());
    openBytes(file.name, bytes, source);
  }
  let fileSource = SOURCE.PERSON;  // PREVIOUS when the picker was opened for last year's audit (Progress)
  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (file) openFile(file, fileSource);
  });
  // Plans to compare: several at once, in the order chosen.
  plansInput.addEventListener('change', async () => {
    const files = [...(plansInput.files || [])];
    plansInput.value = '';
    for (const file of files) await openFile(file, SOURCE.COMPARE);
  });

  // A photo for the evidence of an item: shrunk here to a JPEG data: URL the
  // audit file can carry (the core's limit is 256 KB; we aim lower, because
  // browser storage holds about 5 MB in all). Camera photos are 3 to 12 MB.
  // Drawing through a canvas also drops the file's EXIF data (where and when
  // it was taken: GPS, camera, time). An empty string tells the app the file
  // could not be read as a picture.
  const PHOTO_TARGET_BYTES = 160 * 1024;
  // The picture, upright: a camera stores what its sensor saw and says in
  // EXIF how to turn it (Orientation); 'from-image' turns it. Older engines
  // take no options, or no file at all (Safari before 15): an <img>, which
  // browsers show upright (CSS image-orientation: from-image), does instead.
  async function decodePhoto(file) {
    try { return await createImageBitmap(file, { imageOrientation: 'from-image' }); } catch (e) { /* no options */ }
    try { return await createImageBitmap(file); } catch (e) { /* no Blob */ }
    const url = URL.createObjectURL(file);
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      return img;
    } catch (e) {
      return null;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  async function photoDataUrl(file) {
    const bitmap = await decodePhoto(file);
    if (!bitmap) return '';
    const width = bitmap.naturalWidth || bitmap.width, height = bitmap.naturalHeight || bitmap.height;
    const done = (url) => { if (bitmap.close) bitmap.close(); return url; };
    const canvas2d = document.createElement('canvas');
    let smallest = '';
    for (const side of [1024, 800, 640, 480]) {
      const scale = Math.min(1, side / Math.max(width, height));
      canvas2d.width = Math.max(1, Math.round(width * scale));
      canvas2d.height = Math.max(1, Math.round(height * scale));
      const g = canvas2d.getContext('2d');
      g.fillStyle = '#fff';  // transparent PNGs become white, not black, as JPEG
      g.fillRect(0, 0, canvas2d.width, canvas2d.height);
      g.drawImage(bitmap, 0, 0, canvas2d.width, canvas2d.height);
      for (const quality of [0.8, 0.65, 0.5]) {
        const url = canvas2d.toDataURL('image/jpeg', quality);
        if (url.length <= PHOTO_TARGET_BYTES) return done(url);
        smallest = url;
      }
    }
    return done(smallest);  // over the target: the app keeps it if the core's limit allows, or says it is too big
  }
  // Several photos can be chosen at once (a walk-through of a building takes
  // dozens); the camera gives one at a time.
  for (const input of [photoInput, cameraInput]) {
    input.addEventListener('change', async () => {
      const files = [...(input.files || [])];
      input.value = '';
      for (const file of files) call('wa_add_photo', await photoDataUrl(file));
    });
  }

  // --- the store (web/storage.js) and the app ------------------------------------
  const emit = (event) => call('wa_store_event', JSON.stringify(event));
  function when(ms) {
    try { return new Date(ms).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }); } catch (e) { return new Date(ms).toISOString().slice(0, 16).replace('T', ' '); }
  }
  // The list of audits and where storage stands, for the Start screen.
  async function listInfo() {
    const withTime = (a) => ({ ...a, updatedText: when(a.updated) });
    return {
      backend: WA_STORE.backend, list: WA_STORE.list().map(withTime), deleted: WA_STORE.deletedList().map(withTime),
      ...(await WA_STORE.estimate()), clearsAfterAWeek: WA_STORE.clearsAfterAWeek(),
    };
  }
  const emitList = async () => { const info = await listInfo(); keepLook(3, info.list.length); emit({ type: 'list', ...info }); };
  // After saves the list (answered counts, "changed" times) is sent again, at most once a second.
  let listTimer = 0;
  const emitListSoon = () => { if (!listTimer) listTimer = setTimeout(() => { listTimer = 0; emitList(); }, 1000); };
  WA_STORE.on({
    changed: emitList,
    lost: (id) => emit({ type: 'lost', id }),
    // Another tab asks for the audit open here: the app saves what it has first.
    releaseRequested: async () => { if (ready) Module._wa_flush(); },
  });
  // Read before the app starts (in parallel with loading the program), so that
  // the app starts with its settings and the audit to resume in hand.
  const storeReady = WA_STORE.init()
    .then(async (boot) => ({ ...boot, ...(await listInfo()) }))
    .catch((e) => ({ backend: 'memory', error: 'Saved audits could not be read: ' + (e && e.message || e) }));
  let bootJson = '{}';
  let saveSeq = 0;

  // A path beside the page made of plain names ("riverside/wayfinding.json"):
  // what the app may ask to fetch or show (the core checks config.json's the same way).
  const isPagePath = (p) => /^[\w.-]+(\/[\w.-]+)*$/.test(p) && !p.split('/').some((s) => s === '.' || s === '..');
  // The consortium's config.json (docs/hosting.md), read while the program
  // loads, so that the app starts with it: the offline file's own copy (put
  // in by scripts/make_pages.py --config), or the file beside a hosted page.
  // None, no network or a server that answers every address with a page:
  // no config and nothing to say. Anything else the app explains on Start.
  const CONFIG_FILE = 'config.json';
  async function readConfig() {
    const inside = document.getElementById('wa-config');
    if (inside) return JSON.stringify({ file: CONFIG_FILE, text: inside.textContent });
    if (!/^https?:$/.test(location.protocol)) return '';
    const gaveUp = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
    try {
      const r = await Promise.race([fetch(CONFIG_FILE, { cache: 'no-cache' }), gaveUp]);
      if (!r || r.status === 404 || /text\/html/.test(r.headers.get('content-type') || '')) return '';
      if (!r.ok) return JSON.stringify({ file: CONFIG_FILE, error: 'The web server answered ' + r.status + ' when the page asked for it.' });
      return JSON.stringify({ file: CONFIG_FILE, text: await r.text() });
    } catch (e) {
      return '';
    }
  }
  const configReady = readConfig();
  let configJson = '';

  // The language (docs/languages.md): the one chosen on Start (the settings),
  // else the consortium's (config.json "language"), else the browser's first
  // with a catalog, else English, compiled in. Another language's catalog is
  // fetched now, with the program, and only then: an English start fetches
  // nothing more. The offline file has the shipped ones inside the wasm.
  const SHIPPED_LANGUAGES = ['es'];
  async function readLanguage(boot, config) {
    let cfg = {};
    try { cfg = JSON.parse(JSON.parse(config).text) || {}; } catch (e) { /* none, or the app explains */ }
    const files = { en: '' };
    for (const code of SHIPPED_LANGUAGES) files[code] = 'lang/' + code + '.json';
    for (const f of Array.isArray(cfg.languages) ? cfg.languages : []) {
      const code = typeof f === 'string' && isPagePath(f) && (f.match(/([\w-]+)\.json$/i) || [])[1];
      if (code && !(code in files)) files[code] = f;
    }
    const wanted = [boot.settings && boot.settings.language, cfg.language, ...(navigator.languages || [navigator.language])];
    for (const tag of wanted) {
      if (typeof tag !== 'string' || !tag) continue;
      const code = tag in files ? tag : tag.toLowerCase().split('-')[0];
      if (!(code in files)) continue;
      if (code === 'en') return '';
      const file = files[code];
      if (!/^https?:$/.test(location.protocol)) return JSON.stringify({ code, file });  // inside the wasm
      try {
        const gaveUp = new Promise((resolve) => setTimeout(() => resolve({ ok: false, status: 'nothing' }), 8000));
        const r = await Promise.race([fetch(file, { cache: 'no-cache' }), gaveUp]);
        if (!r.ok) return JSON.stringify({ code, file, error: 'The web server answered ' + r.status + ' when the page asked for it.' });
        return JSON.stringify({ code, file, text: await r.text() });
      } catch (e) {
        return JSON.stringify({ code, file, error: String(e && e.message || e) });
      }
    }
    return '';
  }
  let languageJson = '';

  function downloadParts(name, mime, parts) {
    const blob = new Blob(parts, { type: mime });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const fromApp = new TextDecoder('utf-8');  // as UTF8ToString decodes: never throws
  const glue = {
    fatal,
    toHeap: heapString,
    // `length` bytes of UTF-8 at `ptr` in the app's memory, as a string.
    textAt(ptr, length) { return fromApp.decode(Module.HEAPU8.subarray(ptr, ptr + length)); },
    storeBoot() { return bootJson; },
    pageConfig() { return configJson; },
    pageLanguage() { return languageJson; },
    // A language chosen on Start (app_language.cpp): its catalog, then wa_language_text.
    fetchLanguage(code, file) {
      const done = (text, ok) => { if (ready) call('wa_language_text', code, file, ok ? text : ''); };
      if (!/^https?:$/.test(location.protocol) || !isPagePath(file)) { done('', false); return; }
      fetch(file, { cache: 'no-cache' }).then((r) => (r.ok ? r.text() : null))
        .then((text) => done(text || '', text !== null)).catch(() => done('', false));
    },
    storeSave(id, text, meta) {
      const seq = ++saveSeq;
      WA_STORE.save(id, text, JSON.parse(meta)).then((status) => {
        const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        emit({ type: 'saved', seq, status, time });
        emitListSoon();
      });
      return seq;
    },
    storeSaveSettings(json) {
      try { const s = JSON.parse(json); WA_STORE.saveSettings(s); keepSettings(s); } catch (e) { /* settings are not worth an error */ }
    },
    async storeDo(what, id, arg) {
      try {
        if (what === 'open' || what === 'take-over') {
          const r = what === 'open' ? await WA_STORE.open(id) : await WA_STORE.takeOver(id);
          if (r.busy) emit({ type: 'busy', id });
          else if (typeof r.text === 'string') call('wa_store_opened', id, 'open', r.text);
          else emit({ type: 'error', message: 'That audit is no longer kept in this browser.' });
        } else if (what === 'next-year' || what === 'previous') {
          // Read only: the audit stays where it is (next year's starts from it; Progress compares with it).
          const text = await WA_STORE.readText(id);
          if (typeof text === 'string') call('wa_store_opened', id, what, text);
        } else if (what === 'close') {
          WA_STORE.close();
        } else if (what === 'keep') {
          // "Keep my audits when the browser cleans up storage": the browser may ask the person.
          emit({ type: 'done', what, id, kept: await WA_STORE.keepForGood() });
        } else if (what === 'download') {
          const parts = await WA_STORE.fileParts(id);
          if (parts) { downloadParts(arg, 'application/json', parts); emit({ type: 'done', what, id, file: arg }); }
        } else {
          if (what === 'delete' && WA_STORE.current === id) WA_STORE.close();
          const done = what === 'rename' ? await WA_STORE.update(id, { name: arg })
            : what === 'delete' ? await WA_STORE.update(id, { deleted: Date.now() })
            : what === 'restore' ? await WA_STORE.update(id, { deleted: null })
            : what === 'duplicate' ? await WA_STORE.copy(id, { name: arg }) : false;
          if (done) emit({ type: 'done', what, id });
        }
        await emitList();
      } catch (e) {
        emit({ type: 'error', message: 'Your audits in this browser could not be changed: ' + (e && e.message || e) });
      }
    },
    // A photo's object URL for the mirror's <img>, by the reference the audit
    // keeps; the consortium's logo (a file beside the page, or data:) as it is.
    photoUrl(ref) {
      if (/^data:image\//.test(ref) || isPagePath(ref)) return Promise.resolve(ref);
      return WA_STORE.photoUrl(ref).catch(() => '');
    },
    download(name, mime, text) {
      // The core writes CSV with a byte-order mark so spreadsheet programs read it as
      // UTF-8, but the TextDecoder behind UTF8ToString drops a leading BOM: put it back.
      if (/^text\/csv/.test(mime) && text.charCodeAt(0) !== 0xFEFF) text = '\uFEFF' + text;
      // Photos are kept apart (storage.js): the file gets them back here.
      if (text.includes('wa-photo:')) WA_STORE.resolvePhotos(text).then((parts) => downloadParts(name, mime, parts));
      else downloadParts(name, mime, [text]);
    },
    copyText(text) {
      const fallback = () => {
        const ta = document.createElement('textarea');
        ta.value = text;
        ta.setAttribute('readonly', '');
        ta.className = 'sr-only';
        document.body.appendChild(ta);
        const active = document.activeElement;
        ta.select();
        let ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        ta.remove();
        if (active && active.focus) active.focus({ preventScroll: true });
        return ok;
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(fallback);
        return true;
      }
      return fallback();
    },
    announce(text) {
      // Cleared first so that the same words twice are announced twice.
      live.textContent = '';
      setTimeout(() => { live.textContent = text; }, 50);
    },
    now(dateOnly) {
      const d = new Date();
      if (dateOnly) {
        const pad = (n) => String(n).padStart(2, '0');
        return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
      }
      return d.toISOString().replace(/\.\d+Z$/, 'Z');
    },
    publishTree(json) { WA_MIRROR.update(JSON.parse(json)); },
    focusElement(id) {
      keepShellFocus();
      WA_MIRROR.focus(keptFocus && id === 'screen-heading' ? keptFocus : id);
    },
    firstFrame() {
      keepShellFocus();
      document.body.classList.add('ready');
      shell.hidden = true;
      if (keptFocus) WA_MIRROR.focus(keptFocus);
      for (const p of pressed.splice(0)) glue.activate(p);
      warmUpWhenIdle();
    },
    setPageState(theme, fontPx) {
      document.documentElement.dataset.theme = theme;
      document.documentElement.style.setProperty('--font-px', fontPx + 'px');
    },
    // Checklists beside a hosted page (http(s) only: the offline file has its own
    // inside the wasm). The app knows the shipped ones from its catalog and asks
    // for a file only when someone chooses that checklist: fetchChecklist(path),
    // the path relative to the page ("checklists/welcome-behaviors.json").
    // After the first frame, fetchHostChecklists(known, also) reads
    // checklists/index.json and fetches only the files a host added there (not
    // in `known`), and the consortium's own files (`also`, from config.json),
    // so the Checklists screen can offer them.
    fetchChecklist(path) {
      const unavailable = () => { if (ready) withUtf8(path, (p) => Module._wa_checklist_unavailable(p)); };
      if (!/^https?:$/.test(location.protocol) || !isPagePath(path) || !/\.json$/i.test(path)) { unavailable(); return; }
      fetch(path, { cache: 'no-cache' })
        .then((r) => (r.ok ? r.arrayBuffer() : null))
        .then((buf) => { if (buf) openBytes(path, new Uint8Array(buf), SOURCE.HOST); else unavailable(); })
        .catch(unavailable);
    },
    fetchHostChecklists(known, also) {
      if (!/^https?:$/.test(location.protocol)) return;
      const skip = new Set(known.split(' '));
      const fetchAll = () => {
        for (const path of also.split(' ')) if (path) glue.fetchChecklist(path);
        fetch('checklists/index.json', { cache: 'no-cache' })
          .then((r) => (r.ok ? r.json() : null))
          .then((index) => {
            if (!index || !Array.isArray(index.checklists)) return;
            for (const name of index.checklists) {
              if (typeof name === 'string' && !skip.has(name)) glue.fetchChecklist('checklists/' + name);
            }
          })
          .catch(() => { /* no index: only the shipped checklists */ });
      };
      // Nothing may compete with the first frame: wait for it (class "ready", firstFrame()).
      const drawn = () => document.body.classList.contains('ready');
      if (drawn()) { fetchAll(); return; }
      new MutationObserver((_, obs) => { if (drawn()) { obs.disconnect(); fetchAll(); } })
        .observe(document.body, { attributes: true, attributeFilter: ['class'] });
    },
    preferredTheme() {
      const mq = (q) => window.matchMedia && window.matchMedia(q).matches;
      if (mq('(prefers-contrast: more)') || mq('(forced-colors: active)')) return 2;
      if (mq('(prefers-color-scheme: dark)')) return 1;
      return 0;
    },
    // Called by mirror.js and touch.js, inside the person's click, tap or key press.
    pickFile(kind) {
      fileSource = kind === 'previous' ? SOURCE.PREVIOUS : SOURCE.PERSON;
      ({ photo: photoInput, camera: cameraInput, plans: plansInput }[kind] || fileInput).click();
    },
    isReady() { return ready; },
    activate(id) { call('wa_activate', id); },
    // Letters typed on a button or a choice (mirror.js): the app says where typing goes.
    strayTyping() { call('wa_stray_typing'); },
    setText(id, text) { call('wa_set_text', id, text); },
    focusChanged(id) { call('wa_focus', id); },
    scroll(dx, dy) { if (ready) Module._wa_scroll(dx, dy); },
    wake() { if (ready) Module._wa_wake(); },
    // A save the app asked for (browser::save_after): outside any frame, so the
    // frame that showed a key press is on screen before the save's work starts.
    saveDue() { if (ready) { Module._wa_flush(); Module._wa_wake(); } },
  };
  window.WA_GLUE = glue;

  // Leaving, reloading or hiding the page (closing a laptop, switching apps on
  // a tablet) saves a change that was waiting for its turn (see App::after_frame).
  const flush = () => { if (ready) Module._wa_flush(); };
  window.addEventListener('pagehide', () => { flush(); WA_STORE.leaving(); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  // Ctrl+S / Cmd+S saves the audit file (a download) instead of the browser
  // saving this page: "I lost my work" starts with a habit that did nothing.
  document.addEventListener('keydown', (e) => {
    if (!ready || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 's') return;
    e.preventDefault();
    call('wa_save_shortcut');
  }, true);

  // Wake the paused main loop on any input; the app renders a few frames and pauses again.
  for (const type of ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown', 'keyup', 'resize', 'focus']) {
    window.addEventListener(type, glue.wake, { passive: true, capture: true });
  }
  if (window.matchMedia) {
    // Browser zoom changes devicePixelRatio: render again so the font atlas is rebuilt crisp.
    const watchRatio = () => {
      window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)')
        .addEventListener('change', () => { glue.wake(); watchRatio(); }, { once: true });
    };
    watchRatio();
  }
  // Touch (scrolling, taps on pickers, the on-screen keyboard): web/touch.js.

  // WebGL2 check on a scratch canvas, so the app's own context keeps its attributes.
  const hasWebGL2 = (() => {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  })();

  window.Module = {
    canvas,
    noInitialRun: true,  // main() runs once the store has been read (storeReady)
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    onAbort: (what) => {
      WA_STORE.markFailed();  // the next start does not reopen this audit blindly
      fatal('the program stopped (' + what + ')');
    },
    onRuntimeInitialized() {
      if (!hasWebGL2) {
        fatal('this browser cannot draw with WebGL 2, which Welcome Audit needs. Turn on hardware acceleration, or use a recent Chrome, Edge, Firefox or Safari');
        return;
      }
      Promise.all([storeReady, configReady]).then(async ([boot, config]) => {
        languageJson = await readLanguage(boot, config);
        if (languageJson) document.documentElement.classList.add('sh-x');  // a consortium's language: no English shell
        keepSettings(boot.settings);
        keepLook(3, (boot.list || []).length);
        bootJson = JSON.stringify(boot);
        configJson = config;
        ready = true;
        begin();
        Module.callMain([]);
        if (window.WA_TOUCH) WA_TOUCH.started();  // before the first frame: the app's sizes follow the pointer
        bootJson = '{}';  // the resumed audit's text is not kept twice
      });
    },
  };
  window.addEventListener('error', (e) => {
    if (e && e.message && /wasm|WebAssembly/i.test(e.message)) fatal(e.message);
  });

  // Page API for hosts and tests (documented in README.md).
  window.WelcomeAudit = {
    get version() { return ready ? Module.UTF8ToString(Module._wa_version()) : null; },
    frames() { return ready ? Module._wa_frames() : 0; },
    // Of those, the frames put on the canvas: a frame that would draw the
    // picture already there is skipped (src/app/frame_change.h).
    framesDrawn() { return ready ? Module._wa_frames_drawn() : 0; },
    // The open audit as the app holds it: photos are references ("wa-photo:..."), see auditFile().
    audit() { return ready ? JSON.parse(Module.UTF8ToString(Module._wa_audit_json())) : null; },
    // The audit file's text, photos put back in, as "Save the audit file" writes it.
    async auditFile() {
      if (!ready) return null;
      const parts = await WA_STORE.resolvePhotos(Module.UTF8ToString(Module._wa_audit_json()));
      return parts.join('');
    },
    // Photos, like files, go to the store first; the app keeps references.
    load(jsonText) {
      if (!ready) return { ok: false, errors: ['Welcome Audit has not finished loading.'] };
      return JSON.parse(Module.UTF8ToString(call('wa_load_json', WA_STORE.takePhotosFrom(String(jsonText)))));
    },
  };
})();
