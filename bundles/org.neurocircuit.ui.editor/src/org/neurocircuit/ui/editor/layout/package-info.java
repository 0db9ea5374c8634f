/**
 * Auto layout of a circuit diagram: ELK's layered algorithm with regions as compound nodes (a
 * simple layered layout of our own when ELK cannot run), applied as one undoable command.
 */
package org.neurocircuit.ui.editor.layout;
