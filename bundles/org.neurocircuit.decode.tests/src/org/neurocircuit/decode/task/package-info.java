/**
 * End-to-end tests: a run folder written by the engine's writer, decoded, written and read back;
 * CSV input likewise.
 */
package org.neurocircuit.decode.task;
