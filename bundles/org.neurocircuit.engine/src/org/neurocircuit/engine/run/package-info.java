/**
 * Running a circuit, the same way from the command line and from the workbench: load the file,
 * validate, lower, choose the backend, check support and memory, build, and record into a new run
 * folder, with progress and cancellation through a {@link org.neurocircuit.engine.run.RunObserver}.
 * Every refusal is a {@link org.neurocircuit.engine.run.RunRefusedException} whose message names
 * the element and the fix.
 */
package org.neurocircuit.engine.run;
