"""Runs Orca with its debug log written a line at a time.

Orca opens the file given by --debug-file with Python's default buffering, so
its last few kilobytes (what was just said) reach the disk only when more
debug output follows. The test reads speech from that file as it happens:
here the file is opened line-buffered, and Orca runs unchanged.
"""
import builtins
import runpy
import sys

_open = builtins.open
_log = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--debug-file=")), None)


def _line_buffered_log(file, mode="r", buffering=-1, *args, **kwargs):
    if file == _log and "w" in mode:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)


builtins.open = _line_buffered_log
sys.argv[0] = "/usr/bin/orca"
runpy.run_path("/usr/bin/orca", run_name="__main__")
