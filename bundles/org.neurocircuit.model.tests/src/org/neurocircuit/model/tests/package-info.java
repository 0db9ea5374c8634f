/**
 * Tests of the metamodel bundle: units on every numeric attribute, unit resolution and formatting,
 * labels, operations, and save/load round trips of {@code .circuit} files.
 * {@link org.neurocircuit.model.tests.TestCircuits} builds a valid circuit that uses every concrete
 * class; the tests of validation and of safe loading live in the packages they test
 * ({@code org.neurocircuit.model.validation}, {@code org.neurocircuit.model.resource}).
 */
package org.neurocircuit.model.tests;
