/**
 * Console output of the command line: the progress bar on stderr, aligned text tables, and
 * numbers formatted with their units (locale-independent, so output parses the same everywhere).
 */
package org.neurocircuit.cli.console;
