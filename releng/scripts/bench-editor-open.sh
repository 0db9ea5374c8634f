#!/usr/bin/env bash
# How long the circuit editor takes to open, repaint and scroll the full-scale Potjans-Diesmann
# microcircuit and a generated 500-population circuit (25 regions, 1,500 projections), in the
# real workbench on a private Xvfb: the UI test class EditorOpenBench prints one line per circuit
# (first and median open time, median full repaint, median time per scroll step).
# Usage: releng/scripts/bench-editor-open.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"
nc_start_xvfb
log="$(mktemp)"
if ! nc_mvn verify "$@" -pl releng/org.neurocircuit.target,features/org.neurocircuit.platform.feature,features/org.neurocircuit.feature,bundles/org.neurocircuit.ui.editor.tests -am \
    -Dtest=EditorOpenBench -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false >"$log" 2>&1; then
  tail -40 "$log" >&2
  nc_die "the benchmark build failed (full log: $log)"
fi
grep -E '^(editor-open|auto-layout) ' "$log"
rm -f "$log"
