/**
 * Tests of the command line, driving the subcommands in-process through
 * {@link org.neurocircuit.cli.NeuroCircuitCli#run}: exit codes and messages for valid, invalid
 * and unreadable files and for bad arguments; simulate writing a readable run folder (complete,
 * cancelled, refused for memory); stats and info tables; the backend extension point.
 */
package org.neurocircuit.cli.tests;
