/**
 * The headless command line of NeuroCircuit: an Eclipse application
 * ({@code org.neurocircuit.cli.headless}) that parses its arguments with picocli and runs one
 * subcommand ({@code validate}, {@code info}, {@code simulate}, {@code stats}, {@code bench}).
 *
 * <p>{@link org.neurocircuit.cli.NeuroCircuitCli} is the entry point that tests drive
 * in-process; {@link org.neurocircuit.cli.HeadlessApplication} only adapts it to
 * {@code IApplication}. Exit codes are in {@link org.neurocircuit.cli.ExitCodes}.
 */
package org.neurocircuit.cli;
