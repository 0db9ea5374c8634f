/**
 * Lowering: turns an EMF {@code Circuit} once into the flat, EMF-free
 * {@link org.neurocircuit.engine.network.NetworkDescription} that every backend consumes, so that no
 * backend walks EMF. Populations are numbered in {@code Circuit.allPopulations()} order; units stay
 * as the metamodel fixes them (mV, ms, nS, pA, pF, Hz, µm). Everything the description cannot
 * express is reported at once, each problem naming its element, instead of being dropped.
 */
package org.neurocircuit.engine.lowering;
