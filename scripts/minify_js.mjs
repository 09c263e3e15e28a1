// Minifies the page's scripts in place, for a smaller first load (issue 12):
// comments, spaces and local names go; property names, globals and behaviour
// stay (no "unsafe" compressions; top-level names only in Emscripten's glue). Uses Debian's
// node-terser (scripts/install-deps.sh). Called by scripts/make_pages.py:
//
//   NODE_PATH=/usr/share/nodejs node scripts/minify_js.mjs FILE.js [FILE.js ...]
//
// The sources in web/ stay as they are, comments and all: only the copies in
// dist/ (and the scripts inlined into the offline file) are minified.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { minify } = require('terser');

const OPTIONS = { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } };
// Emscripten's glue (welcome-audit*.js) is one closed world: the page reaches
// it only through `Module` and its properties (Module._wa_*, Module.HEAPU8,
// Module.UTF8ToString), and the wasm finds its imports by string keys. So its
// top-level names may be shortened too, and its unused ones dropped: 6 KB less
// gzip on the first load (issue 25, 26). The other scripts share their
// top-level names (WA_GLUE, WA_STORE, WA_MIRROR), so theirs stay.
const GLUE = { ecma: 2020, toplevel: true, compress: { passes: 3 }, mangle: { reserved: ['Module'] }, format: { comments: false } };

for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  const out = await minify(code, /(^|\/)welcome-audit[^/]*\.js$/.test(file) ? GLUE : OPTIONS);
  if (typeof out.code !== 'string' || out.code.length === 0) throw new Error(`terser gave nothing for ${file}`);
  writeFileSync(file, out.code);
}
