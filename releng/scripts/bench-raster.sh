#!/usr/bin/env bash
# Redraw time of the spike raster for 10^6 spikes (target: under 100 ms), zoomed out (density
# rendering) and zoomed in (dots): median and minimum over repetitions, on a private Xvfb.
# Usage: releng/scripts/bench-raster.sh [spikes] [repetitions]
# Uses the built jars of org.neurocircuit.ui.views and org.neurocircuit.engine (builds them when
# missing) and the SWT GTK jar of the local Maven repository.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"
nc_find_jdk || exit 1
jar_of() { ls "$NC_ROOT/bundles/$1/target/$1"-*.jar 2>/dev/null | grep -v sources | head -1; }
if [ -z "$(jar_of org.neurocircuit.ui.views)" ] || [ -z "$(jar_of org.neurocircuit.engine)" ]; then
  nc_mvn -q -o package -DskipTests -pl bundles/org.neurocircuit.ui.views -am
fi
swt="$(ls ~/.m2/repository/org/eclipse/platform/org.eclipse.swt.gtk.linux.x86_64/*/org.eclipse.swt.gtk.linux.x86_64-*.jar \
  | grep -v sources | sort -V | tail -1)"
[ -n "$swt" ] || nc_die "no SWT GTK jar in ~/.m2: build the project once (./build test)"
nc_start_xvfb
"$NC_JAVA_HOME/bin/java" -cp "$(jar_of org.neurocircuit.ui.views):$(jar_of org.neurocircuit.engine):$swt" \
  org.neurocircuit.ui.views.raster.RasterBench "${1:-1000000}" "${2:-25}"
