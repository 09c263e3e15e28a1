#!/usr/bin/env python3
"""Writes the shipped checklists' catalog: what the Choose screen shows of each
checklist before its file is read (src/app/checklist_catalog.cpp).

    make_catalog.py CHECKLISTS_DIR OUT.json

The catalog is compiled into the wasm (a few KB): a hosted page then fetches a
checklist's file only when someone chooses it, instead of carrying every file
on its first load. Checklists come in the order of CHECKLISTS_DIR/index.json.
"""
import json
import pathlib
import sys


def main():
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    names = json.loads((src / "index.json").read_text(encoding="utf-8"))["checklists"]
    entries = []
    for name in names:
        c = json.loads((src / name).read_text(encoding="utf-8"))
        entries.append({
            "file": name,
            "id": c["id"],
            "version": c["version"],
            "title": c["title"],
            "summary": c.get("summary", ""),
            "items": sum(len(s["items"]) for s in c["sections"]),
        })
        # Translations beside it (checklists/es/<name>, issue 25): the languages it comes in.
        langs = sorted(d.name for d in src.iterdir() if d.is_dir() and (d / name).is_file())
        if langs:
            entries[-1]["languages"] = langs
    text = json.dumps({"format": "welcome-audit/checklist-catalog", "checklists": entries},
                      ensure_ascii=False, indent=1) + "\n"
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
