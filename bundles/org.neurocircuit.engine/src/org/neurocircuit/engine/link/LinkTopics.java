package org.neurocircuit.engine.link;

import java.util.List;

/**
 * The topics of the {@link LinkBus} and the type of value each carries. A value of {@code null}
 * means "nothing selected" (e.g. the whole run rather than a window).
 */
public final class LinkTopics {

    /** The run every view shows: a {@link RunSelection}. */
    public static final String SELECTED_RUN = "org/neurocircuit/link/run";

    /** Populations highlighted everywhere: a {@link PopulationSelection}. */
    public static final String SELECTED_POPULATIONS = "org/neurocircuit/link/populations";

    /** Single neurons picked in a view (e.g. for traces): a {@link NeuronSelection}. */
    public static final String SELECTED_NEURONS = "org/neurocircuit/link/neurons";

    /** The brushed time window every view narrows to: a {@link org.neurocircuit.engine.stats.TimeWindow}. */
    public static final String TIME_WINDOW = "org/neurocircuit/link/window";

    /** The time cursor, ms: a {@link Double}. */
    public static final String TIME_CURSOR = "org/neurocircuit/link/cursor";

    /** Runs were added, deleted or finished somewhere: a {@link RunsChanged}. Not sticky in meaning, but kept like the others. */
    public static final String RUNS_CHANGED = "org/neurocircuit/link/runs-changed";

    /** Every topic, in a stable order. */
    public static final List<String> ALL = List.of(SELECTED_RUN, SELECTED_POPULATIONS, SELECTED_NEURONS, TIME_WINDOW,
            TIME_CURSOR, RUNS_CHANGED);

    private LinkTopics() {
    }
}
