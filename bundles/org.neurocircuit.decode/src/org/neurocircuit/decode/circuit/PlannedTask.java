package org.neurocircuit.decode.circuit;

import org.neurocircuit.decode.features.TargetSeries;
import org.neurocircuit.decode.task.DecodingTask;

/**
 * A circuit's decoding task made ready for one run: the task with the run's channel names, and
 * its target as a series.
 */
public record PlannedTask(DecodingTask task, TargetSeries target) {
}
