#!/usr/bin/env python3
"""A language catalog's compact copy for the hosted page (docs/languages.md).

web/lang/es.json maps each English text of src/app/strings_en.cpp to its
translation: easy to read and to check, but the English keys are downloaded
for nothing, since the app has them already. The copy beside the page lists
only the translations, in the order the app looks its texts up (the order of
strings_en.cpp, each text once), with "order": the fingerprint of that list
(core/language.cpp text_order_key). A copy made for other texts is not used.

    python3 scripts/lang_compact.py src/app/strings_en.cpp web/lang/es.json out.json
"""
import json
import pathlib
import re
import sys


# The audit part's blocks of strings_en.cpp (app strings_en.cpp translate_audit_strings):
# fetched with lang/<code>.reports.json, not with the first load.
AUDIT_BLOCKS = ("EntryText kEntryEnglish", "ResultsText kResultsEnglish", "LawText kLawEnglish")


def split_blocks(text: str):
    """strings_en.cpp's text without the audit part's blocks, and those blocks, in order."""
    blocks = []
    for name in AUDIT_BLOCKS:
        m = re.search(r"const " + name + r" = \{.*?\n\};", text, re.S)
        blocks.append(m.group(0))
        text = text.replace(m.group(0), "")
    return text, "\n;\n".join(blocks)


def english_texts(strings_cpp: pathlib.Path) -> list:
    """Every string literal of strings_en.cpp but the audit part's blocks (the order
    the app translates them in), adjacent literals joined, each once."""
    first, _ = split_blocks(strings_cpp.read_text(encoding="utf-8"))
    return literals([first])


def report_texts(strings_cpp: pathlib.Path) -> list:
    """The texts of a language's audit part (lang/<code>.reports.json): strings_en.cpp's
    EntryText, ResultsText and LawText, then core/words.cpp, then core/report_words.cpp (app
    strings_en.cpp audit_part_texts)."""
    core = strings_cpp.parent.parent / "core"
    _, blocks = split_blocks(strings_cpp.read_text(encoding="utf-8"))
    return literals([blocks, (core / "words.cpp").read_text(encoding="utf-8"),
                     (core / "report_words.cpp").read_text(encoding="utf-8")])


def literals(texts: list) -> list:
    src = "\n;\n".join(texts)
    src = re.sub(r"(?m)^\s*//.*$", "", src)                 # whole-line comments
    src = re.sub(r"(?<=[,;{}])[ \t]*//[^\n]*", "", src)     # comments after code
    src = re.sub(r"(?m)^#include.*$", "", src)
    texts, cur, last_end = [], None, -1
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', src):
        raw, bs, j = m.group(1), bytearray(), 0
        while j < len(raw):
            if raw[j] == "\\":
                n = raw[j + 1]
                if n == "x":
                    k, h = j + 2, ""
                    while k < len(raw) and len(h) < 2 and raw[k] in "0123456789abcdefABCDEF":
                        h += raw[k]
                        k += 1
                    bs.append(int(h, 16))
                    j = k
                    continue
                bs += {"n": b"\n", '"': b'"', "\\": b"\\", "t": b"\t"}[n]
                j += 2
                continue
            bs += raw[j].encode("utf-8")
            j += 1
        if cur is not None and src[last_end:m.start()].strip() == "":
            cur += bs
        else:
            if cur is not None:
                texts.append(cur.decode("utf-8"))
            cur = bs
        last_end = m.end()
    if cur is not None:
        texts.append(cur.decode("utf-8"))
    seen, out = set(), []
    for t in texts:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def language_key(text: str) -> str:
    h = 2166136261
    for c in text.encode("utf-8"):
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return "#%08x" % h


def checklist_texts(checklists: pathlib.Path, code: str) -> dict:
    """The titles and summaries of the shipped checklists translated into `code`
    (checklists/<code>/<name>.json, issue 25), by checklist id: what the
    Checklists screen shows before a checklist's file is read."""
    out = {}
    folder = checklists / code
    index = json.loads((checklists / "index.json").read_text(encoding="utf-8")).get("checklists", [])
    for name in index:
        f = folder / name
        if not f.is_file():
            continue
        c = json.loads(f.read_text(encoding="utf-8"))
        out[c["id"]] = {"title": c.get("title", ""), "summary": c.get("summary", "")}
    return out


def with_checklists(catalog: dict, checklists: pathlib.Path) -> dict:
    texts = checklist_texts(checklists, catalog.get("language", ""))
    return {**catalog, "checklists": texts} if texts else catalog


def compact(catalog: dict, english: list) -> dict:
    strings = catalog.get("strings", {})
    out = {k: catalog[k] for k in ("format", "format_version", "language", "name") if k in catalog}
    out["order"] = language_key("\n".join(english))
    out["list"] = [strings.get(e, "") for e in english]
    if "checklists" in catalog:
        out["checklists"] = catalog["checklists"]
    return out


def dump(data: dict, out: pathlib.Path) -> None:
    """A part beside the page: compact JSON, UTF-8 as it is, one line."""
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main():
    """lang_compact.py STRINGS_EN.cpp CATALOG.json OUT.json     the compact copy
       lang_compact.py --reports STRINGS_EN.cpp CATALOG.json OUT.json   the reports part's compact copy
       lang_compact.py --bundle CHECKLISTS_DIR CATALOG.json OUT.json   keyed, with the checklists' titles"""
    if sys.argv[1] == "--reports":
        catalog = json.loads(pathlib.Path(sys.argv[3]).read_text(encoding="utf-8"))
        dump(compact(catalog, report_texts(pathlib.Path(sys.argv[2]))), pathlib.Path(sys.argv[4]))
        return
    if sys.argv[1] == "--bundle":
        catalog = json.loads(pathlib.Path(sys.argv[3]).read_text(encoding="utf-8"))
        out = with_checklists(catalog, pathlib.Path(sys.argv[2]))
        dump(out, pathlib.Path(sys.argv[4]))
        return
    english = english_texts(pathlib.Path(sys.argv[1]))
    catalog = json.loads(pathlib.Path(sys.argv[2]).read_text(encoding="utf-8"))
    dump(compact(catalog, english), pathlib.Path(sys.argv[3]))


if __name__ == "__main__":
    main()
