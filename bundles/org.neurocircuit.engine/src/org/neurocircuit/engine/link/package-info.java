/**
 * The link bus: what the user has selected (run, populations, neurons, time window, time cursor),
 * published by whichever view or editor the user acts in and heard by every other one. UI-free, so
 * the CLI, tests and views share one definition of the topics; the UI bridge moves events onto the
 * display thread and coalesces them.
 */
package org.neurocircuit.engine.link;
