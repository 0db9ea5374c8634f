/**
 * The results store: one folder per run, written while the run goes and read back after a
 * restart. Results are not EMF: spikes and samples live in primitive arrays and flat files.
 *
 * <p>{@link org.neurocircuit.engine.results.RunFolderWriter} is the
 * {@link org.neurocircuit.engine.spi.RecordingSink} a backend writes through;
 * {@link org.neurocircuit.engine.results.RunFolderReader} opens a folder as
 * {@link org.neurocircuit.engine.results.RunResults}; {@link org.neurocircuit.engine.results.ResultsStore}
 * names, lists and deletes the run folders under a root.
 *
 * <h2>A run folder (format version 1; full description in FORMAT.md beside this file)</h2>
 * <pre>
 * run.json                       manifest and provenance (UTF-8 JSON), replaced atomically
 * circuit.circuit                byte copy of the circuit file that ran (when there was one)
 * spikes-&lt;i&gt;[-&lt;name&gt;].neurons.i32  per spike: global neuron index
 * spikes-&lt;i&gt;[-&lt;name&gt;].steps.i32    per spike: step (time = step × dt)
 * state-&lt;i&gt;[-&lt;name&gt;].f32           per sample: one float per recorded neuron (row-major)
 * state-&lt;i&gt;[-&lt;name&gt;].steps.i32     per sample: step
 * rate-&lt;i&gt;[-&lt;name&gt;].f32            per bin from bin 0: population rate, Hz
 * </pre>
 * {@code <i>} is the channel index, {@code <name>} the channel's name when it is an identifier.
 * Columns are headerless arrays of 32-bit little-endian values (two's-complement ints, IEEE-754
 * floats), append-only. run.json says {@code "completion": "running"} from the start of a run
 * until its end, then "complete", "cancelled" or "failed" with the record count of every
 * channel. A folder still "running" is read as interrupted: every whole record present is valid
 * (paired columns are cut to the shorter one; a partial trailing record is ignored).
 */
package org.neurocircuit.engine.results;
