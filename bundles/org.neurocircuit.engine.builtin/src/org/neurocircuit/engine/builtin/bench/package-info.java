/**
 * Benchmark networks and the benchmark command of the built-in engine (a main class, not a
 * test): COBA and CUBA of Brette et al. 2007, built through the network description API.
 */
package org.neurocircuit.engine.builtin.bench;
