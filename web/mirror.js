// The DOM mirror: the app's widgets as real HTML, so a screen reader can read
// and operate what the canvas draws, and the keyboard works as on any page.
//
// The app publishes its widget list (src/app/ui.cpp) whenever it changes: id,
// role, name, state and rectangle. Here each widget becomes an element placed
// over its rectangle. Buttons, radios and text are transparent and let the mouse
// through to the canvas; text fields are real, visible editors. Activating an
// element (click, Enter, Space, arrow keys in a radio group, typing) is sent
// back to the app, which runs the same code as for a mouse click on the canvas.
// Only what changed is touched in the DOM.
'use strict';

(function () {
  const root = document.getElementById('mirror');
  const descriptions = document.createElement('div');
  descriptions.hidden = true;
  document.body.appendChild(descriptions);

  const elements = new Map();  // widget id -> element
  const wrappers = new Map();  // group id -> radiogroup / nav / table row element
  const tables = new Map();    // table id -> table element (its rows are wrappers)
  let nodes = [];

  const domId = (id) => 'wa-' + id.replace(/[^A-Za-z0-9_-]/g, '_');
  // Text as the app may keep it: a lone half of a UTF-16 pair (a paste of a
  // broken emoji) becomes the replacement sign, never bytes that are not UTF-8.
  const wellFormed = (t) => (typeof t.toWellFormed === 'function' ? t.toWellFormed()
    : t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
  const G = () => window.WA_GLUE;

  function tagFor(n) {
    switch (n.role) {
      case 'button': case 'toggle': case 'tab': return 'button';
      case 'radio': case 'checkbox': case 'textbox': return 'input';
      case 'textarea': return 'textarea';
      case 'heading': return 'h' + Math.min(6, Math.max(1, n.level || 2));
      case 'progressbar': case 'cell': case 'columnheader': case 'rowheader': return 'div';
      case 'image': return 'img';
      case 'link': return 'a';
      case 'table': return 'div';  // holds the <table>, placed over the chart it stands for
      default: return 'p';
    }
  }

  function create(n) {
    const el = document.createElement(tagFor(n));
    el.className = 'm';
    el.id = domId(n.id);
    el.dataset.wa = n.id;
    el.dataset.role = n.role;
    switch (n.role) {
      case 'button': case 'toggle': case 'tab':
        el.type = 'button';
        el.addEventListener('click', () => {
          const cur = el.waNode;
          if (cur.disabled) return;
          if (cur.opensFile) G().pickFile(cur.opensFile);  // inside the gesture, or the browser refuses
          G().activate(cur.id);
        });
        break;
      case 'radio': case 'checkbox':
        el.type = n.role;
        if (n.role === 'radio') el.name = 'wa-' + (n.group || n.id);
        el.addEventListener('change', () => {
          // The app owns the state: undo the browser's change until the app says so.
          el.checked = !!el.waNode.checked;
          G().activate(el.waNode.id);
        });
        break;
      case 'textbox': case 'textarea':
        // A date is a real date input: the browser's own picker and keyboard,
        // and a value that is always a whole day (YYYY-MM-DD) or nothing.
        // Where a browser has no date input, it stays a text field and the
        // app reads the forms people type (core/field_rules.h).
        if (n.role === 'textbox') el.type = n.inputMode === 'date' ? 'date' : 'text';
        if (n.inputMode === 'date') el.dataset.date = '1';
        el.classList.add('mf');
        el.autocomplete = 'off';
        el.spellcheck = n.inputMode !== 'date';
        el.addEventListener('input', () => G().setText(el.waNode.id, wellFormed(el.value)));
        break;
      case 'heading':
        el.tabIndex = -1;  // the app moves focus here when a screen opens
        el.classList.add('mh');
        break;
      case 'cell': case 'columnheader': case 'rowheader':
        el.setAttribute('role', n.role);
        break;
      case 'progressbar':
        el.setAttribute('role', 'progressbar');
        el.setAttribute('aria-valuemin', '0');
        el.setAttribute('aria-valuemax', '100');
        break;
    }
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function describe(el, n) {
    const id = el.id + '-desc';
    let d = document.getElementById(id);
    if (!n.desc) {
      if (d) d.remove();
      setAttr(el, 'aria-describedby', null);
      return;
    }
    if (!d) {
      d = document.createElement('span');
      d.id = id;
      descriptions.appendChild(d);
    }
    if (d.textContent !== n.desc) d.textContent = n.desc;
    setAttr(el, 'aria-describedby', id);
  }

  // Puts the element over its widget's rectangle, clipped to the visible part
  // of the scrolling area (the app's clip rectangle). A translation, not
  // left/top: when the content scrolls every element moves, and a transform
  // moves them without the browser laying the page out again.
  function place(el, n) {
    const prev = el.waNode;
    el.waNode = n;
    const [x, y, w, h] = n.r;
    const [cx, cy, cw, ch] = n.c;
    if (!prev || prev.r[0] !== x || prev.r[1] !== y) el.style.transform = `translate(${x}px, ${y}px)`;
    if (!prev || prev.r[2] !== w || prev.r[3] !== h) {
      el.style.width = Math.max(1, w) + 'px';
      el.style.height = Math.max(1, h) + 'px';
    }
    const top = Math.max(0, cy - y), left = Math.max(0, cx - x);
    const right = Math.max(0, x + w - (cx + cw)), bottom = Math.max(0, y + h - (cy + ch));
    const clip = (top || left || right || bottom) ? `inset(${top}px ${right}px ${bottom}px ${left}px)` : '';
    // Compared with the last one written: reading the style back costs more than the rest.
    if (el.waClip !== clip) { el.waClip = clip; el.style.clipPath = clip; }
  }

  function update(el, n) {
    place(el, n);

    switch (n.role) {
      case 'button': case 'toggle': case 'tab':
        if (el.textContent !== n.label) el.textContent = n.label;
        setAttr(el, 'aria-pressed', n.role === 'toggle' ? String(!!n.checked) : null);
        setAttr(el, 'aria-current', n.role === 'tab' && n.checked ? 'step' : (n.current ? 'true' : null));
        setAttr(el, 'aria-expanded', typeof n.expanded === 'boolean' ? String(n.expanded) : null);
        setAttr(el, 'aria-disabled', n.disabled ? 'true' : null);
        setAttr(el, 'aria-haspopup', n.opensFile ? 'dialog' : null);
        break;
      case 'radio': case 'checkbox':
        setAttr(el, 'aria-label', n.label);
        if (el.checked !== !!n.checked) el.checked = !!n.checked;
        break;
      case 'textbox': case 'textarea':
        setAttr(el, 'aria-label', n.label);
        // A figure gets the number keyboard on a phone or tablet, and no spelling marks.
        setAttr(el, 'inputmode', n.inputMode && n.inputMode !== 'date' ? n.inputMode : null);
        if (n.inputMode) el.spellcheck = false;
        // The most the app keeps (core/field_rules.h); a longer paste is cut and said by the app.
        setAttr(el, 'maxlength', n.maxChars || null);
        // Never overwrite what the person is typing (the app's value follows
        // it, a frame behind), unless the app replaced the text itself (seq).
        if ((document.activeElement !== el || (n.seq || 0) !== (el.waSeq || 0)) && el.value !== n.value) el.value = n.value;
        el.waSeq = n.seq || 0;
        break;
      case 'progressbar':
        setAttr(el, 'aria-label', n.label);
        setAttr(el, 'aria-valuenow', n.value);
        setAttr(el, 'aria-valuetext', n.desc || null);
        break;
      case 'link':
        // The browser follows it (an email program for mailto:); only mail and web addresses.
        if (el.textContent !== n.label) el.textContent = n.label;
        if (/^(mailto:|https?:\/\/)/.test(n.value)) setAttr(el, 'href', n.value);
        setAttr(el, 'target', /^https?:/.test(n.value) ? '_blank' : null);
        setAttr(el, 'rel', /^https?:/.test(n.value) ? 'noopener' : null);
        break;
      case 'table': {
        // A chart's figures as a table: caption, column headers, a header cell per row.
        const key = JSON.stringify([n.label, n.cells]);
        if (el.waTable !== key) {
          el.waTable = key;
          el.replaceChildren(buildTable(n));
        }
        break;
      }
      case 'image':
        // The canvas cannot draw the photo; the page does, fetched once per source.
        setAttr(el, 'alt', n.label);
        if (el.dataset.source !== n.value) {
          el.dataset.source = n.value;
          G().photoUrl(n.value).then((url) => { if (url && el.dataset.source === n.value) el.src = url; });
        }
        break;
      default:
        if (el.textContent !== n.label) el.textContent = n.label;
    }
    setAttr(el, 'aria-keyshortcuts', n.key || null);
    if (n.role !== 'progressbar') describe(el, n);
    ink(el, n);
  }

  // Text the app's font cannot draw (a name in Chinese, Greek, Arabic...) is
  // drawn here by the browser, with its own fonts, shaping and direction, in
  // the colour and size the app would use; the canvas leaves the text out.
  function ink(el, n) {
    if (n.ink) {
      el.classList.add('mv');
      el.style.color = n.ink;
      el.style.fontSize = n.inkPx + 'px';
      el.style.lineHeight = n.inkLine + 'px';
      // Where the text starts in its box (a table cell's padding, a plan row's
      // sides), and the room at its right when it wraps, as the app wraps it.
      el.style.padding = n.inkAt ? `${n.inkAt[1]}px ${n.inkAt[2]}px 0 ${n.inkAt[0]}px` : '';
      el.style.textAlign = n.inkWraps ? 'start' : '';
      el.style.whiteSpace = n.inkWraps ? 'normal' : '';
    } else if (el.classList.contains('mv')) {
      el.classList.remove('mv');
      el.style.color = el.style.fontSize = el.style.lineHeight = el.style.padding = '';
      el.style.textAlign = el.style.whiteSpace = '';
    }
  }

  // A table's element, and its rows: the cells are placed over the canvas like
  // every element, the table and rows only give them their structure.
  function tableFor(n) {
    let t = tables.get(n.table);
    if (!t) {
      t = document.createElement('div');
      t.setAttribute('role', 'table');
      t.className = 'mg';
      tables.set(n.table, t);
    }
    setAttr(t, 'aria-label', n.tableLabel);
    return t;
  }

  function buildTable(n) {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = n.label;
    const [head, ...rows] = n.cells || [[]];
    const tr = table.createTHead().insertRow();
    for (const text of head) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      tr.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of rows) {
      const r = body.insertRow();
      row.forEach((text, i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.scope = 'row';
        cell.textContent = text;
        r.appendChild(cell);
      });
    }
    return table;
  }

  function wrapperFor(n) {
    let wr = wrappers.get(n.group);
    if (!wr) {
      if (n.table) {
        wr = document.createElement('div');
        wr.setAttribute('role', 'row');
      } else if (n.role === 'tab') {
        wr = document.createElement('nav');
      } else {
        wr = document.createElement('div');
        wr.setAttribute('role', 'radiogroup');
      }
      wr.className = 'mg';
      wrappers.set(n.group, wr);
    }
    if (!n.table) setAttr(wr, 'aria-label', n.groupLabel);
    return wr;
  }

  // Puts `wanted` as the children of `parent`, in order, moving only what is
  // out of place. The child that holds the focus is never moved: moving an
  // element in the DOM (insertBefore) takes its focus away, and the keys that
  // follow go to the page body (a suggestion button that vanished beside a
  // field being typed in once cost every key after the first). The others
  // are moved around it instead.
  function reconcile(parent, wanted) {
    const keep = new Set(wanted);
    for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
    const active = document.activeElement;
    let pinned = wanted.find((el) => el === active || el.contains(active)) || null;
    if (pinned && pinned.parentNode !== parent) pinned = null;  // it comes from elsewhere: inserted as any other
    for (let i = 0; i < wanted.length; ++i) {
      const w = wanted[i];
      if (parent.children[i] === w) continue;
      if (w === pinned) {
        // Whatever stands before the pinned child but belongs after it moves behind it.
        while (parent.children[i] !== pinned) parent.insertBefore(parent.children[i], pinned.nextSibling);
        continue;
      }
      parent.insertBefore(w, parent.children[i] || null);
    }
  }

  // The app sends the whole list when elements came, went or moved, and
  // otherwise {patch: [[position, node], ...]} with only the changed ones
  // (src/app/ui.h, end_frame_changes): a key typed in a note touches one element.
  // A widget that only moved (the content scrolled) comes as
  // [position, [x, y, w, h, clip x, clip y, clip w, clip h]].
  function applyChanges(changes) {
    if (Array.isArray(changes)) { applyTree(changes); return; }
    for (const [i, n] of changes.patch) {
      if (Array.isArray(n)) {
        const old = nodes[i];
        if (!old) continue;
        const moved = Object.assign({}, old, { r: n.slice(0, 4), c: n.slice(4, 8) });
        nodes[i] = moved;
        const el = elements.get(moved.id);
        if (el) place(el, moved);
        continue;
      }
      nodes[i] = n;
      const el = elements.get(n.id);
      if (el) update(el, n);
    }
  }

  const FOCUSABLE = new Set(['button', 'toggle', 'tab', 'radio', 'checkbox', 'textbox', 'textarea', 'link']);

  // The focused element's widget is gone (a button that did its job, a row
  // that closed): the focus goes to the widget now nearest its place, never
  // to the page body, where the next key would reach nothing (or, worse, a
  // single-key shortcut). The app may move it on after this frame.
  function refocus(list, oldIndex) {
    const at = Math.min(Math.max(0, oldIndex), list.length - 1);
    const pick = (i) => FOCUSABLE.has(list[i].role) && !list[i].disabled && elements.get(list[i].id);
    for (let i = at; i < list.length; ++i) if (pick(i)) return pick(i);
    for (let i = at - 1; i >= 0; --i) if (pick(i)) return pick(i);
    const heading = list.find((n) => n.role === 'heading');
    return heading ? elements.get(heading.id) : null;
  }

  function applyTree(list) {
    const active = document.activeElement;
    const activeId = active && root.contains(active) && active.dataset ? active.dataset.wa : '';
    const activeIndex = activeId ? nodes.findIndex((n) => n.id === activeId) : -1;
    nodes = list;
    const seen = new Set();
    const top = [];
    const groupKids = new Map();
    const tableKids = new Map();
    for (const n of list) {
      let el = elements.get(n.id);
      // A new role, or a text field that becomes a date field: a new element (refocused below when it had the focus).
      if (el && (el.dataset.role !== n.role || (n.role === 'textbox' && (el.dataset.date === '1') !== (n.inputMode === 'date')))) {
        el.remove(); el = null;
      }
      if (!el) { el = create(n); elements.set(n.id, el); }
      update(el, n);
      seen.add(n.id);
      if (n.table) {
        const t = tableFor(n);
        if (!tableKids.has(n.table)) { tableKids.set(n.table, []); top.push(t); }
        const row = wrapperFor(n);
        if (!groupKids.has(n.group)) { groupKids.set(n.group, []); tableKids.get(n.table).push(row); }
        groupKids.get(n.group).push(el);
      } else if (n.group) {
        const wr = wrapperFor(n);
        if (!groupKids.has(n.group)) { groupKids.set(n.group, []); top.push(wr); }
        groupKids.get(n.group).push(el);
      } else {
        top.push(el);
      }
    }
    for (const [group, kids] of groupKids) reconcile(wrappers.get(group), kids);
    for (const [table, rows] of tableKids) reconcile(tables.get(table), rows);
    reconcile(root, top);
    for (const [id, el] of elements) {
      if (!seen.has(id)) {
        const d = document.getElementById(el.id + '-desc');
        if (d) d.remove();
        elements.delete(id);
      }
    }
    for (const [group, wr] of wrappers) if (!groupKids.has(group)) wrappers.delete(group);
    for (const [table] of tables) if (!tableKids.has(table)) tables.delete(table);
    if (activeId && seen.has(activeId) && document.activeElement !== elements.get(activeId)) {
      elements.get(activeId).focus({ preventScroll: true });  // the same widget, a new element
    } else if (activeId && !seen.has(activeId) && list.length) {
      const next = refocus(list, activeIndex);
      if (next) next.focus({ preventScroll: true });
    }
  }

  // Focus: the mirror's element has the real focus; the app draws the ring and scrolls.
  root.addEventListener('focusin', (e) => {
    const id = e.target && e.target.dataset ? e.target.dataset.wa : '';
    if (id) G().focusChanged(id);
  });
  root.addEventListener('focusout', (e) => {
    if (!e.relatedTarget || !root.contains(e.relatedTarget)) G().focusChanged('');
  });
  // The browser scrolls a focused element's container into view; the mirror
  // must stay put (the app scrolls its content and moves the elements).
  // CSS overflow: clip prevents it where supported; this undoes it elsewhere.
  root.addEventListener('scroll', () => {
    if (root.scrollTop || root.scrollLeft) { root.scrollTop = 0; root.scrollLeft = 0; }
  });
  // Text fields take the mouse; scrolling over them still scrolls the app.
  root.addEventListener('wheel', (e) => {
    G().scroll(-e.deltaX / 100, -e.deltaY / 100);
  }, { passive: true });

  // Typing on a button or a choice is someone who thinks they are in a field
  // (a note, a name). The letters do nothing there, but a space between two
  // words would press the button or pick the answer: a space within a moment
  // of such typing is taken as typing too, and goes nowhere. Said once.
  const isField = (t) => t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && t.type !== 'radio' && t.type !== 'checkbox');
  let strayAt = -1e9, swallowSpace = false, straySaid = false;
  root.addEventListener('keydown', (e) => {
    const t = e.target;
    if (!t || isField(t) || e.ctrlKey || e.altKey || e.metaKey) return;
    const now = performance.now();
    if (e.key === ' ') {
      if (now - strayAt < 1500) {
        e.preventDefault();
        e.stopImmediatePropagation();
        swallowSpace = true;
        strayAt = now;
        if (!straySaid && G().strayTyping) { straySaid = true; G().strayTyping(); }
      }
      return;
    }
    const key = e.key.length === 1 ? e.key.toLowerCase() : '';
    if (key && !nodes.some((x) => x.key === key && !x.disabled)) strayAt = now;  // a shortcut is no stray key
    else if (!key) strayAt = -1e9;  // Tab, arrows, Enter: moving on, not typing
  }, true);
  root.addEventListener('focusin', () => { strayAt = -1e9; });
  root.addEventListener('keyup', (e) => {
    if (e.key === ' ' && swallowSpace) { e.preventDefault(); e.stopImmediatePropagation(); swallowSpace = false; }
  }, true);

  // Single-key shortcuts (1 to 5 answer, N, P and U move), when the person
  // turned them on in the app (announced through aria-keyshortcuts). Only on
  // the app's own buttons and choices: never in a field, and never when the
  // focus is nowhere (the page body), where a key meant for a note would
  // change an answer unseen.
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
    const t = e.target;
    if (!t || !root.contains(t) || isField(t)) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const n = nodes.find((x) => x.key === key && !x.disabled);
    if (!n) return;
    e.preventDefault();
    G().activate(n.id);
    const el = elements.get(n.id);
    if (el) el.focus({ preventScroll: true });
  });

  window.WA_MIRROR = {
    update: applyChanges,
    focus(id) {
      const el = elements.get(id);
      if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    },
    // The picker ("file", "photo" or "plans") a click at (x, y) on the canvas opens, or null.
    opensFileAt(x, y) {
      const n = nodes.find((m) => m.opensFile && x >= m.r[0] && y >= m.r[1] && x < m.r[0] + m.r[2] && y < m.r[1] + m.r[3]);
      return n ? n.opensFile : null;
    },
  };
})();
