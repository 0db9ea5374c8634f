/**
 * Edit policies of the circuit diagram: each turns GEF requests (create, move, resize, nest, connect,
 * delete, rename, paste) into the domain commands of {@code org.neurocircuit.model.edit.commands},
 * wrapped for GEF, and shows selection feedback.
 */
package org.neurocircuit.ui.editor.policies;
