/**
 * Decodings on disk, beside the run they decode. A decoding folder
 * {@code <run folder>/decoding/<task>-<yyyyMMdd-HHmmss>[-n]/} holds:
 * <pre>
 * result.json      provenance and scores (UTF-8 JSON, "format": "neurocircuit-decoding", version 1)
 * predictions.f32  held-out prediction of every tested bin, in time order
 * truth.f32        the true target at the same bins
 * bins.i32         the bin index of each (centre at startMs + (bin + 0.5) binMs)
 * folds.i32        the fold (from 0) that predicted each
 * weights.f32      decoder weights, outputs × feature columns, row-major (when the decoder has them)
 * </pre>
 * Columns are headerless 32-bit little-endian arrays, as in run folders. result.json records the
 * input (run folder and the SHA-256 of its run.json, or the CSV files and theirs), the task, the
 * decoder id and every parameter, the bins (start, width, count, history window), the folds (block
 * and tested bins of each), the metrics per fold and pooled (a metric that does not apply or is
 * undefined is null), notes, and the weights' columns (source, neuron, lag). The folder is written
 * under a hidden name and renamed into place, so it is complete when it appears.
 * {@link org.neurocircuit.decode.store.StoredDecoding} reads one back.
 */
package org.neurocircuit.decode.store;
