/**
 * What the subcommands share around the engine's run pipeline ({@code org.neurocircuit.engine.run}):
 * cancellation by Ctrl-C, a sink that discards for benchmarks, and refusals turned into messages
 * and exit codes.
 */
package org.neurocircuit.cli.run;
