/**
 * Data recorded elsewhere, as CSV, decoded with the same tools as runs. Two files, each with a
 * required header line; blank lines and lines starting with '#' are ignored:
 * <pre>
 * spikes.csv              target.csv
 * neuron,time_ms          time_ms,value
 * 0,12.5                  0,0.0
 * 17,12.75                10,0.25
 * </pre>
 * {@code neuron}: a whole number ≥ 0 (any ids; the distinct ids become the feature columns,
 * ascending); {@code time_ms}: a spike or sample time in ms; spikes in any order; target times
 * strictly increasing, the value interpolated linearly (or held, for a step target) between
 * samples. A line that breaks the layout raises a
 * {@link org.neurocircuit.decode.csv.CsvFormatException} naming the file, line and column.
 */
package org.neurocircuit.decode.csv;
