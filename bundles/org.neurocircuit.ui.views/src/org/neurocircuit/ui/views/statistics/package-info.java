/** Per-population spike statistics (rate, CV ISI, Fano factor, synchrony) and their histograms. */
package org.neurocircuit.ui.views.statistics;
