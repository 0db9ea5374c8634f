/**
 * The decoder benchmark: a command (not a test) that prints fit and predict times of each built-in
 * decoder on synthetic spike counts of 200 neurons × 100,000 bins.
 */
package org.neurocircuit.decode.bench;
