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
import time

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

    def expect(self, heard=(), unheard=(), **engines):
        """`heard` in every engine, unless the engine has its own list
        (webkit=[...]): Orca 43 reads WebKitGTK through an older, smaller
        script (no live regions; a heading taking the focus is not said;
        the window's title, which follows the screen's, is)."""
        heard = engines.get(self.engine, heard)
        text = " | ".join(self.said)
        for rx in heard:
            self.t.check("heard /%s/" % rx, re.search(rx, text) is not None)
        for rx in unheard:
            self.t.check("not heard /%s/" % rx, re.search(rx, text) is None)


TITLE = " \u00b7 Welcome Audit"


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
    j.expect(heard=[r"About your library heading level 1", r"\bLibrary\b"], unheard=[r"Welcome Audit heading"] + no_prompt,
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
    j.press("Return", quiet=2.5)
    j.expect(heard=[r"Welcome behaviors at the desk: Item 1 of 70 heading level 1",
                    r"Item 1 of 70\. .+[.?] Not answered yet\. 0 of 70 answered\."],
             webkit=[r"Welcome behaviors at the desk: Item 1 of 70" + TITLE])

    j.step("Audit, item 1 (counted): + Yes nine times, + No once, then the suggested answer")
    j.tab_to(r"^Yes: add one")
    for _ in range(9):
        j.press("Return", quiet=0.6)
    j.expect(heard=[r"Yes 1, no 0: 100% yes of 1 observed", r"Yes 9, no 0: 100% yes of 9 observed"], webkit=[])
    j.tab_to(r"^No: add one")
    j.press("Return")
    j.expect(heard=[r"Yes 9, no 1: 90% yes of 10 observed"], webkit=[])
    j.tab_to(r"^Use the suggested answer: Met")
    j.press("Return")
    j.expect(heard=[r"\bMet\. Saved\."], unheard=no_prompt, webkit=[])

    j.step("Audit: Next, to item 2")
    j.tab_to(r"^Next push button", back=True)
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"Item 2 of 70\. .+[.?] Not answered yet\. 1 of 70 answered\."],
             webkit=[r"Welcome behaviors at the desk: Item 2 of 70" + TITLE])

    j.step("Audit, item 2: the answer 'Met' with Space")
    j.tab_to(r"Your answer.*Met.*radio button")
    j.press("space")
    j.expect(heard=[r"\bMet\. Saved\."], webkit=[r"\bselected\b|\bchecked\b"])

    j.step("Audit: the next checklist, then Next to its first measured item")
    j.tab_to(r"^Physical access to the building push button")
    j.press("Return", quiet=2.0)
    j.expect(heard=[r"Item 30 of 70\. "], webkit=[r"Physical access to the building: Item 30 of 70" + TITLE])
    j.tab_to(r"^Next push button", back=True)
    for _ in range(4):
        j.press("Return", quiet=1.5)
    j.expect(heard=[r"Item 34 of 70\. Are ramps no steeper than 1:12"], webkit=[r"Item 34 of 70" + TITLE])

    j.step("Audit, item 34 (measured): a ramp's slope typed, then the suggested answer")
    j.tab_to(r"^Measured steepest ramp slope, in % entry")
    j.type("10")
    j.tab_to(r"^Use the suggested answer: Not met")
    j.press("Return")
    j.expect(heard=[r"Not met\. Saved\."], webkit=[])

    j.step("Steps: back to 'Review', Enter")
    j.tab_to(r"^Review push button", back=True, limit=40)
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
