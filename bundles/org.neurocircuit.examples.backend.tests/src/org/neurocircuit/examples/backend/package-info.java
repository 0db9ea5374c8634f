/** Tests of the example backend, through its public provider, its contribution and the SPI. */
package org.neurocircuit.examples.backend;
