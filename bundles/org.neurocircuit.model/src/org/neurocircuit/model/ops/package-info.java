/**
 * Bodies of the operations declared in {@code neurocircuit.ecore} (the generated methods call these
 * helpers; the ecore's GenModel "body" annotations name them). Not exported: call the generated
 * methods, e.g. {@code circuit.allPopulations()}.
 */
package org.neurocircuit.model.ops;
