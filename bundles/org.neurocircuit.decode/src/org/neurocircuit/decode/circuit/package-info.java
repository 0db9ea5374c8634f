/**
 * The decoding tasks of a circuit file, made ready to decode a run of that circuit:
 * {@link org.neurocircuit.decode.circuit.CircuitTasks} reads the run's copy of its circuit, picks
 * tasks by name (an unknown name lists the known ones), and maps recorders to run channels and
 * targets to series.
 */
package org.neurocircuit.decode.circuit;
