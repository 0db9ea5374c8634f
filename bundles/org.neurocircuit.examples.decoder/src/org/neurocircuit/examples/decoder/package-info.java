/**
 * An example third-party decoder contributed through {@code org.neurocircuit.decode.decoders}:
 * k-nearest-neighbours regression ({@code knn}) and classification ({@code knn-classes}), written
 * against the decoder SPI only, with their settings declared in plugin.xml. See README.md.
 */
package org.neurocircuit.examples.decoder;
