/**
 * Internals of the built-in engine: the compiler from the network description to flat
 * primitive arrays (CSR synapse blocks, receptor ring buffers, structure-of-arrays neuron
 * state), the per-model update kernels, plasticity, stimuli, recording and the phased,
 * multithreaded step loop.
 *
 * <p><b>Time and phases.</b> Step {@code n} integrates from {@code n dt} to {@code (n+1) dt}.
 * Each step runs, in order: (A) per neuron range, in parallel: stimuli, neuron update and
 * threshold, presynaptic bookkeeping (short-term plasticity, spike history); (B) per target
 * range, in parallel: STDP potentiation for the new postsynaptic spikes, delivery of the new
 * spikes into the receptor ring buffers, plastic arrivals, and (thread 0) recording. A spike of
 * step {@code n} carries the time {@code (n+1) dt}; with a delay of {@code d} steps it enters
 * the receptor state at the end of step {@code n+d} (as in NEST), so its effect on the membrane
 * begins {@code d dt} after the spike; a delta receptor's ring row is added to V at that moment,
 * before the threshold test, so a jump can fire its target in step {@code n+d} itself.
 *
 * <p><b>Determinism.</b> Every random stream is keyed by (seed, purpose, element, neuron)
 * rather than by thread; neuron ranges and target blocks are contiguous and ascending, so the
 * spike order and the order of every floating-point sum into a ring buffer cell are the same
 * for any number of threads, and runs are bit-identical.
 */
package org.neurocircuit.engine.builtin.internal;
