/** The spike raster: density or dot rendering of spikes by neuron and time, brushing a time window. */
package org.neurocircuit.ui.views.raster;
