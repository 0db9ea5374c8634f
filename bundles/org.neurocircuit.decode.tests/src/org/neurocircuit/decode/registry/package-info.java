/** Tests of the decoder registry (lazy loading, programmatic registration, failures) and of parameter descriptors. */
package org.neurocircuit.decode.registry;
