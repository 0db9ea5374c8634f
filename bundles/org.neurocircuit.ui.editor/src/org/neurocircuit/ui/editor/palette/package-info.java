/** The editor's palette: selection tools, a creation tool per element kind and the connection tool. */
package org.neurocircuit.ui.editor.palette;
