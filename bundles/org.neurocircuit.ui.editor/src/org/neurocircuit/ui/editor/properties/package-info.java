/**
 * The Properties view of the editor: the standard property sheet over the EMF.Edit item property
 * descriptors (names with units), with cell editors that refuse invalid numbers with the reason and
 * edits that run as commands on the circuit's one command stack.
 */
package org.neurocircuit.ui.editor.properties;
