"""The journey a blind librarian takes, key by key, and what Orca must say.

Start -> a new audit -> the library -> checklists -> three answers (a count,
a plain answer, a measurement) -> Review -> a plan action -> an export. Keys
are real key presses (xdotool) into the browser window; what Orca says comes
from its debug log (sr.py). At each step the transcript (build/speech/ENGINE.log)
gets the keys, every utterance and each expectation with its result.

Expectations are regular expressions searched in what was said during the
step (utterances joined by " | "). `heard` must match, `unheard` must not.
"""
import re

import tree

SOFT = False  # set by run.sh --soft: record failures, go on (for looking at a new engine)


class Unheard(Exception):
    """Orca did not say what a step expects (or said what it must not)."""


class Transcript:
    def __init__(self, engine, path):
        self.engine = engine
        self.f = open(path, "w")
        self.failures = []
        self.f.write("# What Orca 43 said in %s, step by step (tests/screenreader/README.md)\n" % engine)

    def note(self, text):
        self.f.write(text + "\n")
        self.f.flush()

    def step(self, title):
        self.note("\n== " + title)

    def heard(self, keys, lines):
        self.note("keys: " + keys)
        for line in lines:
            self.note("  said: " + line)
        if not lines:
            self.note("  said: (nothing)")

    def check(self, what, ok):
        self.note("  %s %s" % ("ok  " if ok else "FAIL", what))
        if not ok:
            self.failures.append(what)
            if not SOFT:
                raise Unheard(what)

    def close(self, status):
        self.note("\nresult: %s" % ("passed" if status == 0 and not self.failures else
                                    "FAILED: " + "; ".join(self.failures) if self.failures else "status %d" % status))
        self.f.close()


class Journey:
    def __init__(self, session, transcript):
        self.s, self.t = session, transcript
        self.engine = session.engine
        self.said = []  # utterances of the current step

    def step(self, title):
        self.t.step(title)
        self.said = []

    def press(self, *keys, **wait):
        lines = self.s.key(*keys, **wait)
        self.t.heard(" ".join(keys), lines)
        self.said += lines
        return lines

    def type(self, text):
        lines = self.s.type(text, first=2.0, quiet=0.8)
        self.t.heard("type %r" % text, lines)
        self.said += lines
        return lines

    def tab_to(self, pattern, back=False, limit=30):
        """Tab (Shift+Tab) until Orca names the control `pattern` matches."""
        rx = re.compile(pattern)
        for _ in range(limit):
            lines = self.press("shift+Tab" if back else "Tab", quiet=0.7, first=4.0)
            # A control is said in pieces ("Your answer panel.", "Met.", "not selected radio button").
            if any(rx.search(line) for line in lines) or rx.search(" ".join(lines)):
                return lines
        # Lost: the rest of the journey would only press keys in the wrong place.
        raise Unheard("not reached by %s: /%s/" % ("Shift+Tab" if back else "Tab", pattern))

    def check_tree(self, screen):
        """The accessibility tree of the screen: nothing in view hidden, the right roles."""
        root, nodes = tree.snapshot()
        if root is None:
            self.t.check("the page's document is in the accessibility tree", False)
            return []
        found = tree.problems(root, nodes, root.box)
        for p in found:
            self.t.note("  tree: " + p)
        self.t.check("%s: nothing in view hidden from AT-SPI, right roles, reading order = visual order (%d objects)"
                     % (screen, len(nodes)), not found)
        return nodes

    def read_lines(self, screen, nodes, most=14):
        """Browse mode, as most screen-reader users read a page: from the top
        (Ctrl+Home), a line at a time (Down). Each line said must be the next
        row of the screen, whole: every piece of it, in order, and nothing of
        the next row."""
        placed = tree.visual_rows(nodes, boxes=True)[:most]
        rows = [[t for t, _ in r] for r in placed]
        for i, row in enumerate(rows):
            said = " ".join(self.press("ctrl+Home" if i == 0 else "Down", quiet=0.7, first=3.0))
            flat = " ".join(said.split())
            at, ok = 0, True
            for piece in row:
                k = flat.find(piece, at)
                ok = ok and k >= 0
                at = k + len(piece) if k >= 0 else at
            # Nothing of the next row, unless a control here is described by it
            # (a hint below a button, aria-describedby): then it is said twice, rightly.
            nxt = rows[i + 1][0] if i + 1 < len(rows) else None
            described = " ".join(box[3] for _, box in placed[i])
            whole = ok and not (nxt and nxt not in " ".join(row) + described and flat.find(nxt, at) >= 0)
            if not whole:  # where the pieces are, to see why
                self.t.note("  line %d: %s; next: %s" % (i + 1, placed[i], placed[i + 1] if i + 1 < len(placed) else "-"))
            self.t.check("%s, line %d read whole and alone: %s" % (screen, i + 1, " | ".join(row)), whole)

    def read_headings(self, screen, nodes):
        """Orca's WebKitGTK support has no line-by-line browse mode (it needs
        WebKit's own caret browsing): its heading key (H) goes through the
        headings. From where Orca is (the new screen's heading, or the one
        after it), each H must say the next heading on the screen, top to
        bottom."""
        heads = [n for n in nodes if n.role == "heading" and n.box[2] > 1]
        heads.sort(key=lambda n: (n.box[1], n.box[0]))
        labels = [h.label for h in heads]
        if len(labels) < 2:  # the screen's own heading only: H has nowhere to go but around
            said = " ".join(self.press("h", quiet=0.7, first=3.0))
            self.t.check("%s: H finds no other heading" % screen, "No more headings" in said)
            return
        at = None
        for _ in range(min(6, len(labels))):
            said = " ".join(self.press("h", quiet=0.7, first=3.0))
            found = [i for i, l in enumerate(labels) if re.search(re.escape(l) + r" heading level \d", said)]
            if at is None:
                ok = bool(found) and found[0] <= 1
            else:
                ok = at + 1 in found
            self.t.check("%s: H says the %s heading (%s)" % (screen, "first or second" if at is None else "next",
                                                            labels[at + 1] if at is not None and at + 1 < len(labels)
                                                            else " or ".join(labels[:2])), ok)
            at = (found[0] if at is None else at + 1) if found else at
            if at is not None and at + 1 >= len(labels):
                break

    def expect(self, heard=(), unheard=(), once=(), **engines):
        """`heard` in every engine, unless the engine has its own list
        (webkit=[...]): Orca 43 reads WebKitGTK through an older, smaller
        script (no live regions; a heading taking the focus is not said;
        the window's title, which follows the screen's, is). `once`: heard
        exactly once (a live region's message, not twice) where live regions
        are spoken."""
        heard = engines.get(self.engine, heard)
        text = " | ".join(self.said)
        if self.engine != "webkit":
            for rx in once:
                self.t.check("heard once /%s/" % rx, len(re.findall(rx, text)) == 1)
        for rx in heard:
            self.t.check("heard /%s/" % rx, re.search(rx, text) is not None)
        for rx in unheard:
            self.t.check("not heard /%s/" % rx, re.search(rx, text) is None)


TITLE = " \u00b7 Welcome Audit"
SAID = r"(?:^|\| )%s(?= \||$)"  # a whole utterance (what is said is joined with " | ")


def run(session, transcript):
    j = Journey(session, transcript)

    j.step("The page loads (Start)")
    j.said = session.wait_speech(first=20, quiet=2.5, longest=40)
    transcript.heard("(open the page)", j.said)
    j.expect(heard=[r"Welcome Audit"])
    # No question from the browser that the person did not ask for (Firefox asked
    # about persistent storage at the first save; now only Start's button does).
    no_prompt = [r"persistent storage", r"^alert"]

    j.step("Start: Tab to 'Start a new audit', Enter")
    j.tab_to(r"^Start a new audit push button")
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"About your library heading level 1", r"\bLibrary\b"], once=[r"About your library heading"],
             unheard=[r"Welcome Audit heading"] + no_prompt,
             webkit=[r"About your library" + TITLE])

    j.step("Library: the fields, typed in")
    j.tab_to(r"Library system")
    j.type("Maple County Library")
    j.tab_to(r"^Branch")
    j.type("Eastside Branch")
    j.tab_to(r"^Continue push button")
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"Choose checklists heading level 1", r"\bChecklists\b"], unheard=no_prompt,
             webkit=[r"Choose checklists" + TITLE])

    j.step("Checklists: two ticked with Space, then 'Start the audit'")
    j.tab_to(r"Welcome behaviors at the desk.*check ?box")
    j.press("space")
    j.expect(heard=[r"checked"])
    j.tab_to(r"Physical access to the building.*check ?box")
    j.press("space")
    j.tab_to(r"^Start the audit push button")
    # Its description said why it could not start yet; with two ticked, it is gone.
    j.expect(unheard=[r"Choose at least one checklist to start"])
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Welcome behaviors at the desk: Item 1 of 70 heading level 1",
                    r"Item 1 of 70\. .+[.?] Not answered yet\. 0 of 70 answered\."],
             webkit=[r"Welcome behaviors at the desk: Item 1 of 70" + TITLE])

    j.step("Audit, item 1 (counted): + Yes 18 times, + No twice, then the suggested answer")
    # The desk's rule counts at least 20 people before it suggests (issue 24).
    j.tab_to(r"^Yes: add one")
    for _ in range(18):
        j.press("Return", quiet=0.6)
    j.expect(heard=[r"Yes 1, no 0: 100% yes of 1 observed", r"Yes 18, no 0: 100% yes of 18 observed",
                    r"2 more observations needed before it suggests an answer"], webkit=[])
    j.tab_to(r"^No: add one")
    j.press("Return", quiet=0.6)
    j.press("Return")
    j.expect(heard=[r"Yes 18, no 2: 90% yes of 20 observed"], webkit=[])
    j.tab_to(r"^Use the suggested answer: Met")
    j.press("Return")
    j.expect(heard=[SAID % r"Met\. Saved\."], once=[SAID % r"Met\. Saved\."], unheard=no_prompt, webkit=[])

    j.step("Audit: Next, to item 2")
    j.tab_to(r"^Next push button", back=True)
    # On the way back up, the buttons say their counts as they are now.
    j.expect(heard=[r"Yes: add one, acknowledged within 10 seconds \(18 so far\) push button",
                    r"No: add one, not acknowledged within 10 seconds \(2 so far\) push button"])
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"Item 2 of 70\. .+[.?] Not answered yet\. 1 of 70 answered\."], once=[r"Item 2 of 70\. "],
             webkit=[r"Welcome behaviors at the desk: Item 2 of 70" + TITLE])

    j.step("Audit, item 2: the answer 'Met' with Space")
    j.tab_to(r"Your answer.*Met.*radio button")
    j.press("space")
    j.expect(heard=[SAID % r"Met\. Saved\."], once=[SAID % r"Met\. Saved\."], webkit=[r"\bselected\b|\bchecked\b"])

    j.step("Audit: the next checklist, then Next to its first measured item")
    j.tab_to(r"^Physical access to the building push button")
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"Item 30 of 70\. "], webkit=[r"Physical access to the building: Item 30 of 70" + TITLE])
    j.tab_to(r"^Next push button", back=True)
    for _ in range(4):
        j.press("Return", quiet=1.5)
    j.expect(heard=[r"Item 34 of 70\. Are ramps no steeper than 1:12"], webkit=[r"Item 34 of 70" + TITLE])

    j.step("Audit, item 34 (measured): a slip typed ('1o'), put right ('15'), then the suggested answer")
    j.tab_to(r"^Measured steepest ramp slope \(unit: %\) entry")
    # Typed as a person types, a key and a look: each key's words are heard
    # before the next key (xdotool's 60 ms between keys let the two
    # announcements overtake each other in Firefox).
    j.type("1")
    j.type("o")
    j.expect(once=[r"Type the figure as a number, like 8 or 8\.5\. The figure entered before is still kept\."],
             heard=[r"Type the figure as a number"], webkit=[])
    j.press("BackSpace", quiet=0.8)
    j.type("5")  # 15%: steeper than 1:8, the partly band's end (issue 24)
    j.expect(heard=[r"The figure suggests Not met: steepest ramp slope 15 %"], webkit=[])
    j.tab_to(r"^Use the suggested answer: Not met")
    j.press("Return")
    j.expect(heard=[SAID % r"Not met\. Saved\."], once=[SAID % r"Not met\. Saved\."], webkit=[])

    j.step("Steps: back to 'Review', Enter")
    # Back up to the Steps' button of the screen shown: it says so (aria-current, and in words).
    j.tab_to(r"^Audit push button", back=True, limit=40)
    j.expect(heard=[r"Audit push button\. \| Current step"])
    j.tab_to(r"^Review push button")
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Review heading level 1"], webkit=[r"Review" + TITLE])

    j.step("Steps: 'Plan', Enter; an action opened")
    j.tab_to(r"^Plan push button", back=True)
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Improvement plan heading level 1"], webkit=[r"Improvement plan" + TITLE])
    j.tab_to(r"^1\. .*push button")
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"expanded"])

    j.step("Steps: 'Save and export', Enter; the plan as JSON")
    j.tab_to(r"^Save and export push button", back=True, limit=40)
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Save and export heading level 1"], webkit=[r"Save and export" + TITLE])
    j.tab_to(r"^Plan as JSON")
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Downloaded welcome-audit-eastside-branch-[0-9-]+-plan\.json"], webkit=[])
    if j.engine == "firefox":
        j.press("Escape", quiet=1.5)  # Firefox shows its downloads panel, which takes the focus


# Back through every screen with the Steps navigation: the tree of each, and
# browse mode's reading, line by line (Firefox, Chromium) or heading by
# heading (WebKitGTK).
SCREENS = [("Save and export", "Save and export"), ("Plan", "Improvement plan"), ("Review", "Review"),
           ("Audit", None), ("Checklists", "Choose checklists"), ("Library", "About your library"),
           ("Start", "Welcome Audit")]


def browse(session, transcript):
    j = Journey(session, transcript)
    for i, (step, title) in enumerate(SCREENS):
        if i:
            j.step("Browse: 'Steps', then '%s'" % step)
            if j.engine != "webkit":
                j.press("ctrl+Home", quiet=0.7)
                j.tab_to(r"^%s push button" % step, limit=20)
            else:
                j.tab_to(r"^%s push button" % step, back=True, limit=40)
            j.press("Return", quiet=2.0)
        j.step("Browse mode on %s" % step)
        nodes = j.check_tree(step)
        if j.engine != "webkit":
            j.read_lines(step, nodes)
        elif i == 0:
            # Orca 43 keeps a WebKitGTK page's list of headings from the first
            # screen H was pressed on (the page never reloads): on later screens
            # H finds only gone headings. The tree's reading order is checked
            # on every screen (check_tree) instead.
            j.read_headings(step, nodes)
