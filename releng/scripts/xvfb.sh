# Starts a private Xvfb display for tests and exports DISPLAY; stops it on exit. Sourced.
# Keeps an existing DISPLAY only when NC_USE_DISPLAY=1 (to watch tests on a real screen).
nc_start_xvfb() {
  if [ "${NC_USE_DISPLAY:-0}" = "1" ] && [ -n "${DISPLAY:-}" ]; then return 0; fi
  command -v Xvfb >/dev/null 2>&1 || nc_die "Xvfb is missing: apt-get install -y xvfb"
  local n
  for n in $(seq 91 140); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    NC_XVFB_PID=$!
    for _ in $(seq 1 50); do
      [ -e "/tmp/.X11-unix/X$n" ] && break
      sleep 0.1
    done
    if kill -0 "$NC_XVFB_PID" 2>/dev/null && [ -e "/tmp/.X11-unix/X$n" ]; then
      export DISPLAY=":$n"
      trap 'kill "$NC_XVFB_PID" 2>/dev/null || true' EXIT
      return 0
    fi
  done
  nc_die "could not start Xvfb on any display :91..:140"
}
