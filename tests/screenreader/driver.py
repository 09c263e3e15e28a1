"""The screen-reader journey in one engine: Orca listens, xdotool presses keys.

    driver.py ENGINE URL WORKDIR OUTDIR

Started by session.sh inside a private X display and D-Bus session. Writes
OUTDIR/ENGINE.log (what Orca said at each step, and what was expected) and
OUTDIR/ENGINE-orca-debug.log (Orca's own log). Exit status: 0 every step
heard as expected, 1 an expectation failed, 75 Orca did not start (run.sh
tries once more).
"""
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import journey  # noqa: E402
import sr  # noqa: E402


def main():
    engine, url, work, out = sys.argv[1:5]
    journey.SOFT = os.environ.get("WA_SR_SOFT") == "1"
    os.makedirs(out, exist_ok=True)
    orca_log = os.path.join(work, "orca-debug.log")
    transcript = journey.Transcript(engine, os.path.join(out, engine + ".log"))
    s = sr.Session(engine, url, work, orca_log)
    status = 0
    try:
        s.start_orca()
        s.start_browser()
        journey.run(s, transcript)
        journey.browse(s, transcript)
    except sr.OrcaFailed as e:
        transcript.note("Orca did not start: %s" % e)
        status = 75
    except journey.Unheard as e:
        transcript.note("FAILED: %s" % e)
        status = 1
    except Exception:
        transcript.note("ERROR:\n" + traceback.format_exc())
        status = 1
    finally:
        s.stop()
        sr.copy_log(orca_log, os.path.join(out, engine + "-orca-debug.log"))
        if status == 0 and transcript.failures:
            status = 1
        transcript.close(status)
    return status


if __name__ == "__main__":
    sys.exit(main())
