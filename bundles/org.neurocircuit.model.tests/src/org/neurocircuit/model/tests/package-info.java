/**
 * Tests of the metamodel bundle: units on every numeric attribute, unit resolution and formatting,
 * labels, operations, and save/load round trips of {@code .circuit} files.
 * {@link org.neurocircuit.model.tests.TestCircuits} builds a circuit that uses every concrete class.
 */
package org.neurocircuit.model.tests;
