package org.neurocircuit.engine.link;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neurocircuit.engine.stats.TimeWindow;

/**
 * A small publish/subscribe bus for the user's selections. Every topic keeps its last value, so a
 * view opened late starts from the current run and selection. Delivery is synchronous on the
 * publisher's thread, in subscription order; republishing an equal value is not delivered again,
 * which stops echo loops between views that mirror each other. Thread-safe.
 */
public final class LinkBus {

    private final Map<String, List<Entry>> listeners = new ConcurrentHashMap<>();
    private final Map<String, LinkEvent> last = new ConcurrentHashMap<>();

    /** A subscription; {@link #close()} stops delivery. Idempotent. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Entry(LinkListener listener) {
    }

    /**
     * Publishes a value on a topic.
     *
     * @param topic one of {@link LinkTopics}
     * @param value the value, of the type the topic documents, or {@code null} to clear
     * @param source the publisher (listeners use it to ignore their own echo), may be {@code null}
     * @return whether the value differed from the last one and was delivered
     * @throws IllegalArgumentException if the value is not of the topic's type
     */
    public boolean publish(String topic, Object value, Object source) {
        checkType(topic, value);
        LinkEvent event = new LinkEvent(topic, value, source);
        synchronized (this) {
            LinkEvent previous = last.get(topic);
            Object previousValue = previous == null ? null : previous.value();
            if (previous != null && Objects.equals(previousValue, value) && !topic.equals(LinkTopics.RUNS_CHANGED)) {
                return false;
            }
            last.put(topic, event);
        }
        for (Entry e : listeners.getOrDefault(topic, List.of())) {
            e.listener().changed(event);
        }
        return true;
    }

    /**
     * Subscribes to topics.
     *
     * @param listener called for each later publication on any of the topics
     * @param topics topics of {@link LinkTopics}
     * @return the subscription to close in the subscriber's dispose
     */
    public Subscription subscribe(LinkListener listener, String... topics) {
        Objects.requireNonNull(listener, "listener");
        Entry entry = new Entry(listener);
        for (String topic : topics) {
            checkTopic(topic);
            listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(entry);
        }
        return () -> {
            for (String topic : topics) {
                listeners.getOrDefault(topic, List.of()).remove(entry);
            }
        };
    }

    /** The last value published on a topic, if any and not cleared. */
    public Optional<Object> current(String topic) {
        checkTopic(topic);
        LinkEvent e = last.get(topic);
        return e == null ? Optional.empty() : Optional.ofNullable(e.value());
    }

    /** The last value of a topic as its type, if any. */
    public <T> Optional<T> current(String topic, Class<T> type) {
        return current(topic).filter(type::isInstance).map(type::cast);
    }

    /** How many listeners hear a topic (views must deregister symmetrically; tests check this). */
    public int listenerCount(String topic) {
        return listeners.getOrDefault(topic, List.of()).size();
    }

    private static void checkTopic(String topic) {
        if (!LinkTopics.ALL.contains(topic)) {
            throw new IllegalArgumentException("unknown link topic '" + topic + "'; use a constant of LinkTopics");
        }
    }

    private static void checkType(String topic, Object value) {
        checkTopic(topic);
        if (value == null) {
            return;
        }
        Class<?> expected = switch (topic) {
            case LinkTopics.SELECTED_RUN -> RunSelection.class;
            case LinkTopics.SELECTED_POPULATIONS -> PopulationSelection.class;
            case LinkTopics.SELECTED_NEURONS -> NeuronSelection.class;
            case LinkTopics.TIME_WINDOW -> TimeWindow.class;
            case LinkTopics.TIME_CURSOR -> Double.class;
            case LinkTopics.RUNS_CHANGED -> RunsChanged.class;
            default -> throw new IllegalStateException(topic);
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("topic '" + topic + "' carries " + expected.getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
    }
}
