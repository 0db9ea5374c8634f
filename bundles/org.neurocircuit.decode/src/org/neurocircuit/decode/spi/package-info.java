/**
 * The decoder SPI: a {@link org.neurocircuit.decode.spi.DecoderProvider} (id, label, kind,
 * parameters with defaults and ranges) creates a {@link org.neurocircuit.decode.spi.Decoder} that is
 * fitted on a {@link org.neurocircuit.decode.spi.FeatureMatrix} (time bins × features, with the
 * {@link org.neurocircuit.decode.spi.HistoryWindow} they were built with) and a
 * {@link org.neurocircuit.decode.spi.Target}, then predicts. Third parties implement the provider
 * and contribute it to the extension point {@code org.neurocircuit.decode.decoders}.
 *
 * <p>Bad settings raise {@link org.neurocircuit.decode.spi.DecoderParameterException}; data that
 * cannot be decoded raise {@link org.neurocircuit.decode.spi.DecodingException}; both carry a
 * message meant for the user.
 */
package org.neurocircuit.decode.spi;
