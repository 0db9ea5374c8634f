/**
 * The editor on the workbench link bus: selecting populations in the diagram publishes them, and
 * populations selected in other views are highlighted in the diagram.
 */
package org.neurocircuit.ui.editor.link;
