/** The editor's outline: the circuit as a tree (EMF.Edit labels) or as a thumbnail of the whole diagram. */
package org.neurocircuit.ui.editor.outline;
