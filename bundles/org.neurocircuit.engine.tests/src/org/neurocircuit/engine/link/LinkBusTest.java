package org.neurocircuit.engine.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.stats.TimeWindow;

class LinkBusTest {

    private final LinkBus bus = new LinkBus();

    @Test
    void deliversToSubscribersOfTheTopicOnlyAndKeepsTheLastValue() {
        List<LinkEvent> heard = new ArrayList<>();
        bus.subscribe(heard::add, LinkTopics.TIME_WINDOW);
        bus.publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("E"), this);
        bus.publish(LinkTopics.TIME_WINDOW, new TimeWindow(100, 200), this);

        assertEquals(1, heard.size());
        assertEquals(new TimeWindow(100, 200), heard.get(0).value(TimeWindow.class));
        assertEquals(this, heard.get(0).source());
        assertEquals(PopulationSelection.of("E"), bus.current(LinkTopics.SELECTED_POPULATIONS).orElseThrow());
    }

    @Test
    void anEqualValueIsNotDeliveredTwiceSoMirroringViewsDoNotLoop() {
        List<LinkEvent> heard = new ArrayList<>();
        bus.subscribe(heard::add, LinkTopics.SELECTED_POPULATIONS);
        assertTrue(bus.publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("E", "I"), "a"));
        assertFalse(bus.publish(LinkTopics.SELECTED_POPULATIONS, PopulationSelection.of("E", "I", "E"), "b"));
        assertTrue(bus.publish(LinkTopics.SELECTED_POPULATIONS, null, "b"));
        assertEquals(2, heard.size());
        assertTrue(bus.current(LinkTopics.SELECTED_POPULATIONS).isEmpty());
    }

    @Test
    void runChangesAreAlwaysDelivered() {
        List<LinkEvent> heard = new ArrayList<>();
        bus.subscribe(heard::add, LinkTopics.RUNS_CHANGED);
        RunsChanged ended = new RunsChanged(Path.of("runs", "a"), RunsChanged.Change.ENDED);
        bus.publish(LinkTopics.RUNS_CHANGED, ended, null);
        bus.publish(LinkTopics.RUNS_CHANGED, ended, null);
        assertEquals(2, heard.size());
    }

    @Test
    void closingASubscriptionDeregistersFromEveryTopic() {
        LinkListener listener = e -> { };
        LinkBus.Subscription s = bus.subscribe(listener, LinkTopics.SELECTED_RUN, LinkTopics.TIME_CURSOR);
        assertEquals(1, bus.listenerCount(LinkTopics.SELECTED_RUN));
        s.close();
        s.close();
        assertEquals(0, bus.listenerCount(LinkTopics.SELECTED_RUN));
        assertEquals(0, bus.listenerCount(LinkTopics.TIME_CURSOR));
    }

    @Test
    void refusesUnknownTopicsAndValuesOfTheWrongType() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> bus.publish("org/neurocircuit/link/nonsense", 1.0, null));
        assertTrue(unknown.getMessage().contains("LinkTopics"), unknown.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> bus.publish(LinkTopics.TIME_CURSOR, "12 ms", null));
        assertTrue(wrong.getMessage().contains("Double"), wrong.getMessage());
    }

    @Test
    void selectionsNormaliseTheirContents() {
        assertEquals(List.of("E", "I"), PopulationSelection.of("E", "I", "E").names());
        NeuronSelection n = new NeuronSelection("E", new int[] {5, 1, 5, 3});
        assertEquals(new NeuronSelection("E", new int[] {1, 3, 5}), n);
        assertThrows(IllegalArgumentException.class, () -> new NeuronSelection("E", new int[] {-1}));
        assertEquals(new RunSelection(Path.of("runs/./a")), new RunSelection(Path.of("runs/a")));
    }
}
