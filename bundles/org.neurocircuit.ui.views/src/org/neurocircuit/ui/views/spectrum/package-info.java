/** Power spectral density of population rates. */
package org.neurocircuit.ui.views.spectrum;
