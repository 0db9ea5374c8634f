/**
 * Export of the circuit diagram as a PNG image (painted by SWT) or an SVG document (painted by
 * a draw2d {@code Graphics} that writes SVG elements instead of pixels).
 */
package org.neurocircuit.ui.editor.export;
