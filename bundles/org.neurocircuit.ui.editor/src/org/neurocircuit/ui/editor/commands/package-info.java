/**
 * GEF's command stack and commands as thin adapters onto the editing domain's EMF command stack, so
 * that diagram edits, Properties-view edits and undo/redo share one history per open circuit.
 */
package org.neurocircuit.ui.editor.commands;
