/** Recorded state variables (e.g. membrane potential in mV) of chosen neurons over time. */
package org.neurocircuit.ui.views.traces;
