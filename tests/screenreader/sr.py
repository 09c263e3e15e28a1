"""A browser with Orca listening, driven by real key presses (xdotool).

Runs inside the private X display and D-Bus session that session.sh sets up.
Orca writes every utterance to its debug log as `SPEECH OUTPUT: '...'`; this
module reads them back, so a test can press a key and assert what was said.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import time

TITLE = "Welcome Audit: library inclusion and accessibility self-audits"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"

# Prefs that keep Firefox quiet on a first start: no welcome page, no data
# policy bar, no default-browser question; accessibility on.
FIREFOX_PREFS = """\
user_pref("accessibility.force_disabled", 0);
user_pref("browser.newtab.preload", false);
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("startup.homepage_welcome_url", "");
user_pref("startup.homepage_welcome_url.additional", "");
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.disabledForTesting", true);
user_pref("browser.tabs.warnOnClose", false);
user_pref("sidebar.revamp", false);
"""

# Orca 43 writes `SPEECH OUTPUT: 'words'{'established': False}`; the words
# may hold line breaks (a paragraph's line ends with one).
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'\s*\[?\{'established'", re.S)

# Orca's defaults (a first start), but keys are not echoed: what Orca says is
# then only what the page and the browser give it.
_PROFILE = {"profile": ["Default", "default"], "enableKeyEcho": False}
ORCA_SETTINGS = {"general": dict(_PROFILE, activeProfile=["Default", "default"], startingProfile=["Default", "default"],
                                 firstStart=False),
                 "profiles": {"default": dict(_PROFILE)}, "pronunciations": {}, "keybindings": {}}


class OrcaFailed(Exception):
    """Orca did not come up (its known start-up hang): the run is tried again."""


class Session:
    def __init__(self, engine, url, work, log_path):
        self.engine, self.url, self.work, self.log_path = engine, url, work, log_path
        self.browser = self.orca = None
        self.window = None
        self.mark = 0  # speech lines already consumed by a step

    # --- processes ----------------------------------------------------------------
    def _spawn(self, argv, name):
        out = open(os.path.join(self.work, name + ".out"), "w")
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)

    def start_orca(self, timeout=40):
        prefs = os.path.join(self.work, "orca-prefs")
        os.makedirs(prefs, exist_ok=True)
        with open(os.path.join(prefs, "user-settings.conf"), "w") as f:
            json.dump(ORCA_SETTINGS, f)
        if os.path.exists(self.log_path):
            os.remove(self.log_path)
        here = os.path.dirname(os.path.abspath(__file__))
        self.orca = self._spawn(["/usr/bin/python3", os.path.join(here, "orca_line_buffered.py"), "--replace",
                                 "-u", prefs, "--debug-file=" + self.log_path], "orca")
        # Orca says "Screen reader on." once its speech is up; keys before that are lost.
        end = time.time() + timeout
        while time.time() < end:
            if any("Screen reader on" in s for s in self.all_speech()):
                self.mark = len(self.all_speech())
                return
            if self.orca.poll() is not None or self._hung():
                break
            time.sleep(0.3)
        raise OrcaFailed("Orca did not say 'Screen reader on.'")

    def _hung(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return "something has hung" in f.read()
        except FileNotFoundError:
            return False

    def start_browser(self):
        profile = os.path.join(self.work, "profile")
        os.makedirs(profile, exist_ok=True)
        if self.engine == "chromium":
            argv = ["chromium", "--no-sandbox", "--user-data-dir=" + profile, "--force-renderer-accessibility",
                    "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--use-angle=swiftshader",
                    "--enable-unsafe-swiftshader", "--disable-features=Translate,MediaRouter,OptimizationHints",
                    "--password-store=basic", "--window-position=0,0", "--window-size=1280,1000", self.url]
        elif self.engine == "firefox":
            with open(os.path.join(profile, "user.js"), "w") as f:
                f.write(FIREFOX_PREFS)
            argv = ["firefox-esr", "--no-remote", "--new-instance", "--profile", profile, self.url]
        else:
            argv = [MINIBROWSER] + (["--enable-caret-browsing=true"] if os.environ.get("CARET") else []) + [self.url]
        self.browser = self._spawn(argv, "browser")
        self.window = self._find_window()
        subprocess.run(["xdotool", "windowmove", self.window, "0", "0"], check=False)
        subprocess.run(["xdotool", "windowsize", self.window, "1280", "1000"], check=False)
        self.focus_window()

    def _find_window(self, timeout=60):
        cls = {"chromium": "chromium", "firefox": "firefox", "webkit": "MiniBrowser"}[self.engine]
        end = time.time() + timeout
        while time.time() < end:
            r = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", cls], capture_output=True, text=True)
            ids = r.stdout.split()
            if ids:
                return ids[-1]
            time.sleep(0.5)
        raise RuntimeError("no %s window" % self.engine)

    def focus_window(self):
        subprocess.run(["xdotool", "windowactivate", "--sync", self.window], check=False, capture_output=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=False, capture_output=True)

    def stop(self):
        for p in (self.orca, self.browser):
            if p and p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                    p.wait(5)
                except Exception:
                    try:
                        os.killpg(p.pid, signal.SIGKILL)
                    except Exception:
                        pass

    # --- speech -------------------------------------------------------------------
    def all_speech(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return [" ".join(m.group(1).split()) for m in SPEECH.finditer(f.read())]
        except FileNotFoundError:
            return []

    def wait_speech(self, quiet=1.2, first=6.0, longest=20.0):
        """What Orca said since the last call: waits for speech to start (up to
        `first` seconds), then until nothing new was said for `quiet` seconds."""
        start = time.time()
        seen, changed = len(self.all_speech()), time.time()
        while True:
            time.sleep(0.2)
            n = len(self.all_speech())
            now = time.time()
            if n != seen:
                seen, changed = n, now
            spoke = seen > self.mark
            if spoke and now - changed >= quiet:
                break
            if not spoke and now - start >= first:
                break
            if now - start >= longest:
                break
        lines = self.all_speech()[self.mark:]
        self.mark += len(lines)
        return lines

    # --- keys ---------------------------------------------------------------------
    def key(self, *keys, **wait):
        subprocess.run(["xdotool", "key", "--clearmodifiers", "--delay", "120", *keys], check=True)
        return self.wait_speech(**wait)

    def type(self, text, **wait):
        subprocess.run(["xdotool", "type", "--clearmodifiers", "--delay", "60", text], check=True)
        return self.wait_speech(**wait)


def copy_log(src, dst):
    if os.path.exists(src):
        shutil.copyfile(src, dst)
