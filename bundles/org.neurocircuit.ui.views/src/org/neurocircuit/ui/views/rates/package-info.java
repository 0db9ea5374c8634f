/** Population rates over time (PSTH) in bins of a chosen width. */
package org.neurocircuit.ui.views.rates;
