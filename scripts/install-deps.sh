#!/usr/bin/env bash
# Installs everything Welcome Audit needs on Debian 12 (bookworm), as root.
# Idempotent: each step checks whether its result is already there, so a second
# run takes seconds. Slow results (the SDL2 wasm build) are cached outside the
# work tree in $WA_CACHE so that fresh clones and CI reuse them.
#
# Only Debian's archive and the npm registry are used. Nothing third-party is
# written into the repository: sources are unpacked under $WA_CACHE.
set -euo pipefail

WA_CACHE="${WA_CACHE:-/var/cache/welcome-audit}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMGUI_VERSION="1.90.1"
SDL_VERSION="2.26.5"
export DEBIAN_FRONTEND=noninteractive
export NODE_PATH=/usr/share/nodejs

say() { printf '[install-deps] %s\n' "$*"; }

# --- 1. Debian binary packages -------------------------------------------------
# clang-14 and libclang-rt-14-dev: the libFuzzer targets in fuzz/ (emscripten
# already depends on clang-14; the runtime library holds libFuzzer and the sanitizers).
# node-terser: minifies the page's scripts in dist/ (scripts/minify_js.mjs).
# poppler-utils: pdftotext, which reads the printed report's PDF back in a browser test.
# fonts-wqy-microhei: a Chinese, Japanese and Korean font, so the browser tests (and their
# screenshots) show text the app's own font lacks, which the page then draws, as it is
# on a librarian's computer rather than as empty boxes.
# orca ... gir1.2-webkit2-4.1: the screen-reader test (tests/screenreader/): Orca over
# AT-SPI, a private D-Bus session, speech-dispatcher (its dummy module: no sound
# device), xdotool for real key presses, pyatspi to check the accessibility tree.
PACKAGES=(emscripten cmake make g++ dpkg-dev nlohmann-json3-dev doctest-dev
          clang-14 libclang-rt-14-dev
          chromium fonts-dejavu-core fonts-noto-core nodejs npm node-terser python3 python3-fonttools xz-utils
          firefox-esr webkit2gtk-driver xvfb xauth
          poppler-utils fonts-wqy-microhei
          orca python3-pyatspi gir1.2-atspi-2.0 dbus-x11 speech-dispatcher python3-gi xdotool gir1.2-webkit2-4.1)
missing=()
for p in "${PACKAGES[@]}"; do
  # node/npm may come from elsewhere on the image; only install what is absent.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
    python3) command -v python3 >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 2. Source packages: Dear ImGui (trixie) and SDL2 (bookworm) ---------------
SRC_LIST=/etc/apt/sources.list.d/welcome-audit-src.sources
mkdir -p "$WA_CACHE/src"
imgui_dir="$WA_CACHE/src/imgui"
sdl_dir="$WA_CACHE/src/sdl2"
if [[ ! -f "$imgui_dir/imgui.cpp" || ! -f "$sdl_dir/CMakeLists.txt" ]]; then
  if [[ ! -f "$SRC_LIST" ]]; then
    say "adding deb-src entries (bookworm, trixie) for apt-get source"
    cat >"$SRC_LIST" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  apt-get update -qq
  tmp="$(mktemp -d "$WA_CACHE/src/tmp.XXXX")"
  if [[ ! -f "$imgui_dir/imgui.cpp" ]]; then
    say "fetching Dear ImGui $IMGUI_VERSION source"
    (cd "$tmp" && { apt-get source -qq "imgui=${IMGUI_VERSION}+ds-1" || apt-get source -qq imgui/trixie; } ) 2>&1 | grep -v "_apt" || true
    d="$(find "$tmp" -maxdepth 1 -type d -name 'imgui-*' | head -n1)"
    [[ -n "$d" && -f "$d/imgui.cpp" ]] || { say "ERROR: imgui source not found"; exit 1; }
    rm -rf "$imgui_dir"; mv "$d" "$imgui_dir"
  fi
  if [[ ! -f "$sdl_dir/CMakeLists.txt" ]]; then
    say "fetching SDL2 $SDL_VERSION source"
    (cd "$tmp" && { apt-get source -qq "libsdl2=${SDL_VERSION}+dfsg-1" || apt-get source -qq libsdl2/bookworm; } ) 2>&1 | grep -v "_apt" || true
    d="$(find "$tmp" -maxdepth 1 -type d -name 'libsdl2-*' | head -n1)"
    [[ -n "$d" && -f "$d/CMakeLists.txt" ]] || { say "ERROR: SDL2 source not found"; exit 1; }
    rm -rf "$sdl_dir"; mv "$d" "$sdl_dir"
  fi
  rm -rf "$tmp"
fi

# --- 3. SDL2 built for wasm (slow: minutes), cached -----------------------------
# Lean (issue 12): the app uses SDL for its window, WebGL context, input and
# timers only. SDL_LEAN_AND_MEAN drops the software blitters, RLE and the
# software renderer (200 KB of wasm the app never runs: SDL_video references
# them, so the linker cannot), and the subsystems the app does not use are off.
sdl_prefix="$WA_CACHE/sdl2-wasm-lean"
if [[ ! -f "$sdl_prefix/lib/libSDL2.a" ]]; then
  say "building SDL2 for WebAssembly (takes about 5 minutes, once)"
  b="$WA_CACHE/sdl2-lean-build"
  rm -rf "$b"; mkdir -p "$b"
  (cd "$b" && emcmake cmake "$sdl_dir" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
      -DCMAKE_C_FLAGS="-DSDL_LEAN_AND_MEAN=1" -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_HAPTIC=OFF \
      -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_LOCALE=OFF -DSDL_DUMMYVIDEO=OFF \
      -DSDL_OFFSCREEN=OFF -DSDL_DISKAUDIO=OFF -DSDL_DUMMYAUDIO=OFF \
      -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$sdl_prefix" >cmake.log 2>&1 \
   && emmake make -j"$(nproc)" >make.log 2>&1 && make install >install.log 2>&1) \
   || { say "ERROR: SDL2 wasm build failed; logs in $b"; exit 1; }
  rm -rf "$b"
fi

# --- 4. Header-only libraries, isolated for em++ ---------------------------------
# em++ must never see /usr/include as a whole (host libc headers would win), so
# the two header-only libraries get a folder of their own.
hdr="$WA_CACHE/include"
if [[ ! -f "$hdr/nlohmann/json.hpp" || ! -f "$hdr/doctest/doctest.h" ]]; then
  mkdir -p "$hdr"
  rm -rf "$hdr/nlohmann" "$hdr/doctest"
  cp -r /usr/include/nlohmann "$hdr/nlohmann"
  cp -r /usr/include/doctest "$hdr/doctest"
fi

# --- 5. npm packages for the browser tests (pinned by package-lock.json) -------
if [[ -f "$ROOT/tests/browser/package-lock.json" ]]; then
  lock_sum="$(sha256sum "$ROOT/tests/browser/package-lock.json" | cut -c1-16)"
  if [[ ! -f "$ROOT/tests/browser/node_modules/.wa-$lock_sum" ]]; then
    say "installing npm test packages"
    (cd "$ROOT/tests/browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$ROOT/tests/browser/node_modules/.wa-$lock_sum"
  fi
fi

say "ready (cache: $WA_CACHE)"
