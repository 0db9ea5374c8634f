/** An example third-party decoder contributed through {@code org.neurocircuit.decode.decoders}. */
package org.neurocircuit.examples.decoder;
