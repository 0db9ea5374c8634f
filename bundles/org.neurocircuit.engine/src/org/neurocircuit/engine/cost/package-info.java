/**
 * What a circuit costs before it is built: neurons, expected synapses per projection and in
 * total, and a memory estimate. Works on incomplete or invalid circuits, naming what it could
 * not count, so that an editor can show the figures live while the user draws.
 */
package org.neurocircuit.engine.cost;
