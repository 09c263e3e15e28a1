#!/usr/bin/env python3
"""Writes the hosted bundle's index.html and the offline single file.

dist/index.html                  web/index.html as is, with web/*.js and *.css copied beside it
dist/checklists/                 the shipped checklists (a host adds its own here, see docs/)
dist/welcome-audit-offline.html  the same page with every script and style inline and the wasm
                                 embedded (Emscripten's -sSINGLE_FILE build): opens from file://
"""
import argparse
import pathlib
import re
import shutil


def inline(html: str, web: pathlib.Path, single_js: pathlib.Path) -> str:
    def script(m):
        src = m.group(1)
        path = single_js if src == "welcome-audit.js" else web / src
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
    return html


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--web", required=True, type=pathlib.Path)
    ap.add_argument("--checklists", required=True, type=pathlib.Path)
    ap.add_argument("--single-js", required=True, type=pathlib.Path)
    ap.add_argument("--dist", required=True, type=pathlib.Path)
    ap.add_argument("--test-dist", type=pathlib.Path,
                    help="the test build's folder (its own welcome-audit.js/.wasm): gets the same page files")
    a = ap.parse_args()
    a.dist.mkdir(parents=True, exist_ok=True)
    for f in a.web.iterdir():
        if f.suffix in (".js", ".css", ".html", ".svg", ".ico"):
            shutil.copy2(f, a.dist / f.name)
    out = a.dist / "checklists"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(a.checklists, out)
    html = (a.web / "index.html").read_text(encoding="utf-8")
    (a.dist / "welcome-audit-offline.html").write_text(inline(html, a.web, a.single_js), encoding="utf-8")
    if a.test_dist:
        for f in a.dist.iterdir():
            if f.is_file() and not f.name.startswith("welcome-audit"):
                shutil.copy2(f, a.test_dist / f.name)
        if (a.test_dist / "checklists").exists():
            shutil.rmtree(a.test_dist / "checklists")
        shutil.copytree(out, a.test_dist / "checklists")


if __name__ == "__main__":
    main()
