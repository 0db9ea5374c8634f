/** Large generated circuits for measuring how the editor copes with size (open, repaint, scroll). */
package org.neurocircuit.ui.editor.bench;
