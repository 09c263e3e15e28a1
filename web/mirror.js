// The DOM mirror: the app's widgets as real HTML, so a screen reader can read
// and operate what the canvas draws, and the keyboard works as on any page.
//
// The app publishes its widget list (src/app/ui.cpp) whenever it changes: id,
// role, name, state and rectangle. Here each widget becomes an element placed
// at its rectangle. Buttons, radios and text lie under the canvas (which takes
// the mouse); text fields, links, photos and text the page draws itself lie
// over it. Activating an element (click, Enter, Space, arrow keys in a radio
// group, typing) is sent back to the app, which runs the same code as for a
// mouse click on the canvas. Only what changed is touched in the DOM.
//
// What a screen reader makes of it (docs/accessibility.md, tests/screenreader/):
// every element is really laid out where the person sees its widget, in the
// canvas's font size and lines, so that reading line by line (browse mode)
// follows the screen; groups (a radio group, the steps, a table and its rows)
// are boxes around their members, never empty boxes; nothing is hidden by
// pointer-events, opacity or a zero size, which some engines report to the
// screen reader as not showing.
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
        // Focusable only while the app has put the focus here (a new screen):
        // a heading that is always focusable is announced as "clickable".
        el.classList.add('mh');
        // (Only when the focus moves on within the page: when the window loses
        // it, the heading must get it back when the person returns.)
        el.addEventListener('blur', (e) => { if (e.relatedTarget) el.removeAttribute('tabindex'); });
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
  // Members of a group are placed within the group's box (see fit()).
  const ORIGIN = [0, 0, 0, 0];
  function place(el, n) {
    const prev = el.waNode;
    el.waNode = n;
    const [x, y, w, h] = n.r;
    const [cx, cy, cw, ch] = n.c;
    const o = (el.parentNode && el.parentNode.waBox) || ORIGIN;
    const at = el.waAt || (el.waAt = [NaN, NaN]);
    if (at[0] !== x - o[0] || at[1] !== y - o[1]) {
      at[0] = x - o[0]; at[1] = y - o[1];
      el.style.transform = `translate(${at[0]}px, ${at[1]}px)`;
    }
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

  // A new element for the same widget, in the old one's place.
  function renew(el, n = el.waNode) {
    const fresh = create(n);
    el.replaceWith(fresh);
    elements.set(n.id, fresh);
    update(fresh, n);
    return fresh;
  }

  // WebKitGTK tells a screen reader nothing when an element's name changes,
  // and the screen reader keeps the name it knew: a suggestion button that
  // now says "Not met" was still read "Met". There, an element whose name
  // changes is a new element (never the focused one: the focus would be
  // lost). The same holds for a heading the app puts the focus on (a new
  // screen's title), in every engine: WebKit announced the old title.
  const WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Edg/.test(navigator.userAgent);
  const NAMED = new Set(['button', 'toggle', 'tab', 'link', 'heading', 'radio', 'checkbox', 'textbox', 'textarea']);
  // The same for a description ("Choose at least one checklist to start." was
  // still read after checklists were chosen). A focused element whose name
  // changes (a count on the button being pressed) is renewed when the focus
  // leaves it.
  function renamed(el, n) {
    if (!WEBKIT || !el.waNode || !NAMED.has(n.role)) return false;
    const changed = el.waNode.label !== n.label || (el.waNode.desc || '') !== (n.desc || '');
    if (changed && document.activeElement === el) el.waStaleName = true;
    return changed && document.activeElement !== el;
  }
  root.addEventListener('focusout', (e) => {
    const el = e.target;
    if (!el || !el.waStaleName) return;
    queueMicrotask(() => {
      if (document.activeElement !== el && el.isConnected && elements.get(el.dataset.wa) === el) renew(el);
    });
  });

  // The page's title follows the screen's title (the heading the app calls
  // "screen-heading"): "About your library · Welcome Audit". A title per
  // screen is what a page owes its readers (WCAG 2.4.2), and it is the one
  // change Orca (43) says in WebKitGTK, which ignores a heading taking the
  // focus and has no live regions.
  const PAGE_TITLE = document.title;
  const APP_NAME = PAGE_TITLE.split(':')[0];
  function titleFor(heading) {
    return !heading || heading === APP_NAME ? PAGE_TITLE : heading + ' \u00b7 ' + APP_NAME;
  }

  function update(el, n) {
    place(el, n);
    setAttr(el, 'lang', n.lang || null);  // text in another language than the page's
    if (n.id === 'screen-heading') {
      const title = titleFor(n.label);
      if (document.title !== title) document.title = title;
    }

    switch (n.role) {
      case 'button': case 'toggle': case 'tab':
        if (el.textContent !== n.label) el.textContent = n.label;
        setAttr(el, 'aria-pressed', n.role === 'toggle' ? String(!!n.checked) : null);
        setAttr(el, 'aria-current', n.role === 'tab' && n.checked ? 'step' : (n.current ? 'true' : null));
        setAttr(el, 'aria-expanded', typeof n.expanded === 'boolean' ? String(n.expanded) : null);
        setAttr(el, 'aria-disabled', n.disabled ? 'true' : null);
        // A button that opens the browser's file picker is a plain button:
        // aria-haspopup made WebKit call it a combo box (with its own name
        // again as a child) and put Orca in focus mode in Firefox.
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
      case 'image':
        // The canvas cannot draw the photo; the page does, fetched once per source.
        setAttr(el, 'alt', n.label);
        if (el.dataset.source !== n.value) {
          el.dataset.source = n.value;
          G().photoUrl(n.value).then((url) => { if (url && el.dataset.source === n.value) el.src = url; });
        }
        break;
      default:
        setText(el, n);
    }
    setAttr(el, 'aria-keyshortcuts', n.key || null);
    if (n.role !== 'progressbar') describe(el, n);
    ink(el, n);
  }

  // A line of text in the canvas's own lines: the words of each line the
  // canvas drew, a line break where it wrapped (nothing wraps here), so that
  // the lines a screen reader reads are the lines on the screen, whatever
  // fonts this computer has.
  function setText(el, n) {
    const lines = n.lines && !n.ink ? n.lines : null;
    const key = lines ? lines.join('\n') : n.label;
    if (el.waText === key && el.childNodes.length) return;
    el.waText = key;
    if (!lines) { el.textContent = n.label; return; }
    const parts = [];
    lines.forEach((line, i) => {
      if (i) parts.push(document.createElement('br'));
      parts.push(i < lines.length - 1 ? line + ' ' : line);
    });
    el.replaceChildren(...parts);
  }

  // The text's size and line height are the canvas's (ui.cpp), so each line
  // of the element lies over the line the canvas drew. Text the app's font
  // cannot draw (a name in Chinese, Greek, Arabic...) is drawn here by the
  // browser, with its own fonts, shaping and direction, in the colour the app
  // would use; the canvas leaves the text out.
  function ink(el, n) {
    const px = n.px ? n.px + 'px' : '', lh = n.lh ? n.lh + 'px' : '';
    if (el.style.fontSize !== px) el.style.fontSize = px;
    if (el.style.lineHeight !== lh) el.style.lineHeight = lh;
    if (n.ink) {
      el.classList.add('mv');
      el.style.color = n.ink;
      // Where the text starts in its box (a table cell's padding, a plan row's
      // sides), and the room at its right when it wraps, as the app wraps it.
      el.style.padding = n.inkAt ? `${n.inkAt[1]}px ${n.inkAt[2]}px 0 ${n.inkAt[0]}px` : '';
      el.style.textAlign = n.inkWraps ? 'start' : '';
      el.style.whiteSpace = n.inkWraps ? 'normal' : '';
    } else if (el.classList.contains('mv')) {
      el.classList.remove('mv');
      el.style.color = el.style.padding = '';
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
      wr.waGroup = n.group;
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
  // are moved around it instead. `hold` is kept even when not wanted (the
  // focused element whose widget is gone, and what holds it: see applyTree).
  function reconcile(parent, wanted, hold) {
    const keep = new Set(wanted);
    for (const child of [...parent.children]) if (!keep.has(child) && !(hold && hold.has(child))) child.remove();
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

  // A group's element (a radio group, the steps, a table, a row) is a box
  // around its members, placed like them: an element with no size is "not
  // showing" to a screen reader (WebKit, Firefox), and so are its members in
  // some engines. Members are placed within it. Returns true when it moved.
  function fit(wr, kids) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const k of kids) {
      const r = k.waBox || (k.waNode && k.waNode.r);
      if (!r) continue;
      x0 = Math.min(x0, r[0]); y0 = Math.min(y0, r[1]);
      x1 = Math.max(x1, r[0] + r[2]); y1 = Math.max(y1, r[1] + r[3]);
    }
    if (x0 === Infinity) return false;
    const box = [x0, y0, x1 - x0, y1 - y0];
    const old = wr.waBox;
    if (old && old[0] === box[0] && old[1] === box[1] && old[2] === box[2] && old[3] === box[3]) return false;
    wr.waBox = box;
    // left/top, not a transform: a transform would make the group a stacking
    // context, and its members could no longer lie over the canvas (style.css).
    const o = (wr.parentNode && wr.parentNode.waBox) || ORIGIN;
    wr.style.left = box[0] - o[0] + 'px';
    wr.style.top = box[1] - o[1] + 'px';
    wr.style.width = Math.max(1, box[2]) + 'px';
    wr.style.height = Math.max(1, box[3]) + 'px';
    for (const k of kids) {
      if (k.waBox) {  // a row of a table: placed within the table's new box
        k.style.left = k.waBox[0] - box[0] + 'px';
        k.style.top = k.waBox[1] - box[1] + 'px';
      } else if (k.waNode) {
        place(k, k.waNode);
      }
    }
    return true;
  }

  // The members of each group, and the rows of each table, as last published.
  const groupMembers = new Map();  // group id -> elements
  const tableRows = new Map();     // table id -> row wrappers
  function fitGroups(only) {
    for (const [group, kids] of groupMembers) {
      if (only && !only.has(group)) continue;
      fit(wrappers.get(group), kids);
    }
    for (const [table, rows] of tableRows) {
      if (only && !rows.some((r) => only.has(r.waGroup))) continue;
      fit(tables.get(table), rows);
    }
  }

  // The app sends the whole list when elements came, went or moved, and
  // otherwise {patch: [[position, node], ...]} with only the changed ones
  // (src/app/ui.h, end_frame_changes): a key typed in a note touches one element.
  // A widget that only moved (the content scrolled) comes as
  // [position, [x, y, w, h, clip x, clip y, clip w, clip h]].
  function applyChanges(changes) {
    if (Array.isArray(changes)) { applyTree(changes); return; }
    const moved = new Set();
    for (const [i, n] of changes.patch) {
      let node = n;
      if (Array.isArray(n)) {
        const old = nodes[i];
        if (!old) continue;
        node = Object.assign({}, old, { r: n.slice(0, 4), c: n.slice(4, 8) });
      }
      nodes[i] = node;
      const el = elements.get(node.id);
      if (!el) continue;
      if (Array.isArray(n)) place(el, node);
      else if (renamed(el, node)) renew(el, node);
      else update(el, node);
      if (node.group) moved.add(node.group);
    }
    if (moved.size) fitGroups(moved);
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

  // The focused element whose widget is gone stays, focused, until the app
  // has had its say in the same frame (main.cpp asks for the focus right after
  // publishing): a new screen's heading takes the focus straight from the
  // button pressed. A screen reader then hears one focus change, to the new
  // heading, not a stop on whatever control stood nearest the button.
  let orphan = null;  // {el, list, index}
  function settleOrphan(focusTaken) {
    if (!orphan) return;
    const { el, list, index } = orphan;
    orphan = null;
    if (!focusTaken && document.activeElement === el && list.length) {
      const next = refocus(list, index);
      if (next) next.focus({ preventScroll: true });
    }
    // What held it and is no longer a group goes with it.
    let p = el.parentNode;
    el.remove();
    while (p && p !== root && !p.children.length && ![...wrappers.values(), ...tables.values()].includes(p)) {
      const up = p.parentNode;
      p.remove();
      p = up;
    }
  }

  function applyTree(list) {
    settleOrphan(false);
    const active = document.activeElement;
    const activeId = active && root.contains(active) && active.dataset ? active.dataset.wa : '';
    const activeIndex = activeId ? nodes.findIndex((n) => n.id === activeId) : -1;
    nodes = list;
    const seen = new Set();
    const top = [];
    groupMembers.clear();
    tableRows.clear();
    for (const n of list) {
      let el = elements.get(n.id);
      // A new role, or a text field that becomes a date field: a new element (refocused below when it had the focus).
      if (el && (el.dataset.role !== n.role || (n.role === 'textbox' && (el.dataset.date === '1') !== (n.inputMode === 'date')))) {
        el.remove(); el = null;
      }
      if (el && renamed(el, n)) { el.remove(); el = null; }
      if (!el) { el = create(n); elements.set(n.id, el); }
      update(el, n);
      seen.add(n.id);
      if (n.table) {
        const t = tableFor(n);
        if (!tableRows.has(n.table)) { tableRows.set(n.table, []); top.push(t); }
        const row = wrapperFor(n);
        if (!groupMembers.has(n.group)) { groupMembers.set(n.group, []); tableRows.get(n.table).push(row); }
        groupMembers.get(n.group).push(el);
      } else if (n.group) {
        const wr = wrapperFor(n);
        if (!groupMembers.has(n.group)) { groupMembers.set(n.group, []); top.push(wr); }
        groupMembers.get(n.group).push(el);
      } else {
        top.push(el);
      }
    }
    // The focused element whose widget is gone is held (with what holds it) until settleOrphan.
    let hold = null;
    if (activeId && !seen.has(activeId) && active.isConnected) {
      hold = new Set();
      for (let p = active; p && p !== root; p = p.parentNode) hold.add(p);
      orphan = { el: active, list, index: activeIndex };
      queueMicrotask(() => settleOrphan(false));
    }
    // Firefox keeps a caret where the keyboard last moved the focus (Tab), an
    // offset among the mirror's elements. Elements that come and go before it
    // move it, and Orca follows that move to some element of the new screen,
    // silently: the first Tab there is then not announced. No caret, no move.
    // (Never while a text field has the focus: Chromium reports the field's
    // caret there, and without it the next key typed goes nowhere.)
    const sel = window.getSelection && window.getSelection();
    const typing = active && (active.tagName === 'TEXTAREA' || (active.tagName === 'INPUT' && active.type === 'text'));
    if (sel && sel.rangeCount && !typing && root.contains(sel.anchorNode)) sel.removeAllRanges();
    for (const [group, kids] of groupMembers) reconcile(wrappers.get(group), kids, hold);
    for (const [table, rows] of tableRows) reconcile(tables.get(table), rows, hold);
    reconcile(root, top, hold);
    for (const [id, el] of elements) {
      if (!seen.has(id)) {
        const d = document.getElementById(el.id + '-desc');
        if (d) d.remove();
        elements.delete(id);
      }
    }
    for (const [group, wr] of wrappers) if (!groupMembers.has(group)) wrappers.delete(group);
    for (const [table] of tables) if (!tableRows.has(table)) tables.delete(table);
    // Members were placed before they were in their group: place them within it now.
    for (const [group] of groupMembers) wrappers.get(group).waBox = null;
    for (const [, t] of tables) t.waBox = null;
    fitGroups(null);
    if (activeId && seen.has(activeId) && document.activeElement !== elements.get(activeId)) {
      elements.get(activeId).focus({ preventScroll: true });  // the same widget, a new element
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

  // SDL (the app's window layer) listens for mouse buttons on the whole
  // document (a drag that ends outside the canvas). Chromium then tells
  // screen readers that every element has an ancestor with a click handler
  // (the same with the listener on window), and Orca calls a focused heading
  // "clickable". The canvas listens instead: no element of the mirror lies
  // inside it, and a press on it captures the pointer, so the release still
  // reaches it wherever it happens.
  const canvas = document.getElementById('canvas');
  const MOUSE_BUTTONS = new Set(['mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu']);
  for (const method of ['addEventListener', 'removeEventListener']) {
    const own = document[method];
    document[method] = function (type, ...rest) {
      return MOUSE_BUTTONS.has(type) && canvas ? canvas[method](type, ...rest) : own.call(this, type, ...rest);
    };
  }
  if (canvas) {
    canvas.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'mouse') try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* not capturable */ }
    });
  }

  window.WA_MIRROR = {
    update: applyChanges,
    focus(id) {
      let el = elements.get(id);
      if (!el) return;
      if (el.dataset.role === 'heading') {
        el = renew(el);
        el.tabIndex = -1;
      }
      if (document.activeElement !== el) el.focus({ preventScroll: true });
      // WebKit: the caret goes to the new heading too. Orca (43) keeps its own
      // place in a WebKitGTK page by the caret alone, and a place on an element
      // of the old screen, gone now, leaves its heading key (H) and reading
      // with nowhere to start ("No more headings").
      if (WEBKIT && el.dataset.role === 'heading' && window.getSelection()) window.getSelection().collapse(el, 0);
      settleOrphan(true);
    },
    // The picker ("file", "photo" or "plans") a click at (x, y) on the canvas opens, or null.
    opensFileAt(x, y) {
      const n = nodes.find((m) => m.opensFile && x >= m.r[0] && y >= m.r[1] && x < m.r[0] + m.r[2] && y < m.r[1] + m.r[3]);
      return n ? n.opensFile : null;
    },
  };
})();
