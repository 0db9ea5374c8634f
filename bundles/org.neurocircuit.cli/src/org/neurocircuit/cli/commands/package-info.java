/**
 * The subcommands, one class each: {@code validate}, {@code info}, {@code simulate},
 * {@code stats}, {@code bench}. Each is a picocli command returning its exit code and gets the
 * {@link org.neurocircuit.cli.CliContext} through its constructor.
 */
package org.neurocircuit.cli.commands;
