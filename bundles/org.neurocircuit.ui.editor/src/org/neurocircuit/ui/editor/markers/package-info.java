/**
 * Problem markers of circuit files: validation diagnostics and load problems as workspace markers
 * (Problems view), each carrying the URI fragment of the element it is about so that the editor can
 * select that element when the marker is opened.
 */
package org.neurocircuit.ui.editor.markers;
