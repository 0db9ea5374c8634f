#!/usr/bin/env bash
# Interleaved benchmark of the built-in engine against Brian2 (cpp_standalone and numpy runtime)
# on CUBA and COBA, as shared/notes/benchmarking.md asks on our noisy machines: rounds of
# (engine, Brian2 standalone, Brian2 runtime), minimum main-loop CPU time per simulated second
# over the rounds, and the ratios. Usage: releng/scripts/bench-vs-brian2.sh [rounds] [N]
# Needs Debian's python3-brian (installed here when missing, as root) and a built engine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
rounds="${1:-3}"
n="${2:-4000}"
nc_ensure_debs python3-brian g++
nc_find_jdk || exit 1
classes="$NC_ROOT/bundles/org.neurocircuit.engine/target/classes:$NC_ROOT/bundles/org.neurocircuit.engine.builtin/target/classes"
if [ ! -d "$NC_ROOT/bundles/org.neurocircuit.engine.builtin/target/classes/org" ]; then
  nc_mvn -q -o compile -pl releng/org.neurocircuit.target,bundles,bundles/org.neurocircuit.model,bundles/org.neurocircuit.engine,bundles/org.neurocircuit.engine.builtin
fi
out="$(mktemp)"
brian="/usr/bin/python3 $NC_ROOT/releng/bench/brian2_vogels_abbott_bench.py"
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds" >&2
  "$NC_JAVA_HOME/bin/java" -Xmx4g -cp "$classes" org.neurocircuit.engine.builtin.bench.EngineBenchmark \
      --n "$n" --reps 3 --warmup 2 --seed "$round" \
    | sed -n 's/^# \([a-z]*\) N=\([0-9]*\): min main-loop CPU \([0-9.]*\) s.*/builtin java \1 \2 \3/p' >>"$out"
  for model in cuba coba; do
    for target in cpp_standalone runtime; do
      $brian "$model" "$target" "$n" "$round" 2>/dev/null | grep '^brian2 ' | cut -d' ' -f2- | sed 's/^/brian2 /' >>"$out" \
        || echo "Brian2 $target $model failed" >&2
    done
  done
done
/usr/bin/python3 - "$out" <<'PY'
import sys, collections
best = collections.defaultdict(lambda: float('inf'))
for line in open(sys.argv[1]):
    who, target, model, n, cpu = line.split()[:5]
    best[(model, target)] = min(best[(model, target)], float(cpu))
print('%-5s %-22s %12s %10s' % ('model', 'simulator', 'cpu_s/sim_s', 'vs builtin'))
for model in ('cuba', 'coba'):
    ours = best[(model, 'java')]
    for target in ('java', 'cpp_standalone', 'runtime'):
        value = best[(model, target)]
        name = 'builtin' if target == 'java' else 'brian2 ' + target
        print('%-5s %-22s %12.4f %9.2fx' % (model, name, value, value / ours))
PY
rm -f "$out"
