#!/usr/bin/env bash
# ./build test: installs what the tests need (as root), builds everything, runs all tests
# (plain JUnit, UI tests under Xvfb), then the smoke test of the materialized product.
# Extra arguments go to Maven (e.g. -o for offline).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
source "$NC_ROOT/releng/scripts/xvfb.sh"

nc_ensure_debs "${NC_TEST_DEBS[@]}"
nc_start_xvfb
echo "Tests run on display $DISPLAY"
nc_mvn clean verify "$@"
"$NC_ROOT/releng/scripts/smoke-test.sh"
