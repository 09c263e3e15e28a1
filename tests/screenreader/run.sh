#!/usr/bin/env bash
# The screen-reader test: Orca listens while real key presses walk the page
# through a whole audit, in Chromium, Firefox ESR and WebKitGTK (README.md).
#
#   bash tests/screenreader/run.sh [--soft] [chromium] [firefox] [webkit]
#
# Needs the web build (build/web/dist) and scripts/install-deps.sh's packages.
# Each engine runs in its own virtual display and D-Bus session, so nothing
# touches the real desktop or home folder. What Orca said, step by step, is
# kept in build/speech/ENGINE.log (and Orca's own log beside it). Orca
# sometimes hangs while it starts: that run is tried once more. --soft goes on
# after a failed expectation (to look at what an engine says); the test fails
# either way.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/build/speech"
soft=0
engines=()
for a in "$@"; do
  case "$a" in
    --soft) soft=1 ;;
    chromium|firefox|webkit) engines+=("$a") ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done
((${#engines[@]})) || engines=(chromium firefox webkit)
[[ -f "$root/build/web/dist/index.html" ]] || { echo "build the page first (cmake --build --preset web)" >&2; exit 2; }
mkdir -p "$out"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
WA_SERVE_QUIET=1 python3 "$root/serve.py" --no-build --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.2; done

# One engine in a fresh desktop session: its own home, runtime and config
# folders (services D-Bus starts inherit them), a virtual screen, a D-Bus session.
run_engine() {
  local engine="$1" work
  work="$(mktemp -d "${TMPDIR:-/tmp}/wa-screenreader-$engine.XXXXXX")"
  mkdir -p "$work"/{home,runtime,config,data,cache,tmp}
  chmod 700 "$work/runtime"
  (
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" \
      XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" TMPDIR="$work/tmp" GSETTINGS_BACKEND=memory \
      WA_SR_SOFT="$soft"
    timeout 900 xvfb-run -a -s "-screen 0 1280x1024x24" \
      dbus-run-session -- bash "$here/session.sh" "$engine" "http://127.0.0.1:$port/" "$work" "$out" \
      >"$work/session.out" 2>&1
  )
  local status=$?
  cp "$work/session.out" "$out/$engine-session.out" 2>/dev/null
  rm -rf "$work"
  return "$status"
}

failed=()
for engine in "${engines[@]}"; do
  start=$SECONDS
  run_engine "$engine"; status=$?
  if ((status == 75)); then
    echo "[screenreader] $engine: Orca did not start; trying once more"
    run_engine "$engine"; status=$?
  fi
  echo "[screenreader] $engine: $( ((status == 0)) && echo passed || echo "FAILED (status $status)") in $((SECONDS - start)) s; what Orca said: build/speech/$engine.log"
  ((status == 0)) || { failed+=("$engine"); tail -n 25 "$out/$engine.log" 2>/dev/null; }
done
((${#failed[@]} == 0)) || { echo "[screenreader] failed: ${failed[*]}"; exit 1; }
