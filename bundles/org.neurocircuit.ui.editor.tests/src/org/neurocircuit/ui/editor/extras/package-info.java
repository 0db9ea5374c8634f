/** Tests of the editor's extras: auto layout, cost view, export, New Circuit wizard, open-time figures. */
package org.neurocircuit.ui.editor.extras;
