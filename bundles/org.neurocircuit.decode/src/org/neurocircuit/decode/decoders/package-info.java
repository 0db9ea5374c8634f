/**
 * The built-in decoders, each a provider (contributed in plugin.xml) and its decoder:
 * {@code ridge} (Wiener filter), {@code kalman} (Wu et al. 2003), {@code logistic} (multinomial,
 * L2, L-BFGS), {@code lda} (shared covariance, shrinkage) and {@code poisson-bayes} (1-D Bayesian
 * decoding from Poisson counts). Each class's javadoc gives its exact formulation. Linear algebra is
 * EJML's (Gram matrices, Cholesky solves); columns constant over the training bins are left out
 * (weight 0). Internal: use them through the registry.
 */
package org.neurocircuit.decode.decoders;
