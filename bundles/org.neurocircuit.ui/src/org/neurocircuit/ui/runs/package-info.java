/**
 * The Runs view: every run of every open workspace project with its provenance, newest first;
 * selecting a run publishes it on the link bus, deleting removes its folder.
 */
package org.neurocircuit.ui.runs;
