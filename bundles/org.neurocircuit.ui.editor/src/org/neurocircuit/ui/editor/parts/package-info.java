/**
 * Edit parts of the circuit diagram: thin controllers that map model elements to figures, listen to
 * the model while active and install the edit policies that turn requests into domain commands.
 */
package org.neurocircuit.ui.editor.parts;
