/**
 * The flat, EMF-free description of a network that every simulation backend consumes.
 *
 * <p>The circuit model is lowered once into these immutable records: populations with their
 * neuron model and initial state, projections with connection rule, weight, delay, receptor and
 * plasticity, stimuli, recorders, and the run settings. Nothing here knows about files, EMF or
 * a particular backend.
 *
 * <p><b>Units are fixed</b>, as in NEST: membrane potential mV, time ms, conductance nS,
 * current pA, capacitance pF, rate Hz, distance µm. Every record component documents its unit.
 * Every element carries its user-visible name so that messages can name it.
 *
 * <p>Use {@link org.neurocircuit.engine.network.NetworkBuilder} to assemble a description; it
 * runs {@link org.neurocircuit.engine.network.NetworkValidator} and rejects nonsense with
 * messages that name the element and say how to fix it.
 */
package org.neurocircuit.engine.network;
