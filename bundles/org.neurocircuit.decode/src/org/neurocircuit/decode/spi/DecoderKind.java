package org.neurocircuit.decode.spi;

import java.util.Locale;

/** What a decoder predicts: a continuous value, or one of a few discrete classes. */
public enum DecoderKind {
    /** A continuous target (a stimulus amplitude, a position); scored by R², r, RMSE. */
    REGRESSION,
    /** A discrete target whose distinct values are the classes; scored by accuracy. */
    CLASSIFICATION;

    /** The word used in plugin.xml and result.json: {@code regression} or {@code classification}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by {@link #word()}.
     *
     * @throws IllegalArgumentException naming the allowed words
     */
    public static DecoderKind ofWord(String word) {
        for (DecoderKind k : values()) {
            if (k.word().equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("decoder kind '" + word + "' is neither regression nor classification");
    }
}
