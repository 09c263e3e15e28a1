#!/usr/bin/env bash
# Runs every test: installs what is missing, builds native and web, runs the
# doctest suites through ctest (plainly and under ASan + UBSan), each fuzz
# target for a few seconds, then the Playwright tests in Debian's Chromium
# (the full suite), then a focused journey in Firefox ESR and WebKitGTK, then
# the screen-reader test (Orca, in all three engines).
# This is the README's test command; .ci/run calls it and nothing else.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=/usr/share/nodejs

bash scripts/install-deps.sh

echo "== native build and C++ tests"
[[ -f build/native/CMakeCache.txt ]] || cmake --preset native
cmake --build --preset native
ctest --preset native

echo "== native C++ tests under AddressSanitizer and UndefinedBehaviorSanitizer"
[[ -f build/asan/CMakeCache.txt ]] || cmake --preset asan
cmake --build --preset asan
ctest --preset asan

echo "== fuzzing, 10 seconds per target (bash scripts/fuzz.sh for long runs)"
bash scripts/fuzz.sh 10

echo "== web build"
[[ -f build/web/CMakeCache.txt ]] || cmake --preset web
cmake --build --preset web

echo "== release zip"
bash scripts/package.sh
python3 - <<'PY'
# The zip holds the hosted folder, the offline file, HOSTING.md and a correct SHA256SUMS.
import glob, hashlib, zipfile
[path] = glob.glob("build/welcome-audit-*.zip")
z = zipfile.ZipFile(path)
top = path.split("/")[-1][:-4]
names = set(z.namelist())
for need in ["dist/index.html", "dist/welcome-audit.js", "dist/welcome-audit.wasm", "dist/sw.js", "dist/page.js",
             "dist/manifest.webmanifest", "dist/icon.svg", "dist/checklists/index.json", "dist/welcome-audit-offline.html",
             "welcome-audit-offline.html", "HOSTING.md", "SHA256SUMS"]:
    assert f"{top}/{need}" in names, f"{need} is missing from {path}"
sums = z.read(f"{top}/SHA256SUMS").decode().splitlines()
assert len(sums) == len(names) - 1, "SHA256SUMS lists every other file"
for line in sums:
    digest, name = line.split("  ", 1)
    assert hashlib.sha256(z.read(f"{top}/{name}")).hexdigest() == digest, f"checksum of {name}"
assert b"application/wasm" in z.read(f"{top}/HOSTING.md")
print(f"{path}: {len(names)} files, checksums match")
PY

echo "== browser tests (Chromium)"
(cd tests/browser && node --test --test-concurrency=1 --test-reporter=spec *.test.mjs)

# Firefox and WebKit need an X display for WebGL 2: Xvfb, a virtual one.
echo "== browser tests (Firefox ESR, WebKitGTK)"
(cd tests/browser && xvfb-run -a node --test --test-concurrency=1 --test-reporter=spec engines/*.test.mjs)

# Orca listening while real key presses walk through an audit, in all three
# engines (tests/screenreader/README.md); what it said is kept in build/speech/.
echo "== screen reader (Orca in Chromium, Firefox ESR, WebKitGTK)"
bash tests/screenreader/run.sh
