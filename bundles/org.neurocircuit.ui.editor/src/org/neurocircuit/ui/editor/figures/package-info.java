/**
 * Pure draw2d figures of the circuit diagram (they never see the model): regions as coloured
 * containers, populations with name, model and size, stimulus and recorder boxes, projection lines with
 * an arrow (excitatory) or a round head (inhibitory), attachment lines, and the router that separates
 * opposite lines and draws self-projections as loops.
 */
package org.neurocircuit.ui.editor.figures;
