package org.neurocircuit.engine.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.InvalidNetworkException;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NetworkDescription;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.SimulationSettings;

class MemoryEstimateTest {

    @Test
    void refusalGivesEstimateLimitAndLargestPart() {
        MemoryEstimate e = new MemoryEstimate(3L << 30, 2L << 30, 1_000_000_000L,
                List.of(new MemoryEstimate.Part("synapses of projection 'ee'", 2L << 30),
                        new MemoryEstimate.Part("neurons of population 'e'", 1L << 30)));
        assertFalse(e.fits());
        String m = e.refusalMessage("big");
        assertEquals("Network 'big' needs about 3.0 GB (estimate; 1,000,000,000 synapses) but the limit is 2.0 GB."
                + " Largest part: synapses of projection 'ee', 2.0 GB. Reduce the network, or raise the limit"
                + " (the JVM's -Xmx or the run's memory limit).", m);
        assertEquals(3.221225472, e.bytesPerSynapse(), 1e-9);
        assertEquals(m, new MemoryLimitExceededException("big", e).getMessage());
    }

    @Test
    void humanSizes() {
        assertEquals("512 B", MemoryEstimate.human(512));
        assertEquals("1.5 KB", MemoryEstimate.human(1536));
        assertEquals("10.0 MB", MemoryEstimate.human(10L << 20));
    }

    @Test
    void runRequestValidatesAndResolvesTheDefaultLimit() {
        NetworkDescription net = new NetworkDescription("n",
                List.of(Population.of("p", 3, new LifCurrentModel(250, 10, -70, -55, -70, 2, 0))),
                List.of(), List.of(), List.of());
        RunRequest r = RunRequest.of(net, new SimulationSettings(10, 0.1, 1, 1));
        assertEquals((long) (Runtime.getRuntime().maxMemory() * RunRequest.DEFAULT_HEAP_FRACTION),
                r.effectiveMemoryLimit());
        assertEquals(1234, new RunRequest(net, r.settings(), 1234).effectiveMemoryLimit());
        InvalidNetworkException e = assertThrows(InvalidNetworkException.class,
                () -> RunRequest.of(net, new SimulationSettings(10, -0.1, 1, 1)));
        assertTrue(e.getMessage().contains("settings: time step dt must be a positive number"), e.getMessage());
        assertTrue(SupportReport.all().isFullySupported());
        assertFalse(Availability.no("not installed").available());
    }
}
