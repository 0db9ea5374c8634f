#!/usr/bin/env bash
# ./build start: installs GTK 3 if missing (as root), builds the product without running tests,
# and starts the workbench. Arguments go to the workbench (e.g. -data ~/my-workspace).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

nc_ensure_debs "${NC_GUI_DEBS[@]}"
nc_mvn clean verify -DskipTests
exec "$(nc_product_dir)/neurocircuit" "$@"
