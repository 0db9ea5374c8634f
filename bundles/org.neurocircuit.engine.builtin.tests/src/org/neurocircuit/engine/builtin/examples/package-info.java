/** The reference circuits of the examples bundle, lowered and run on the built-in engine, against their papers and Brian2. */
package org.neurocircuit.engine.builtin.examples;
