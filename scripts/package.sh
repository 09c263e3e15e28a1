#!/usr/bin/env bash
# Makes the release a consortium can host without building:
#   build/welcome-audit-VERSION.zip
#     welcome-audit-VERSION/dist/                        the folder to copy to a web server
#     welcome-audit-VERSION/welcome-audit-offline.html   the one-file app, for use without a server
#     welcome-audit-VERSION/HOSTING.md                   where to copy it, the MIME type, config.json, updating
#     welcome-audit-VERSION/SHA256SUMS                   a checksum of every other file (sha256sum -c)
# Builds the web app first if it is not built. Python's zipfile, no other tool.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=/usr/share/nodejs

if [[ ! -f build/web/dist/welcome-audit.wasm ]]; then
  [[ -f build/web/CMakeCache.txt ]] || cmake --preset web
  cmake --build --preset web
fi
version="$(sed -n 's/^project(WelcomeAudit VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
rm -f build/welcome-audit-*.zip
python3 - "$version" <<'PY'
import hashlib, pathlib, sys, zipfile
version = sys.argv[1]
top = f"welcome-audit-{version}"
dist = pathlib.Path("build/web/dist")
files = {f"{top}/dist/{p.relative_to(dist).as_posix()}": p.read_bytes()
         for p in sorted(dist.rglob("*")) if p.is_file()}
files[f"{top}/welcome-audit-offline.html"] = (dist / "welcome-audit-offline.html").read_bytes()
files[f"{top}/HOSTING.md"] = pathlib.Path("docs/hosting.md").read_bytes()
sums = "".join(f"{hashlib.sha256(data).hexdigest()}  {name[len(top) + 1:]}\n" for name, data in sorted(files.items()))
files[f"{top}/SHA256SUMS"] = sums.encode()
out = pathlib.Path(f"build/{top}.zip")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name, data in sorted(files.items()):
        z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
print(f"{out} ({out.stat().st_size // 1024} KB, {len(files)} files)")
PY
