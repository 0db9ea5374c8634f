/**
 * The cost preview of the active circuit editor: a view and a status-line item showing neurons,
 * expected synapses and memory, recomputed off the UI thread shortly after each edit.
 */
package org.neurocircuit.ui.editor.cost;
