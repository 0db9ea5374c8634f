/**
 * Tests of cross-validation (exact fold indices, trimming, never shuffled), metrics against
 * hand-computed values, and the messages for bad input.
 */
package org.neurocircuit.decode.eval;
