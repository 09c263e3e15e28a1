#!/usr/bin/env bash
# Runs the libFuzzer targets in fuzz/ (fuzz/README.md), one at a time.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# SECONDS defaults to 600; targets default to all of fuzz/fuzz_*.cpp.
# Seeds come from tests/fixtures/ and checklists/ and are made here, at run
# time, under build/fuzz/ (never committed); the corpus a run grows is kept
# there for the next run. Any crash, sanitizer report or broken invariant
# stops that target, leaves the input in build/fuzz/crashes/ and makes this
# script fail. One line per target says what the run reached.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-600}"
shift || true

[[ -f build/fuzz/CMakeCache.txt ]] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null

out=build/fuzz
mkdir -p "$out/seeds" "$out/corpus" "$out/crashes" "$out/logs"

# Seeds: every fixture and shipped checklist on its own; for the targets
# that take two files (split at a NUL byte), pairs of them.
python3 - "$out" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
files = sorted(glob.glob("tests/fixtures/*.json") + glob.glob("checklists/*.json"))
texts = {os.path.basename(f): open(f, "rb").read() for f in files}
singles = os.path.join(out, "seeds", "single"); pairs = os.path.join(out, "seeds", "pair")
for d in (singles, pairs): os.makedirs(d, exist_ok=True)
for name, t in texts.items(): open(os.path.join(singles, name), "wb").write(t)
docs = [n for n in texts if n.startswith(("audit", "plan"))]
for a in docs:
    for b in docs:
        open(os.path.join(pairs, a[:-5] + "+" + b), "wb").write(texts[a] + b"\0" + texts[b])
# A dictionary of the field names and values the files use.
words = set()
def walk(v):
    if isinstance(v, dict):
        for k, x in v.items(): words.add(k); walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)
    elif isinstance(v, str) and len(v) < 40: words.add(v)
for t in texts.values():
    try: walk(json.loads(t))
    except ValueError: pass
with open(os.path.join(out, "json.dict"), "w") as d:
    for w in sorted(words):
        d.write(json.dumps(json.dumps(w)) + "\n")
PY

targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
status=0
for t in "${targets[@]}"; do
  seeds="$out/seeds/single"
  [[ "$t" == fuzz_merge || "$t" == fuzz_compare ]] && seeds="$out/seeds/pair"
  mkdir -p "$out/corpus/$t"
  log="$out/logs/$t.log"
  if "$out/fuzz/$t" "$out/corpus/$t" "$seeds" -dict="$out/json.dict" -max_total_time="$seconds" \
       -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log and $out/crashes/)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | tail -n1 || true)
  cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
  ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
  corp=$(grep -o 'corp: [0-9]*' <<<"$last" | grep -o '[0-9]*' || echo "?")
  printf '%-22s %4ss  runs %-10s cov %-6s ft %-7s corpus %-6s %s\n' "$t" "$seconds" "$runs" "$cov" "$ft" "$corp" "$result"
done
exit $status
