#!/usr/bin/env bash
# Smoke test of the materialized product, as a user starts it: launch the workbench on a fresh
# workspace (needs DISPLAY; ./build test provides Xvfb), wait for its window, take a screenshot,
# quit through File > Exit, and require a clean exit and no error in the workspace log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[ -n "${DISPLAY:-}" ] || nc_die "smoke test needs a display: run it through ./build test (which starts Xvfb)"
product="$(nc_product_dir)"
out="$NC_ROOT/releng/org.neurocircuit.product/target/smoke"
rm -rf "$out"; mkdir -p "$out"
workspace="$out/workspace"

echo "Smoke test: starting $product/neurocircuit on $DISPLAY"
"$product/neurocircuit" -data "$workspace" -consoleLog >"$out/console.log" 2>&1 &
pid=$!

window=""
for _ in $(seq 1 180); do
  kill -0 "$pid" 2>/dev/null || { cat "$out/console.log"; nc_die "the workbench exited before its window opened (log above)"; }
  window="$(xdotool search --onlyvisible --name '^NeuroCircuit Workbench' 2>/dev/null | head -n1 || true)"
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { kill "$pid"; cat "$out/console.log"; nc_die "no NeuroCircuit Workbench window after 180 s"; }
echo "Smoke test: window $window is up: $(xdotool getwindowname "$window")"
sleep 3  # let the views finish painting before the picture
import -window root "$out/workbench.png"
echo "Smoke test: screenshot $out/workbench.png"

# Quit as a keyboard user does: File > Exit by mnemonics. Without a window manager X focus
# follows the pointer, so the pointer goes over the window first.
xdotool mousemove --window "$window" 600 300
sleep 0.5
xdotool key --clearmodifiers alt+f
sleep 1
xdotool key x
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"; cat "$out/console.log"; nc_die "the workbench did not quit within 60 s of File > Exit"
fi
status=0; wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat "$out/console.log"; nc_die "the workbench exited with status $status"; }

log="$workspace/.metadata/.log"
if [ -f "$log" ] && grep -q '^!ENTRY .* 4 ' "$log"; then
  cat "$log"; nc_die "the workbench logged errors (above, from $log)"
fi
echo "Smoke test passed: the workbench started, showed its window and quit cleanly."
