/**
 * The circuit editor's domain commands: EMF commands (canExecute, execute, undo, redo) that create,
 * move, nest, connect, delete, rename and paste circuit elements together with their diagram nodes and
 * edges. They run on an editing domain's command stack, so each open circuit has one undo history;
 * the GEF editor and the Properties view only adapt onto them. Headless: no UI types.
 */
package org.neurocircuit.model.edit.commands;
