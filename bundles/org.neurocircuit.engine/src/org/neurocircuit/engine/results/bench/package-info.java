/**
 * A benchmark command of the results store (not a test): prints write and read throughput.
 * Internal; not exported.
 */
package org.neurocircuit.engine.results.bench;
