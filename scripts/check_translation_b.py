#!/usr/bin/env python3
"""Check a translated checklist against its English twin (issue 25, point 2).

    python3 scripts/check_translation_b.py checklists/es/sensory-storytime.json [...]

Each checklists/<lang>/X.json is compared with checklists/X.json:
- the same JSON shape: the same keys in the same order, lists of the same length, so every
  checklist, section, item and action id lines up (an audit answered in one language merges
  with one answered in the other);
- every value that is not prose (ids, numbers, weights, essential flags, enums, units,
  measure and tally rules, URLs, version) exactly equal; "language" is the file's folder;
- every prose field present, not empty and different from the English, except where the
  English is only a code or a proper name (REF_KEEP below);
- every figure written in the English prose ("3", "0.9", "100%") also in the translation,
  so a fact cannot silently change or drop out;
- no common English words left once proper names (PROPER_NAMES) are set aside;
- valid UTF-8, written as json.dumps(indent=2, ensure_ascii=False) plus a newline, like
  the English files.
Exit status 1 and one line per problem when anything is wrong. Standard library only.
"""
import json
import os
import re
import sys

# Keys whose string values are prose to translate. Everything else is compared as is.
TEXT_KEYS = {"title", "summary", "prompt", "how_to_check", "looks_like", "why", "text",
             "owner", "note", "what", "each"}

# A reference title may stay as in English when it is only a standard's code or a name.
REF_KEEP = re.compile(r"^(WCAG \d\.\d [\d.]+|Targeting Autism|"
                      r"Maricopa County Library District, Great Expectations|"
                      r"National Library Service for the Blind and Print Disabled \(NLS\))$")

# Proper names (programs, organisations, titles of works) that legitimately hold English
# words; removed before looking for English left in the translation.
PROPER_NAMES = [
    "Libraries and Autism: We're Connected", "Targeting Autism", "Great Expectations",
    "Maricopa County Library District", "National Library Service for the Blind and Print Disabled",
    "Library Bill of Rights", "Code of Ethics", "Library Accessibility", "Project ENABLE",
    "Syracuse University", "hear them out, empathize, apologize, thank", "State Library of Ohio",
    "Dakota County Library", "Autism Society of Minnesota", "Federal Register", "INALJ Virginia",
    "Sensory storytime", "Renee Grassi", "National Library Service", "Accessibility Conformance Report",
]

# Common English words that should not survive translation (whole words, any case).
ENGLISH_WORDS = ["the", "and", "staff", "with", "should", "must", "you", "your", "for", "of",
                 "is", "are", "this", "that", "what", "when", "where", "which", "who", "will",
                 "have", "has", "from", "each", "every", "check", "ask", "library", "patron",
                 "patrons", "children", "families", "room", "desk", "about", "or", "not", "at",
                 "it", "they", "their", "them", "be", "by", "on", "in the", "to"]
ENGLISH_RE = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_WORDS) + r")\b",
                        re.IGNORECASE)
# Left out on purpose: "a", "no", "de", "con"... which are Spanish words too.
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


# Thousands grouped with commas in English ("50,000") or with a (no-break) space in Spanish
# ("50 000") are read as one figure.
THOUSANDS_RE = re.compile(r"\b\d{1,3}(?:[,\u00a0\u202f ]\d{3})+\b")


def numbers(text):
    """Figures in a text, sorted."""
    text = THOUSANDS_RE.sub(lambda m: re.sub(r"[,\u00a0\u202f ]", "", m.group(0)), text)
    # A decimal point in English may be a decimal comma in the translation ("0.9" / "0,9").
    return sorted(n.replace(",", ".") for n in NUMBER_RE.findall(text))


def english_left(text):
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return sorted({m.group(0).lower() for m in ENGLISH_RE.finditer(text)})


def compare(en, tr, path, lang, problems):
    where = path or "(top)"
    if type(en) is not type(tr):
        problems.append(f"{where}: {type(tr).__name__} where English has {type(en).__name__}")
        return
    if isinstance(en, dict):
        if list(en) != list(tr):
            problems.append(f"{where}: keys {list(tr)} differ from English {list(en)}")
        for key in en:
            if key not in tr:
                continue
            sub = f"{path}.{key}" if path else key
            if key == "language":
                if tr[key] != lang:
                    problems.append(f"{sub}: \"{tr[key]}\", expected \"{lang}\"")
            elif key in TEXT_KEYS and isinstance(en[key], str):
                check_text(en[key], tr[key], sub, problems)
            else:
                compare(en[key], tr[key], sub, lang, problems)
    elif isinstance(en, list):
        if len(en) != len(tr):
            problems.append(f"{where}: {len(tr)} entries where English has {len(en)}")
        for i, (a, b) in enumerate(zip(en, tr)):
            label = a.get("id", i) if isinstance(a, dict) else i
            compare(a, b, f"{path}[{label}]", lang, problems)
    elif en != tr:
        problems.append(f"{where}: {tr!r} differs from English {en!r} (not a text field)")


def check_text(en, tr, path, problems):
    if not isinstance(tr, str) or not tr.strip():
        problems.append(f"{path}: empty or missing translation")
        return
    if tr == en and not (path.endswith(".title") and ".references[" in path and REF_KEEP.match(en)):
        problems.append(f"{path}: same as English: {en!r}")
    missing = [n for n in numbers(en) if numbers(en).count(n) > numbers(tr).count(n)]
    if missing:
        problems.append(f"{path}: figures {sorted(set(missing))} of the English are missing")
    left = english_left(tr)
    if left and not (tr == en):
        problems.append(f"{path}: English words left {left}: {tr[:80]!r}")


def check_file(tr_path):
    problems = []
    lang = os.path.basename(os.path.dirname(os.path.abspath(tr_path)))
    en_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(tr_path))),
                           os.path.basename(tr_path))
    try:
        raw = open(tr_path, "rb").read().decode("utf-8")
        tr = json.loads(raw)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return [f"cannot read: {e}"]
    en = json.load(open(en_path, encoding="utf-8"))
    if raw != json.dumps(tr, indent=2, ensure_ascii=False) + "\n":
        problems.append("not written as 2-space indented JSON with a final newline")
    compare(en, tr, "", lang, problems)
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    bad = 0
    for tr_path in argv[1:]:
        problems = check_file(tr_path)
        for p in problems:
            print(f"{tr_path}: {p}")
        print(f"{tr_path}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
