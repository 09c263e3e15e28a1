#!/usr/bin/env python3
"""Writes the hosted bundle's index.html and the offline single file.

dist/index.html                  web/index.html as is, with web/*.js and *.css copied beside it
                                 (the scripts minified by scripts/minify_js.mjs: no comments,
                                 short local names; web/ keeps the commented sources)
dist/checklists/                 the shipped checklists (a host adds its own here, see docs/)
dist/welcome-audit-offline.html  the same page with every script and style inline and the wasm
                                 embedded (Emscripten's -sSINGLE_FILE build): opens from file://
dist/sw.js                       web/sw.js with this build's fingerprint and file list (offline
                                 after the first visit; a new build is a new service worker)

--config FILE (a consortium's config.json, docs/hosting.md): copied to dist/config.json with the
files it names (its logo, its checklists), and put inside the offline file, with those files
inside it too (a file:// page can read nothing beside it). The app checks the config itself;
here it must only be JSON, and the files it names must exist.
"""
import argparse
import mimetypes
import base64
import hashlib
import json
import urllib.parse
import pathlib
import re
import os
import shutil
import sys
import subprocess

CSP_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def check_page_csp(html: str) -> None:
    """The page's policy must hold the hash of each inline event handler and script it has."""
    m = CSP_RE.search(html)
    if not m:
        raise SystemExit("web/index.html has no Content-Security-Policy meta element")
    for handler in re.findall(r'\son\w+="([^"]*)"', html) + re.findall(r"<script>(.*?)</script>", html, flags=re.S):
        if sha256(handler) not in m.group(1):
            raise SystemExit("web/index.html: the Content-Security-Policy lacks " + sha256(handler) +
                             " for the inline handler " + handler)


def offline_csp(html: str) -> str:
    """The offline file runs from file://, where 'self' means nothing useful: every
    script and style is inline, so the policy lists their hashes and allows no URL
    at all, except data: and blob: for photos and downloads (and data: for connect-src:
    Emscripten's loader fetches its embedded wasm from a data: URL)."""
    scripts = [sha256(c) for c in re.findall(r"<script>(.*?)</script>", html, flags=re.S)]
    styles = [sha256(c) for c in re.findall(r"<style>(.*?)</style>", html, flags=re.S)]
    csp = ("default-src 'none'; script-src 'wasm-unsafe-eval' " + " ".join(scripts) +
           "; style-src " + " ".join(styles) +
           "; img-src data: blob:; media-src data: blob:; connect-src data:; base-uri 'none'; "
           "form-action 'none'; object-src 'none'")
    return CSP_RE.sub(lambda m: '<meta http-equiv="Content-Security-Policy" content="' + csp + '">', html)


def minify(files) -> None:
    """Minifies scripts in place with Debian's terser (scripts/minify_js.mjs)."""
    env = dict(os.environ, NODE_PATH=os.environ.get("NODE_PATH", "/usr/share/nodejs"))
    subprocess.run(["node", str(pathlib.Path(__file__).with_name("minify_js.mjs")), *map(str, files)],
                   check=True, env=env)


def inline(html: str, web: pathlib.Path, scripts: pathlib.Path, single_js: pathlib.Path) -> str:
    """The page with every script and style inline: scripts from `scripts` (dist/,
    already minified), Emscripten's loader from `single_js`, styles from `web`."""
    def script(m):
        src = m.group(1)
        path = single_js if src == "welcome-audit.js" else scripts / src
        code = path.read_text(encoding="utf-8")
        # A literal "</script" inside the code would end the element early.
        code = code.replace("</script", "<\\/script")
        return "<script>\n" + code + "\n</script>"

    def style(m):
        return "<style>\n" + (web / m.group(1)).read_text(encoding="utf-8") + "\n</style>"

    # The wasm is inside the single file's script: nothing to preload (and no fetch from file://).
    html = re.sub(r'<!--[^>]*-->\n<link rel="preload"[^>]*>\n', "", html)
    html = re.sub(r'<script src="([^"]+)"[^>]*></script>', script, html)
    html = re.sub(r'<link rel="stylesheet" href="([^"]+)">', style, html)
    # From file:// there is no service worker and no install: no manifest; the icon goes inline.
    html = re.sub(r'<link rel="manifest"[^>]*>\n', "", html)
    icon = urllib.parse.quote((web / "icon.svg").read_text(encoding="utf-8"), safe=" =:/\"'#")
    html = html.replace('<link rel="icon" href="icon.svg"', '<link rel="icon" href="data:image/svg+xml,' + icon + '"')
    return offline_csp(html)


PICTURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                 ".webp": "image/webp", ".svg": "image/svg+xml"}


def read_config(path: pathlib.Path):
    """The config as JSON, and the files beside it that it names (logo, checklists)."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SystemExit(f"--config {path}: not a readable JSON file ({e})")
    if not isinstance(config, dict):
        raise SystemExit(f"--config {path}: a configuration is an object ({{...}})")
    named = [c for c in config.get("checklists", []) if isinstance(c, str)]
    logo = config.get("logo")
    if isinstance(logo, dict) and isinstance(logo.get("src"), str) and not logo["src"].startswith("data:"):
        named.append(logo["src"])
    for name in named:
        if ".." in name.split("/") or name.startswith("/") or not (path.parent / name).is_file():
            raise SystemExit(f"--config {path}: it names {name}, which is not a file beside it")
    return config, named


def config_inside(config: dict, folder: pathlib.Path) -> str:
    """The config for the offline file: its checklists and logo written inside it, as a
    <script type="application/json"> element (data, never run; no '<' left to end it early)."""
    config = dict(config)
    own = []
    for c in config.get("checklists", []):
        own.append(json.loads((folder / c).read_text(encoding="utf-8")) if isinstance(c, str) else c)
    if "checklists" in config:
        config["checklists"] = own
    logo = config.get("logo")
    if isinstance(logo, dict) and isinstance(logo.get("src"), str) and not logo["src"].startswith("data:"):
        src = folder / logo["src"]
        kind = PICTURE_TYPES.get(src.suffix.lower()) or mimetypes.guess_type(src.name)[0] or "image/png"
        config["logo"] = dict(logo, src="data:" + kind + ";base64," + base64.b64encode(src.read_bytes()).decode())
    text = json.dumps(config, ensure_ascii=False, indent=1).replace("<", "\\u003c")
    return '<script type="application/json" id="wa-config">\n' + text + "\n</script>\n"


def write_service_worker(web: pathlib.Path, dist: pathlib.Path):
    """dist/sw.js: the app shell's files, and a fingerprint of their contents as the build id."""
    index = json.loads((dist / "checklists" / "index.json").read_text(encoding="utf-8"))
    shell = ["index.html", "style.css", "page.js", "welcome-audit.js",
             "welcome-audit.wasm", "manifest.webmanifest", "icon.svg", "checklists/index.json"]
    shell += ["checklists/" + name for name in index.get("checklists", [])]
    digest = hashlib.sha256()
    for name in shell:
        digest.update(name.encode() + b"\0" + (dist / name).read_bytes())
    code = (web / "sw.js").read_text(encoding="utf-8")
    code = code.replace("__WA_BUILD__", digest.hexdigest()[:16])
    code = code.replace("/*__WA_SHELL__*/", ", ".join(json.dumps(n) for n in shell))
    (dist / "sw.js").write_text(code, encoding="utf-8")


# The page's own scripts, in the order index.html runs them.
PAGE_SCRIPTS = ("storage.js", "glue.js", "mirror.js", "touch.js", "pwa.js")


def bundle_scripts(dist: pathlib.Path) -> None:
    """The hosted page's scripts as one file, dist/page.js (issue 26): one request
    instead of five, so they no longer arrive and run one after another, and 1.7 KB
    gzip less (one compression window: the files share names and idioms). Each is
    strict and its own closure, so joined they run as before. The offline file
    inlines the five from web/index.html as it did; then they leave dist/."""
    code = ";\n".join((dist / n).read_text(encoding="utf-8") for n in PAGE_SCRIPTS)
    (dist / "page.js").write_text(code + "\n", encoding="utf-8")
    html = (dist / "index.html").read_text(encoding="utf-8")
    tags = "".join(f'<script src="{n}"></script>\n' for n in PAGE_SCRIPTS)
    if tags not in html:
        raise SystemExit("web/index.html: the page's scripts are no longer " + ", ".join(PAGE_SCRIPTS) + " in a row")
    (dist / "index.html").write_text(html.replace(tags, '<script src="page.js"></script>\n'), encoding="utf-8")


def inline_style(dist: pathlib.Path) -> None:
    """The hosted page's style inside index.html (issue 26): the shell (the Start
    screen the page paints while the program loads) then needs one response, not
    two in a row, before it can be painted. The policy allows exactly this style
    by its hash; dist/style.css stays for the service worker's list."""
    css = (dist / "style.css").read_text(encoding="utf-8")
    html = (dist / "index.html").read_text(encoding="utf-8")
    link = '<link rel="stylesheet" href="style.css">'
    if link not in html or "style-src 'self'" not in html:
        raise SystemExit("web/index.html: no " + link + " or no style-src 'self' in its policy")
    html = html.replace(link, "<style>" + css + "</style>").replace("style-src 'self'", "style-src 'self' " + sha256(css), 1)
    (dist / "index.html").write_text(html, encoding="utf-8")


def strip_comments(css: pathlib.Path, html: pathlib.Path) -> None:
    """The hosted copies of style.css and index.html without their comments (the
    sources in web/ keep them): 1.2 KB gzip less on every first load."""
    text = css.read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    css.write_text(re.sub(r"\n\s*\n+", "\n", text).lstrip(), encoding="utf-8")
    text = html.read_text(encoding="utf-8")
    html.write_text(re.sub(r"[ \t]*<!--.*?-->\n?", "", text, flags=re.S), encoding="utf-8")


def write_languages(web: pathlib.Path, dist: pathlib.Path, checklists: pathlib.Path):
    """dist/lang/*.json: each shipped language's compact copy (scripts/lang_compact.py),
    fetched only when that language is used; the offline file has them inside the wasm."""
    sys.path.insert(0, str(pathlib.Path(__file__).parent))
    import lang_compact
    strings_en = pathlib.Path(__file__).parent.parent / "src" / "app" / "strings_en.cpp"
    english = lang_compact.english_texts(strings_en)
    reports = lang_compact.report_texts(strings_en)
    (dist / "lang").mkdir(exist_ok=True)
    for f in sorted((web / "lang").glob("*.json")):
        # The UI's texts, fetched with the program when the page opens in that
        # language; the checklists' titles and summaries in a file of their
        # own (lang/<code>.checklists.json), fetched when the Checklists screen
        # first opens: 2.7 KB gzip less on a Spanish first load (issue 25).
        catalog = json.loads(f.read_text(encoding="utf-8"))
        lang_compact.dump(lang_compact.compact(catalog, english), dist / "lang" / f.name)
        # The reports' words (core/words.cpp then core/report_words.cpp), fetched
        # once an audit is open (lang/<code>.reports.json), off the first load.
        lang_compact.dump(lang_compact.compact(catalog, reports), dist / "lang" / (f.stem + ".reports.json"))
        texts = lang_compact.checklist_texts(checklists, catalog.get("language", ""))
        if texts:
            lang_compact.dump({"checklists": texts}, dist / "lang" / (f.stem + ".checklists.json"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--web", required=True, type=pathlib.Path)
    ap.add_argument("--checklists", required=True, type=pathlib.Path)
    ap.add_argument("--single-js", required=True, type=pathlib.Path)
    ap.add_argument("--dist", required=True, type=pathlib.Path)
    ap.add_argument("--test-dist", type=pathlib.Path,
                    help="the test build's folder (its own welcome-audit.js/.wasm): gets the same page files")
    ap.add_argument("--config", type=pathlib.Path,
                    help="a consortium's config.json: beside the hosted page and inside the offline file")
    a = ap.parse_args()
    a.dist.mkdir(parents=True, exist_ok=True)
    for f in a.web.iterdir():
        if f.suffix in (".js", ".css", ".html", ".svg", ".ico", ".webmanifest"):
            shutil.copy2(f, a.dist / f.name)
    out = a.dist / "checklists"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(a.checklists, out)
    write_languages(a.web, a.dist, a.checklists)
    # The page's scripts and Emscripten's loaders, before anything is fingerprinted or inlined.
    minify([a.dist / n for n in PAGE_SCRIPTS + ("welcome-audit.js",)] + [a.single_js])
    strip_comments(a.dist / "style.css", a.dist / "index.html")
    bundle_scripts(a.dist)
    inline_style(a.dist)
    write_service_worker(a.web, a.dist)
    html = (a.web / "index.html").read_text(encoding="utf-8")
    check_page_csp(html)
    offline = inline(html, a.web, a.dist, a.single_js)
    for n in PAGE_SCRIPTS:
        (a.dist / n).unlink()
    if not a.config:
        # A config that says nothing (no consortium): the page asks for config.json
        # at each start, and a host without one would see a 404 in red on every
        # load. A consortium replaces this file with its own (docs/hosting.md).
        (a.dist / "config.json").write_text(
            '{\n  "format": "welcome-audit/config",\n  "format_version": 1\n}\n', encoding="utf-8")
    if a.config:
        config, named = read_config(a.config)
        shutil.copy2(a.config, a.dist / "config.json")
        for name in named:
            (a.dist / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(a.config.parent / name, a.dist / name)
        # Before the first script: glue.js reads it before the app starts.
        offline = offline.replace("<script>", config_inside(config, a.config.parent) + "<script>", 1)
    (a.dist / "welcome-audit-offline.html").write_text(offline, encoding="utf-8")
    if a.test_dist:
        for f in a.dist.iterdir():
            if f.is_file() and not f.name.startswith("welcome-audit"):
                shutil.copy2(f, a.test_dist / f.name)
        if (a.test_dist / "checklists").exists():
            shutil.rmtree(a.test_dist / "checklists")
        shutil.copytree(out, a.test_dist / "checklists")
        write_languages(a.web, a.test_dist, a.checklists)


if __name__ == "__main__":
    main()
