/**
 * The entry point for workbench actions and the CLI: a {@link org.neurocircuit.decode.task.DecodingTask}
 * (EMF-free; the model's decoding task maps onto it) run by {@link org.neurocircuit.decode.task.Decoding}
 * on a stored run or on CSV files, giving a {@link org.neurocircuit.decode.task.DecodingOutcome} whose
 * folder holds the written result.
 */
package org.neurocircuit.decode.task;
