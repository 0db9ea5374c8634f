/** The RCP application of NeuroCircuit Workbench: start-up, workspace, window, menus. */
package org.neurocircuit.app;
