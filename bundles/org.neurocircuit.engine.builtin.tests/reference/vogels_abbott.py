#!/usr/bin/python3
"""Reference statistics of the Vogels-Abbott benchmarks (Brette et al. 2007, benchmarks 1 and 2)
from Brian2, for the built-in engine's correctness tests.

The circuits are the ones our examples define (org.neurocircuit.examples: CUBA and COBA):
4000 LIF neurons (3200 E, 800 I), connection probability 0.02 (in-degree about 80; Brian2's
connect(p=...) allows autapses, so the example circuits allow them too), refractory 5 ms, V_th -50 mV, V_reset -60 mV, tau_m 20 ms, dt 0.1 ms, 1 s.
- CUBA: E_L -49 mV, exponential currents tau_e 5 ms / tau_i 10 ms, jumps +1.62 mV / -9 mV of the
  current variable in voltage units (= 16.2 pA / -90 pA for g_L = 10 nS). Initial V uniform in
  [V_reset, V_th].
- COBA: E_L -60 mV, E_e 0 mV, E_i -80 mV, conductance jumps 0.6 / 6.7 in units of g_L
  (6 nS / 67 nS for g_L = 10 nS); initial V uniform in [V_reset, V_th], initial g_e normal
  (4, 1.5) g_L and g_i normal (20, 12) g_L (Brian's benchmark), no external drive.

Statistics over all 4000 neurons, per seed, then mean and standard deviation over seeds:
  rate_hz        mean firing rate (spikes / neuron / s)
  cv_isi         mean over neurons with at least 3 spikes of std(ISI)/mean(ISI)
  fraction_silent fraction of neurons without a spike
Usage: /usr/bin/python3 vogels_abbott.py [seeds] > vogels_abbott.json   (Debian python3-brian 2.5.1)
It also writes vogels_abbott_summary.csv (model,statistic,mean,sd) beside itself, which the
engine's tests read.
"""
import json
import os
import sys

import numpy as np
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, prefs, seed as brian_seed,
                    ms, mV, second)
import brian2

N, N_E, P_CONNECT, DURATION = 4000, 3200, 0.02, 1.0


def cuba():
    eqs = '''dv/dt = (ge + gi - (v - El)) / taum : volt (unless refractory)
             dge/dt = -ge / taue : volt
             dgi/dt = -gi / taui : volt'''
    ns = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, El=-49 * mV)
    group = NeuronGroup(N, eqs, threshold='v > -50*mV', reset='v = -60*mV', refractory=5 * ms,
                        method='exact', namespace=ns)
    group.v = '-60*mV + rand() * 10*mV'
    exc = Synapses(group[:N_E], group, on_pre='ge += 1.62*mV')
    inh = Synapses(group[N_E:], group, on_pre='gi -= 9*mV')
    return group, exc, inh


def coba():
    eqs = '''dv/dt = (ge * (Ee - v) + gi * (Ei - v) - (v - El)) / taum : volt (unless refractory)
             dge/dt = -ge / taue : 1
             dgi/dt = -gi / taui : 1'''
    ns = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, El=-60 * mV, Ee=0 * mV, Ei=-80 * mV)
    group = NeuronGroup(N, eqs, threshold='v > -50*mV', reset='v = -60*mV', refractory=5 * ms,
                        method='euler', namespace=ns)
    group.v = '-60*mV + rand() * 10*mV'
    group.ge = 'randn() * 1.5 + 4'
    group.gi = 'randn() * 12 + 20'
    exc = Synapses(group[:N_E], group, on_pre='ge += 0.6')
    inh = Synapses(group[N_E:], group, on_pre='gi += 6.7')
    return group, exc, inh


def statistics(monitor):
    trains = monitor.spike_trains()
    counts = np.array([len(trains[i]) for i in range(N)])
    cvs = []
    for i in range(N):
        if counts[i] >= 3:
            isi = np.diff(np.asarray(trains[i] / ms))
            cvs.append(isi.std() / isi.mean())
    return dict(rate_hz=float(counts.sum() / N / DURATION), cv_isi=float(np.mean(cvs)),
                fraction_silent=float(np.mean(counts == 0)), spikes=int(counts.sum()))


def run(build, seed):
    brian_seed(seed)
    defaultclock.dt = 0.1 * ms
    group, exc, inh = build()
    exc.connect(p=P_CONNECT)
    inh.connect(p=P_CONNECT)
    monitor = SpikeMonitor(group)
    net = Network(group, exc, inh, monitor)
    net.run(DURATION * second)
    return statistics(monitor)


def main():
    prefs.codegen.target = 'numpy'
    seeds = range(1, 1 + (int(sys.argv[1]) if len(sys.argv) > 1 else 5))
    out = dict(source='Brian2 %s, numpy target, dt 0.1 ms, %g s, N %d, p %g, autapses allowed'
               % (brian2.__version__, DURATION, N, P_CONNECT), models={})
    for name, build in (('CUBA', cuba), ('COBA', coba)):
        per_seed = [run(build, seed) for seed in seeds]
        summary = {key: dict(mean=float(np.mean([s[key] for s in per_seed])),
                             sd=float(np.std([s[key] for s in per_seed], ddof=1)))
                   for key in ('rate_hz', 'cv_isi', 'fraction_silent')}
        out['models'][name] = dict(seeds=list(seeds), per_seed=per_seed, summary=summary)
        print(name, summary, file=sys.stderr)
    json.dump(out, sys.stdout, indent=1)
    print()
    write_summary(out, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'vogels_abbott_summary.csv'))


def write_summary(out, path):
    with open(path, 'w') as csv:
        csv.write('model,statistic,mean,sd\n')
        for model, result in out['models'].items():
            for statistic, value in result['summary'].items():
                csv.write('%s,%s,%.6g,%.6g\n' % (model, statistic, value['mean'], value['sd']))


if __name__ == '__main__':
    main()
