#!/usr/bin/env bash
# ./build cli ARGS...: runs the headless command line of the materialized product
# (neurocircuit cli ARGS), e.g. ./build cli simulate path/to/circuit.circuit.
# Builds nothing: run ./build start or ./build test first. The exit code is the command's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

product="$(nc_product_dir)"
exec "$product/neurocircuit" cli "$@"
