/**
 * Tests of the edit bundle: the decorated item providers give NeuroCircuit labels, unit-aware
 * display names, categories and the properties of parts on their owner.
 */
package org.neurocircuit.model.edit.tests;
