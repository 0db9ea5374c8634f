#!/usr/bin/env bash
# Smoke test of the materialized product, as a user starts it: launch the workbench on a fresh
# workspace (needs DISPLAY; ./build test provides Xvfb), wait for its window, take a screenshot,
# quit through File > Exit, and require a clean exit and no error in the workspace log; then run
# the COBA example headless through the product's CLI and read the run folder back.
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
echo "Smoke test: the workbench started, showed its window and quit cleanly."

# Headless, as a batch user runs it: simulate the COBA example from the product's CLI and read
# the run folder back with 'stats'.
circuit="$out/cli/vogels_abbott_coba.circuit"
mkdir -p "$out/cli"
cp "$NC_ROOT/bundles/org.neurocircuit.examples/circuits/vogels_abbott_coba.circuit" "$circuit"
"$product/neurocircuit" cli validate "$circuit" >"$out/cli/validate.txt" 2>&1 \
  || { cat "$out/cli/validate.txt"; nc_die "cli validate rejected the COBA example"; }
"$product/neurocircuit" cli simulate "$circuit" --duration 300 --seed 7 >"$out/cli/simulate.txt" 2>"$out/cli/simulate.err" \
  || { cat "$out/cli/simulate.txt" "$out/cli/simulate.err"; nc_die "cli simulate failed on the COBA example"; }
run_folder="$(head -n1 "$out/cli/simulate.txt")"
[ -f "$run_folder/run.json" ] || { cat "$out/cli/simulate.txt"; nc_die "cli simulate printed no run folder with a run.json"; }
grep -q '"completion" *: *"complete"' "$run_folder/run.json" || { cat "$run_folder/run.json"; nc_die "the CLI run is not marked complete"; }
"$product/neurocircuit" cli stats "$run_folder" >"$out/cli/stats.txt" 2>&1 \
  || { cat "$out/cli/stats.txt"; nc_die "cli stats could not read $run_folder"; }
grep -q "spikes_network_E" "$out/cli/stats.txt" || { cat "$out/cli/stats.txt"; nc_die "cli stats shows no statistics of population E"; }
echo "Smoke test: the CLI simulated the COBA example into $run_folder and read it back:"
cat "$out/cli/stats.txt"
echo "Smoke test passed."
