"""The page as the screen reader gets it: the accessibility tree over AT-SPI.

snapshot() reads the page's document (roles, names, text, states, places);
problems() lists what a screen reader would get wrong on it; visual_rows()
gives the lines a sighted person reads, top to bottom and left to right,
from where each element really is: the test compares Orca's line-by-line
reading (browse mode) with them.
"""
import pyatspi

# What a screen reader reads as a line's pieces (tables are read cell by cell:
# left out of the rows).
ITEMS = {"paragraph", "heading", "push button", "toggle button", "radio button", "check box", "entry", "link",
         "image", "progress bar", "caption", "table cell", "column header", "row header", "table column header",
         "table row header"}


class Node:
    def __init__(self, acc, depth, parent):
        self.acc, self.depth, self.parent = acc, depth, parent
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        self.description = acc.description or ""
        st = acc.getState()
        self.showing = st.contains(pyatspi.STATE_SHOWING)
        self.focused = st.contains(pyatspi.STATE_FOCUSED)
        self.focusable = st.contains(pyatspi.STATE_FOCUSABLE)
        try:
            e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            self.box = (e.x, e.y, e.width, e.height)
        except Exception:
            self.box = (0, 0, 0, 0)
        try:
            self.attrs = dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
        except Exception:
            self.attrs = {}
        self.text = ""
        if self.role in ("paragraph", "heading", "section", "static", "caption", "table cell", "column header",
                         "row header", "table column header", "table row header"):
            try:
                t = acc.queryText()
                self.text = t.getText(0, -1).replace("\ufffc", "")
            except Exception:
                pass
        self.children = []

    @property
    def label(self):
        return self.name or " ".join(self.text.split())

    def __repr__(self):
        return "%s %r" % (self.role, self.label[:60])


def find_document():
    desktop = pyatspi.Registry.getDesktop(0)

    def walk(acc, depth):
        if acc is None or depth > 14:
            return None
        try:
            if acc.getRoleName() == "document web" and "Welcome Audit" in (acc.name or ""):
                return acc
            for i in range(acc.childCount):
                found = walk(acc.getChildAtIndex(i), depth + 1)
                if found:
                    return found
        except Exception:
            return None
        return None

    for app in desktop:
        doc = walk(app, 0) if app is not None else None
        if doc:
            return doc
    return None


def snapshot():
    """Every object of the page's document, in tree order (Node.children)."""
    doc = find_document()
    if doc is None:
        return None, []
    nodes = []

    def walk(acc, depth, parent):
        n = Node(acc, depth, parent)
        nodes.append(n)
        if parent:
            parent.children.append(n)
        for i in range(min(acc.childCount, 2000)):
            c = acc.getChildAtIndex(i)
            if c is not None:
                walk(c, depth + 1, n)
        return n

    root = walk(doc, 0, None)
    return root, nodes


def inside(n, roles):
    p = n.parent
    while p is not None:
        if p.role in roles:
            return True
        p = p.parent
    return False


def problems(root, nodes, viewport):
    """What would mislead a screen reader on this page, as sentences."""
    out = []
    vx, vy, vw, vh = viewport
    for n in nodes:
        x, y, w, h = n.box
        # Wholly in view: one at the very bottom may be cut to a sliver by the
        # app's own clipping of its scrolled content, and rightly not showing.
        on_screen = w > 1 and h > 1 and x >= vx and y >= vy and x + w <= vx + vw and y + h <= vy + vh - 12
        # Anything laid out in view is showing: Firefox and WebKit call an element the
        # mouse cannot reach, or one with no size, "not showing", and Orca skips it.
        if n.role in ITEMS and on_screen and not n.showing:
            out.append("%s is in view but not showing (at %s, the page %s)" % (n, n.box, viewport))
        # A button opens the file picker: a push button, not a combo box with itself as a child.
        if n.role == "combo box":
            out.append("%s is a combo box" % n)
        if n.role in ("push button", "toggle button") and any(c.label == n.label and c.role not in ("static",)
                                                              for c in n.children):
            out.append("%s has a child named as itself" % n)
        # A focused heading that says "clickable" (Chromium: a click handler of an ancestor).
        # (Orca's rule: a focusable element "clickable by an ancestor" is clickable.)
        if n.role == "heading" and ("clickancestor" if n.focusable else "click") in _actions(n.acc):
            out.append("%s is clickable" % n)
        if n.role in ("section", "panel") and n.text.strip() and not n.children and n.attrs.get("tag") == "p":
            out.append("%r is a %s, not a paragraph" % (n.text[:40], n.role))
    out += order_problems(nodes)
    navs = [n for n in nodes if n.name == "Steps"]
    for n in navs:
        if n.attrs.get("xml-roles") != "navigation" and n.attrs.get("tag") != "nav":
            out.append("the Steps navigation is %s without the navigation role" % n.role)
    for t in (n for n in nodes if n.role == "table"):
        heads = [c for c in _descendants(t) if c.role in ("column header", "table column header")]
        if not heads:
            out.append("table %r has no column headers" % t.label)
    return out


def _descendants(n):
    for c in n.children:
        yield c
        yield from _descendants(c)


def _actions(acc):
    try:
        a = acc.queryAction()
        return [a.getName(i).lower() for i in range(a.nActions)]
    except Exception:
        return []


def order_problems(nodes):
    """Reading order is visual order: the readable pieces, in the order the
    tree gives them (the order every screen reader reads in, line by line or
    all at once), must go down the screen row by row, left to right in a row."""
    rows = visual_rows(nodes, boxes=True)
    where = {}
    for r, row in enumerate(rows):
        for c, (text, box) in enumerate(row):
            where.setdefault((text, box[:3]), (r, c))
    out, last = [], (-1, -1)
    for text, box in _pieces(nodes):
        at = where.get((text, box[:3]))
        if at is None:
            continue
        if at < last:
            out.append("%r comes after what is below or right of it" % text[:50])
        last = max(last, at)
    return out


def _pieces(nodes):
    for n in nodes:
        if n.role not in ITEMS:
            continue
        x, y, w, h = n.box
        if w <= 1 or h <= 1:
            continue
        if n.role in ("paragraph", "heading") and not n.name:
            lines = [" ".join(l.split()) for l in n.text.split("\n")]
            lines = [l for l in lines if l]
            for i, line in enumerate(lines):
                lh = h / max(1, len(lines))
                yield line, (int(x), int(y + i * lh), int(lh), "")
        elif n.label:
            yield n.label, (int(x), int(y), int(h), n.description)


def visual_rows(nodes, boxes=False):
    """The page's lines as a person sees them: the readable pieces, grouped
    into rows by where they are (pieces whose heights overlap by half share a
    row), rows top to bottom, pieces left to right. A paragraph of several
    lines gives one piece per line. Each row is a list of texts (with
    boxes=True, of (text, (x, y, h, description)))."""
    pieces = sorted(((b[1], b[2], b[0], t, b) for t, b in _pieces(nodes)), key=lambda p: (p[0], p[2]))
    rows = []
    for y, h, x, text, box in pieces:
        if rows:
            ry, rh, items = rows[-1]
            overlap = min(ry + rh, y + h) - max(ry, y)
            if overlap > 0.5 * min(rh, h):
                items.append((x, text, box))
                rows[-1] = (min(ry, y), max(ry + rh, y + h) - min(ry, y), items)
                continue
        rows.append((y, h, [(x, text, box)]))
    if boxes:
        return [[(t, b) for _, t, b in sorted(items)] for _, _, items in rows]
    return [[t for _, t, _ in sorted(items)] for _, _, items in rows]
