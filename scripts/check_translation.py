#!/usr/bin/env python3
"""Check a translated checklist against its English twin.

    python3 scripts/check_translation.py checklists/es/welcome-behaviors.json [...]
    python3 scripts/check_translation.py checklists/es/X.json --english checklists/X.json

The English twin defaults to the file of the same name one folder up (checklists/es/X.json ->
checklists/X.json). An audit answered in one language must compare, merge and follow on with one
answered in the other, so everything that is not prose has to be identical: ids, numbers,
weights, essential flags, enums (helps, change, cost, effort), measure and tally rules and units,
URLs, key order. Prose must be present, non-empty, translated (different from the English) and
free of common English words. Exit status 1 when anything is wrong; each problem names the JSON
path so a translator can find it. Standard library only, so it runs anywhere the tests run.
"""
import argparse
import json
import os
import re
import sys

# Keys whose string values are prose to translate. Everything else (ids, enums, units, URLs,
# version, format) must stay byte-for-byte equal to the English.
TEXT_KEYS = {"title", "summary", "prompt", "how_to_check", "looks_like", "why", "text", "owner",
             "what", "each", "note"}

# Proper names that stay as they are. A text made only of these (and punctuation) may equal the English,
# and these names are blanked out before looking for leftover English words.
PROPER_NAMES = [
    "Maricopa County Library District",
    "Great Expectations",
    "Libraries and Autism: We're Connected",
    "Targeting Autism",
    "Iowa City Public Library",
    "Accessible Library Hour",
    "ALA Libraries Transforming Communities",
    "Accessible Small and Rural Communities",
    "ALA ASCLA",
    "Library Accessibility Tip Sheets",
    "ALA Library Bill of Rights",
    "ALA Code of Ethics",
    "National Library Service for the Blind and Print Disabled",
    "National Library Service",
    "Dakota County Library",
    "Autism Society of Minnesota",
    "State Library of Ohio",
    "ADA Best Practices Tool Kit for State and Local Governments",
    "ADA Checklist for Existing Facilities",
    "New England ADA Center",
    "Uniform Federal Accessibility Standards",
    "WCAG",
    "NLS",
    "IMLS",
    "H.E.A.T.",
]

# A text made only of figures, unit symbols and section numbers needs no translation.
NUMBERS_ONLY = re.compile(r"^[\d\s.,:;()%/+\-–x]*(?:(?:mm|in|ft|m|s|N|lbf|%)[\s.,()\d/\-]*)*$")

# Common English words that should not survive in Spanish prose (whole words, any case).
# Chosen so that none of them is also a Spanish word ("note" and "has" are: "lo note", "has").
ENGLISH_WORDS = ["the", "and", "with", "staff", "should", "must", "you", "your", "this", "that",
                 "are", "is", "of", "for", "from", "to", "at", "on", "it", "or", "have",
                 "will", "when", "which", "patron", "patrons", "library", "desk", "each",
                 "every", "they", "their", "there", "not", "can", "be", "by", "an", "in",
                 "people", "check", "ask", "room", "door", "sign", "signs"]
ENGLISH_RE = re.compile(r"(?<![\w'])(" + "|".join(ENGLISH_WORDS) + r")(?![\w'])", re.IGNORECASE)


# Figures in prose: "22.2" in English is "22,2" in Spanish; "308.2.2" stays as it is; thousands
# are "50,000" in English and "50 000" (a no-break or thin space) in Spanish.
NUMBER_RE = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
EN_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def figures(text, english=False):
    out = set()
    for m in NUMBER_RE.finditer(text):
        n = m.group(0).replace("\u00a0", "").replace("\u202f", "")
        out.add(n.replace(",", "") if english and EN_THOUSANDS.match(n) else n.replace(",", "."))
    return out


def without_names(text):
    for name in sorted(PROPER_NAMES, key=len, reverse=True):  # longest first: "... Service for the Blind"
        text = text.replace(name, " ")
    return text


def compare(es, en, path, problems):
    """Walk both documents together; report every difference that is not a translated text."""
    if isinstance(en, dict):
        if not isinstance(es, dict):
            problems.append(f"{path}: should be an object, as in the English")
            return
        if list(es.keys()) != list(en.keys()):
            missing = [k for k in en if k not in es]
            extra = [k for k in es if k not in en]
            if missing or extra:
                problems.append(f"{path}: keys differ from the English (missing {missing}, extra {extra})")
            else:
                problems.append(f"{path}: keys are in a different order from the English")
        for key, value in en.items():
            if key in es:
                compare(es[key], value, f"{path}.{key}" if path else key, problems)
        return
    if isinstance(en, list):
        if not isinstance(es, list) or len(es) != len(en):
            problems.append(f"{path}: should be a list of {len(en)} entries, as in the English")
            return
        for i, (a, b) in enumerate(zip(es, en)):
            compare(a, b, f"{path}[{i}]", problems)
        return
    key = path.rsplit(".", 1)[-1]
    if key == "language":
        if not isinstance(es, str) or not es or es == en:
            problems.append(f"{path}: should name the translation's language, not {es!r}")
        return
    if isinstance(en, str) and key in TEXT_KEYS:
        check_text(es, en, path, problems)
        return
    # Numbers, booleans, ids and enums: identical value and identical type (3 is not 3.0 here,
    # so a translator's editor cannot quietly turn a rule into something else).
    if type(es) is not type(en) or es != en:
        problems.append(f"{path}: must stay {en!r} as in the English, but it is {es!r}")


def check_text(es, en, path, problems):
    if not isinstance(es, str) or not es.strip():
        problems.append(f"{path}: text is missing or empty")
        return
    only_names = not re.search(r"[^\W\d_]", without_names(es))
    if es == en and not only_names and not NUMBERS_ONLY.match(es):
        problems.append(f"{path}: still the English text: {en!r}")
        return
    # Every figure in the English must still be there (a translation may repeat one, as in
    # "3 de 3", so this compares sets): a dropped or mistyped dimension changes a legal fact.
    lost = sorted(figures(en, english=True) - figures(es))
    added = sorted(figures(es) - figures(en, english=True))
    if lost or added:
        problems.append(f"{path}: figures differ from the English (missing {lost}, added {added}): {es!r}")
    found = sorted({m.group(1).lower() for m in ENGLISH_RE.finditer(without_names(es))})
    if found:
        problems.append(f"{path}: English words left ({', '.join(found)}): {es!r}")
    if es.count('"') % 2:
        problems.append(f"{path}: unbalanced double quotes")
    for pair in ("¿?", "¡!"):
        # Spanish opens questions and exclamations; an opener with no closer is a typo.
        if es.count(pair[0]) > es.count(pair[1]):
            problems.append(f"{path}: {pair[0]} without a matching {pair[1]}")


def check_file(es_path, en_path):
    problems = []
    try:
        with open(es_path, encoding="utf-8") as f:
            es = json.load(f)
    except (OSError, ValueError) as e:
        return [f"cannot read {es_path}: {e}"]
    try:
        with open(en_path, encoding="utf-8") as f:
            en = json.load(f)
    except (OSError, ValueError) as e:
        return [f"cannot read the English twin {en_path}: {e}"]
    compare(es, en, "", problems)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="translated checklists, e.g. checklists/es/X.json")
    ap.add_argument("--english", help="English twin (only with a single file)")
    args = ap.parse_args()
    if args.english and len(args.files) != 1:
        ap.error("--english takes a single translated file")
    failed = 0
    for es_path in args.files:
        en_path = args.english or os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(es_path))),
                                               os.path.basename(es_path))
        problems = check_file(es_path, en_path)
        if problems:
            failed += 1
            print(f"{es_path}: {len(problems)} problem(s)")
            for p in problems:
                print("  " + p)
        else:
            print(f"{es_path}: ok (matches {os.path.relpath(en_path)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
