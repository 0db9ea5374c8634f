/**
 * The NeuroCircuit metamodel: interfaces generated from {@code model/neurocircuit.ecore}
 * ({@link org.neurocircuit.model.ModelPackage}, {@link org.neurocircuit.model.ModelFactory} and one
 * interface per class). The code is generated into {@code src-gen/} and never edited by hand;
 * regenerate it with the command in the bundle's README. This file lives in {@code src/} so that
 * regeneration keeps it.
 */
package org.neurocircuit.model;
