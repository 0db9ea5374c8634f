package org.neurocircuit.engine.link;

/**
 * One publication on the bus.
 *
 * @param topic one of {@link LinkTopics}
 * @param value the new value ({@code null}: nothing selected)
 * @param source who published it, so a view can ignore its own echo ({@code null} if anonymous)
 */
public record LinkEvent(String topic, Object value, Object source) {

    /** The value as the topic's type, or {@code null}. */
    public <T> T value(Class<T> type) {
        return type.isInstance(value) ? type.cast(value) : null;
    }
}
