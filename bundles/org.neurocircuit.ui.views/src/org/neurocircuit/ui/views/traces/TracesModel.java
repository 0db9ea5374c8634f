package org.neurocircuit.ui.views.traces;

import java.util.List;

import org.neurocircuit.engine.stats.TimeWindow;

/**
 * What the traces view shows.
 *
 * @param available every recorded neuron of every state channel, in the list's order
 * @param traces the ticked ones, narrowed to the window
 * @param window the window shown, ms (the brushed one, else the whole run)
 */
public record TracesModel(List<Channel> available, List<Trace> traces, TimeWindow window) {

    /**
     * A recorded neuron of a state channel.
     *
     * @param channel the channel's index in the run
     * @param column the neuron's column in the channel
     * @param population the population
     * @param neuron the neuron's index in its population
     * @param variable the variable's short name (e.g. "v")
     * @param unit its unit (e.g. "mV")
     */
    public record Channel(int channel, int column, String population, int neuron, String variable, String unit) {

        /** The label in the list and the legend, e.g. "E #3 V_m" (the unit is on the axis). */
        public String label() {
            return population + " #" + neuron + " " + variable;
        }
    }

    /**
     * One trace.
     *
     * @param source what it shows
     * @param timesMs sample times, ms
     * @param values the values, in {@code source.unit()}
     */
    public record Trace(Channel source, double[] timesMs, double[] values) {
    }
}
