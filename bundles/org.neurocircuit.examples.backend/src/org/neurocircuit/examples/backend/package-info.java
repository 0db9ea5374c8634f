/**
 * A small, complete simulation backend contributed through the extension point
 * {@code org.neurocircuit.engine.backends}: the template a third party copies to add a
 * simulator. It implements the whole SPI (provider, session lifecycle, memory estimate,
 * recording, progress and cancellation) for a deliberately small subset of the network
 * description, and names everything else in {@code supports()}, so the workbench and the
 * command line refuse such circuits with a clear list instead of failing mid-run.
 *
 * <p>Supported: current-based LIF neurons and Poisson sources; all-to-all, one-to-one and
 * fixed-probability projections with constant weights and delays onto exponential current
 * receptors; Poisson and DC stimuli; spike and population-rate recorders. The LIF equation is
 * integrated with forward Euler (error O(dt)), which is why the built-in engine (exact
 * integration) stays the default.
 */
package org.neurocircuit.examples.backend;
