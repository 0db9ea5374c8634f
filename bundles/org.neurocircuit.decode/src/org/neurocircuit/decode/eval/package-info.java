/**
 * Evaluation of decoders: blocked, contiguous k-fold cross-validation that never shuffles bins
 * and trims fold edges so history windows do not leak ({@link org.neurocircuit.decode.eval.BlockedKFold}),
 * run by {@link org.neurocircuit.decode.eval.CrossValidation}; scores per fold and pooled
 * ({@link org.neurocircuit.decode.eval.Scores}: R², Pearson r, RMSE, accuracy, balanced accuracy,
 * {@link org.neurocircuit.decode.eval.ConfusionMatrix}, {@link org.neurocircuit.decode.eval.BitsPerSpike}).
 */
package org.neurocircuit.decode.eval;
