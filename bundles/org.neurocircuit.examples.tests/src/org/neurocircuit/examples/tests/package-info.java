/**
 * Tests of the reference circuits: the catalogue, save and load, the committed files, validation,
 * the diagram, and each circuit's key numbers against its paper.
 */
package org.neurocircuit.examples.tests;
