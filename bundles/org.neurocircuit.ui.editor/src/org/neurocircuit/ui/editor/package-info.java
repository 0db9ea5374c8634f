/** The GEF circuit editor: the editor part, its palette and its actions. */
package org.neurocircuit.ui.editor;
