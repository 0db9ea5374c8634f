/** Population-level connectivity matrix and a neuron-level sample drawn from the rules. */
package org.neurocircuit.ui.views.connectivity;
