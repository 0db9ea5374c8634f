/**
 * Tests of the built-in decoders against independent computations: ridge, logistic regression and LDA
 * against scikit-learn's outputs on committed data; the Kalman filter on a simulated linear-Gaussian
 * system and against the textbook gain-form recursion; Poisson naive Bayes on simulated tuning curves.
 */
package org.neurocircuit.decode.decoders;
