/** The New Circuit wizard: a file in the workspace, from an empty circuit or a reference circuit. */
package org.neurocircuit.ui.editor.wizard;
