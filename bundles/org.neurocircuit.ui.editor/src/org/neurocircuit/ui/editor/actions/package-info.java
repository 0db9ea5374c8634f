/**
 * Editor actions beyond GEF's own: copy, cut and paste of circuit elements (with the projections
 * between them), validation, zoom to fit and the grid toggles, plus the ids the contributor retargets.
 */
package org.neurocircuit.ui.editor.actions;
