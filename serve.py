#!/usr/bin/env python3
"""Builds Welcome Audit (whatever is missing) and serves it at http://127.0.0.1:8000/.

    python3 serve.py                 install dependencies, build, serve
    python3 serve.py --port 8080     another port
    python3 serve.py --host 0.0.0.0  reachable from other machines on your network
    python3 serve.py --no-build      serve what is already built

Python standard library only. The served folder (build/web/dist) is the whole
app: copy it to any static web server to host it.
"""
import argparse
import functools
import http.server
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent
DIST = ROOT / "build" / "web" / "dist"


def run(cmd, **kw):
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True, **kw)


def build():
    run(["bash", "scripts/install-deps.sh"])
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    if not (ROOT / "build" / "web" / "CMakeCache.txt").exists():
        run(["cmake", "--preset", "web"], env=env)
    run(["cmake", "--build", "--preset", "web"], env=env)


class Handler(http.server.SimpleHTTPRequestHandler):
    # Correct types matter: browsers compile .wasm as it streams only with application/wasm.
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".json": "application/json; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".csv": "text/csv; charset=utf-8",
    }

    def end_headers(self):
        # A fresh build must show at once; hosts set their own caching.
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("WA_SERVE_QUIET"):
            return
        super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--no-build", action="store_true", help="serve the existing build")
    ap.add_argument("--dir", type=pathlib.Path, default=DIST, help="folder to serve")
    args = ap.parse_args()
    if not args.no_build:
        try:
            build()
        except subprocess.CalledProcessError as e:
            sys.exit(f"Build failed (exit {e.returncode}). See the messages above.")
    if not (args.dir / "index.html").exists():
        sys.exit(f"Nothing to serve: {args.dir / 'index.html'} is missing. Run without --no-build.")
    handler = functools.partial(Handler, directory=str(args.dir))
    httpd = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    host = "127.0.0.1" if args.host in ("", "0.0.0.0") else args.host
    port = httpd.server_address[1]  # the real one when --port 0 asks for any free port
    print(f"Welcome Audit is running at http://{host}:{port}/", flush=True)
    print(f"Offline single file: {args.dir / 'welcome-audit-offline.html'}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
