#!/bin/bash
# Builds the Dear ImGui demo (imgui_demo.cpp) for the web at -Oz with SDL2, from
# the same ImGui sources and SDL2 build the app uses (scripts/install-deps.sh puts
# them in /var/cache/welcome-audit), into build/peers/imgui-demo/ (index.html,
# demo.js, demo.wasm). Idempotent: nothing is rebuilt when demo.wasm is newer
# than this script. Usage: bash bench/peers/build_imgui_demo.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${WA_CACHE:-/var/cache/welcome-audit}"
IMGUI="$CACHE/src/imgui"
SDL="$CACHE/sdl2-wasm-lean"
OUT="$ROOT/build/peers/imgui-demo"
HERE="$ROOT/bench/peers/imgui_demo"
[ -f "$IMGUI/imgui_demo.cpp" ] || { echo "no ImGui sources in $IMGUI: run scripts/install-deps.sh" >&2; exit 1; }
[ -f "$SDL/lib/libSDL2.a" ] || { echo "no SDL2 for wasm in $SDL: run scripts/install-deps.sh" >&2; exit 1; }
mkdir -p "$OUT/obj"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
if [ "$OUT/demo.wasm" -nt "$0" ] && [ "$OUT/demo.wasm" -nt "$HERE/main.cpp" ]; then
  cp "$HERE/index.html" "$OUT/"; echo "$OUT is up to date"; exit 0
fi
FLAGS=(-Oz -fno-exceptions -DIMGUI_IMPL_OPENGL_ES3 -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$SDL/include/SDL2" -I"$IMGUI" -I"$IMGUI/backends")
objs=()
for src in "$HERE/main.cpp" "$IMGUI"/imgui.cpp "$IMGUI"/imgui_demo.cpp "$IMGUI"/imgui_draw.cpp "$IMGUI"/imgui_tables.cpp \
           "$IMGUI"/imgui_widgets.cpp "$IMGUI"/backends/imgui_impl_sdl2.cpp "$IMGUI"/backends/imgui_impl_opengl3.cpp; do
  o="$OUT/obj/$(basename "$src" .cpp).o"
  [ "$o" -nt "$src" ] || em++ "${FLAGS[@]}" -c "$src" -o "$o"
  objs+=("$o")
done
em++ -Oz "${objs[@]}" "$SDL/lib/libSDL2.a" -o "$OUT/demo.js" \
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1 -sNO_FILESYSTEM=1 \
  -sDISABLE_EXCEPTION_CATCHING=1 -sENVIRONMENT=web
cp "$HERE/index.html" "$OUT/"
ls -l "$OUT/demo.js" "$OUT/demo.wasm"
