/** Tests of the lowering from EMF circuits to network descriptions. */
package org.neurocircuit.engine.lowering;
