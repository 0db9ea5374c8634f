/** The workbench perspectives of NeuroCircuit: which views a scientist sees, and where. */
package org.neurocircuit.ui.perspective;
