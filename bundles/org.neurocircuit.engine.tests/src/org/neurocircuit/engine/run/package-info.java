/** Tests of the run pipeline, on a test backend whose spikes are known exactly. */
package org.neurocircuit.engine.run;
