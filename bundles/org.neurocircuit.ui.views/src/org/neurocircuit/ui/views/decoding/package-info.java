/**
 * The Decoding view: a run's decoding tasks and stored decodings, decoding in a job, and the
 * selected decoding's prediction, fold scores, confusion matrix and per-neuron weights.
 */
package org.neurocircuit.ui.views.decoding;
