#!/usr/bin/python3
"""Times Brian2 on the Vogels-Abbott CUBA and COBA benchmarks (the circuits of
bundles/org.neurocircuit.engine.builtin.tests/reference/vogels_abbott.py), for comparison with the
built-in engine. Prints one line per run:
    brian2 <target> <model> <N> <main-loop CPU s per simulated s> <spikes>
cpp_standalone: the main-loop time the compiled binary measures itself (code generation and
compilation excluded); numpy runtime: process CPU time of run() (its code generation is small).
Usage: /usr/bin/python3 brian2_vogels_abbott_bench.py <cuba|coba> <cpp_standalone|runtime> [N] [seed]
"""
import os
import sys
import tempfile
import time

from brian2 import (NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, prefs, seed as brian_seed,
                    set_device, device, ms, mV, second)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bundles',
                                'org.neurocircuit.engine.builtin.tests', 'reference'))
import vogels_abbott  # noqa: E402  the reference circuits, one definition for tests and benchmarks


def main():
    model, target = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 4000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    vogels_abbott.N, vogels_abbott.N_E = n, int(0.8 * n)
    vogels_abbott.P_CONNECT = 80.0 / n  # keep the in-degree at 80 when scaling
    build = vogels_abbott.cuba if model == 'cuba' else vogels_abbott.coba
    if target == 'cpp_standalone':
        folder = os.path.join(tempfile.gettempdir(), 'nc-brian2-bench-%s-%d' % (model, n))
        set_device('cpp_standalone', directory=folder, build_on_run=False)
    else:
        prefs.codegen.target = 'numpy'
    brian_seed(seed)
    defaultclock.dt = 0.1 * ms
    group, exc, inh = build()
    exc.connect(p=vogels_abbott.P_CONNECT)
    inh.connect(p=vogels_abbott.P_CONNECT)
    monitor = SpikeMonitor(group)
    net = Network(group, exc, inh, monitor)
    if target == 'cpp_standalone':
        net.run(1 * second)
        device.build(directory=folder, compile=True, run=True)
        cpu = device._last_run_time
    else:
        start = time.process_time()
        net.run(1 * second)
        cpu = time.process_time() - start
    print('brian2 %s %s %d %.4f %d' % (target, model, n, cpu, monitor.num_spikes))


if __name__ == '__main__':
    main()
