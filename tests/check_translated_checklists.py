#!/usr/bin/env python3
"""Every translated checklist against its English twin (issue 25).

    check_translated_checklists.py CHECKLISTS_DIR     checks CHECKLISTS_DIR/<lang>/*.json
    check_translated_checklists.py --self-test CHECKLISTS_DIR

A translation (checklists/es/<same name>.json) must keep everything an audit is
matched and scored by: the same ids (checklist, sections, items, actions,
retired items), weights, essential marks, measure and tally rules and units,
costs, efforts, "helps" and "change", reference addresses. It must have every
text field, each different from the English text (proper names and units
aside), no obvious English left, and "language" set to its folder's name.
It passes when no translation is there yet.
"""
import copy
import json
import pathlib
import re
import sys

# Fields people read: translated. Everything else is compared as it is.
TEXT = {"title", "summary", "prompt", "how_to_check", "looks_like", "why", "text", "owner", "what", "each", "note", "why"}
SAME_ALLOWED = re.compile(r"^[\w.:/()\-–, ]*$")  # checked further in is_name()
ENGLISH_WORDS = {"the", "and", "with", "should", "staff", "patrons", "your", "you", "is", "are", "this", "that",
                 "for", "from", "have", "which", "when", "what", "every", "there", "their", "they", "does", "not"}


def is_name(text):
    """A text that may stay as in English: a name, a reference number, a unit ("WCAG 2.1", "28 CFR 35.107")."""
    words = text.split()
    return len(words) <= 4 and all(w[:1].isupper() or any(c.isdigit() for c in w) or not w.isalpha() for w in words)


def english_left(text):
    words = set(re.findall(r"[a-z]+", text.lower()))
    found = words & ENGLISH_WORDS
    return sorted(found) if len(found) >= 3 else []


def compare(en, tr, path, problems):
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            problems.append(f"{path}: is not an object as in English")
            return
        for k in en:
            if k not in tr:
                problems.append(f"{path}/{k}: missing")
        for k in tr:
            if k not in en:
                problems.append(f"{path}/{k}: not in the English checklist")
        for k in en:
            if k not in tr or k == "language":
                continue
            if k in TEXT and isinstance(en[k], str):
                t = tr[k]
                if not isinstance(t, str) or not t.strip():
                    problems.append(f"{path}/{k}: empty")
                elif t == en[k] and not is_name(t):
                    problems.append(f"{path}/{k}: left in English: {t[:70]!r}")
                elif english_left(t):
                    problems.append(f"{path}/{k}: English words left ({', '.join(english_left(t))}): {t[:70]!r}")
            else:
                compare(en[k], tr[k], f"{path}/{k}", problems)
    elif isinstance(en, list):
        if not isinstance(tr, list) or len(tr) != len(en):
            problems.append(f"{path}: {len(en)} entries in English, {len(tr) if isinstance(tr, list) else 'none'} here")
            return
        for i, (a, b) in enumerate(zip(en, tr)):
            compare(a, b, f"{path}/{i}", problems)
    elif en != tr:
        problems.append(f"{path}: {tr!r} here, {en!r} in English (ids, rules, units and numbers stay as they are)")


def check_one(en, tr, lang):
    problems = []
    if tr.get("language") != lang:
        problems.append(f"/language: must be {lang!r}, but it is {tr.get('language')!r}")
    compare(en, tr, "", problems)
    return problems


def translations(folder):
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "schema"):
        for f in sorted(sub.glob("*.json")):
            yield sub.name, f, folder / f.name


def check_all(folder):
    failed, count = 0, 0
    for lang, f, twin in translations(folder):
        count += 1
        if not twin.is_file():
            print(f"{f}: no English checklist {twin.name} beside it")
            failed += 1
            continue
        problems = check_one(json.loads(twin.read_text(encoding="utf-8")), json.loads(f.read_text(encoding="utf-8")), lang)
        for p in problems[:40]:
            print(f"{f.relative_to(folder)}{p}")
        if len(problems) > 40:
            print(f"{f.relative_to(folder)}: and {len(problems) - 40} more")
        failed += bool(problems)
    print(f"{count} translated checklists checked, {failed} with problems")
    return failed == 0


def fake_translation(en):
    """Every text field prefixed in words no check takes for English: a translation that passes."""
    tr = copy.deepcopy(en)
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in TEXT and isinstance(v, str):
                    o[k] = "Traducido: " + " ".join("palabra" for _ in v.split()[:5])
                else:
                    walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(tr)
    tr["language"] = "es"
    return tr


def self_test(folder):
    """The checks can fail: each broken copy of a shipped checklist must be caught."""
    names = json.loads((folder / "index.json").read_text(encoding="utf-8"))["checklists"]
    en = next(json.loads((folder / n).read_text(encoding="utf-8")) for n in names
              if '"measure"' in (folder / n).read_text(encoding="utf-8"))
    good = fake_translation(en)
    assert check_one(en, good, "es") == [], check_one(en, good, "es")
    def item(c, kind=None):
        for s in c["sections"]:
            for it in s["items"]:
                if kind is None or kind in it:
                    return it
    broken = []
    b = copy.deepcopy(good); item(b)["id"] += "-x"; broken.append(("an item id", b))
    b = copy.deepcopy(good); item(b, "measure")["measure"]["unit"] = "cm"; broken.append(("a unit", b))
    b = copy.deepcopy(good); m = item(b, "measure")["measure"]["met"]; k = next(iter(m)); m[k] = m[k] + 1; broken.append(("a rule", b))
    b = copy.deepcopy(good); item(b)["weight"] = 4 - item(b)["weight"]; broken.append(("a weight", b))
    b = copy.deepcopy(good); item(b)["prompt"] = item(en)["prompt"]; broken.append(("a prompt left in English", b))
    b = copy.deepcopy(good); del item(b)["why"]; broken.append(("a missing text", b))
    b = copy.deepcopy(good); item(b)["how_to_check"] = "Mire si the staff and the patrons have it"; broken.append(("English words", b))
    b = copy.deepcopy(good); b["language"] = "en"; broken.append(("the language", b))
    b = copy.deepcopy(good); b["sections"][0]["items"].pop(); broken.append(("an item dropped", b))
    for what, b in broken:
        assert check_one(en, b, "es"), "not caught: " + what
    print(f"self-test: a good translation passes, {len(broken)} broken ones are caught")
    return True


if __name__ == "__main__":
    if sys.argv[1] == "--self-test":
        sys.exit(0 if self_test(pathlib.Path(sys.argv[2])) else 1)
    sys.exit(0 if check_all(pathlib.Path(sys.argv[1])) else 1)
