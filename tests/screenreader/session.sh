#!/usr/bin/env bash
# One engine's screen-reader run, inside a private X display and D-Bus session
# (run.sh starts it as: xvfb-run ... dbus-run-session -- bash session.sh ...).
# Turns the accessibility bus on, gives speech-dispatcher a silent module, then
# hands over to the Python driver, which starts the browser and Orca.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# The accessibility bus (at-spi-bus-launcher starts on this call), switched on
# for every toolkit as a running screen reader would.
dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
for prop in IsEnabled ScreenReaderEnabled; do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status string:"$prop" variant:boolean:true >/dev/null
done
export GNOME_ACCESSIBILITY=1 NO_AT_BRIDGE=0 GDK_BACKEND=x11

# speech-dispatcher with its dummy module only, playing into libao's null
# driver: no sound device is needed (without one, the module's audio set-up
# fails and speech-dispatcher refuses to start). Orca logs every utterance it
# sends (SPEECH OUTPUT in its debug file): that is what the tests read.
mkdir -p "$XDG_CONFIG_HOME/speech-dispatcher" "$XDG_CACHE_HOME/speech-dispatcher/log"
cat >"$XDG_CONFIG_HOME/speech-dispatcher/speechd.conf" <<CONF
LogLevel 2
LogDir "$XDG_CACHE_HOME/speech-dispatcher/log"
AudioOutputMethod "libao"
AddModule "dummy" "sd_dummy" ""
DefaultModule dummy
CONF
echo "default_driver=null" >"$HOME/.libao"

# Debian's Python: pyatspi and Orca's own modules live there.
/usr/bin/python3 "${WA_SR_SCRIPT:-$here/driver.py}" "$@"
status=$?
# speech-dispatcher was started by Orca, outside D-Bus: it would outlive the session.
pidfile="$XDG_RUNTIME_DIR/speech-dispatcher/pid/speech-dispatcher.pid"
[[ -f "$pidfile" ]] && kill "$(cat "$pidfile")" 2>/dev/null
exit "$status"
