/**
 * Reference circuits built from their papers' parameters: Brunel (2000) in four regimes, the
 * Vogels–Abbott CUBA and COBA benchmarks, the Potjans &amp; Diesmann (2014) microcircuit (with a
 * scale parameter), an embedded core network after Litwin-Kumar &amp; Doiron (2012) and a liquid
 * state machine with a decoding task after Maass et al. (2002).
 *
 * <p>{@link org.neurocircuit.examples.ReferenceCircuits} lists them; each entry builds a fresh
 * circuit, and the bundle carries the same circuits as files in {@code circuits/} for the command line
 * and the New-Circuit wizard. A test keeps the files equal to the builders.
 */
package org.neurocircuit.examples;
