/**
 * Running circuits from the workbench: one {@link org.neurocircuit.ui.run.CircuitRunJob} per run
 * over the engine's run pipeline, the "Circuit Simulation" launch configuration type with its
 * tab, launch shortcut and delegate, and the Run command of the circuit editor.
 */
package org.neurocircuit.ui.run;
