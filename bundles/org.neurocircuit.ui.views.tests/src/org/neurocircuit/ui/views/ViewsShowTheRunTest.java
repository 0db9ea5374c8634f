package org.neurocircuit.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.stats.Psth;
import org.neurocircuit.engine.stats.RateSpectrum;
import org.neurocircuit.engine.stats.SpikeStatistics;
import org.neurocircuit.engine.stats.SpikeTrains;
import org.neurocircuit.engine.stats.TimeWindow;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.Projection;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.ui.views.connectivity.ConnectivityModel;
import org.neurocircuit.ui.views.connectivity.ConnectivityView;
import org.neurocircuit.ui.views.rates.RatesModel;
import org.neurocircuit.ui.views.rates.RatesView;
import org.neurocircuit.ui.views.raster.RasterModel;
import org.neurocircuit.ui.views.raster.RasterView;
import org.neurocircuit.ui.views.spectrum.SpectrumModel;
import org.neurocircuit.ui.views.spectrum.SpectrumView;
import org.neurocircuit.ui.views.statistics.StatisticsModel;
import org.neurocircuit.ui.views.statistics.StatisticsView;
import org.neurocircuit.ui.views.traces.TracesModel;

/** Every view, opened on the COBA run, shows that run's figures. */
class ViewsShowTheRunTest extends ResultViewsTest {

    @Test
    void withoutARunEachViewSaysHowToGetOne() throws Exception {
        publish(LinkTopics.SELECTED_RUN, null);
        for (String id : List.of(RasterView.ID, StatisticsView.ID, ConnectivityView.ID)) {
            RunView v = Workbench.show(id, RunView.class);
            assertEquals(RunView.EMPTY_MESSAGE, v.message(), id);
            assertNull(v.csv(), id);
        }
    }

    @Test
    void rasterShowsEverySpikeOfTheRunStackedByPopulation() throws Exception {
        RasterModel m = raster().model();
        assertTrue(totalSpikes() > 1000, "the COBA run should fire, fired " + totalSpikes());
        assertEquals(totalSpikes(), m.totalSpikes());
        assertEquals(totalSpikes(), m.spikesInWindow());
        assertEquals(List.of("E", "I"), m.populations().stream().map(RasterModel.Band::name).toList());
        assertEquals(0, m.populations().get(0).offset());
        assertEquals(3200, m.populations().get(1).offset());
        assertEquals(800, m.populations().get(1).size());
        assertEquals(List.of("E", "I"), m.emphasised());
    }

    @Test
    void statisticsTableHoldsTheFiguresOfSpikeStatistics() throws Exception {
        StatisticsModel m = statistics().model();
        List<SpikeStatistics> expected = SpikeStatistics.forRun(results, null, SpikeStatistics.DEFAULT_FANO_BIN_MS,
                SpikeStatistics.DEFAULT_SYNCHRONY_BIN_MS);
        assertEquals(expected.size(), m.rows().size());
        for (int i = 0; i < expected.size(); i++) {
            SpikeStatistics e = expected.get(i);
            SpikeStatistics a = m.rows().get(i).stats();
            assertEquals(e.population(), a.population());
            assertEquals(e.window(), a.window());
            assertEquals(e.neurons(), a.neurons());
            assertEquals(e.spikes(), a.spikes());
            assertClose(e.meanRateHz(), a.meanRateHz(), e.population() + " rate (Hz)");
            assertClose(e.cv().mean(), a.cv().mean(), e.population() + " CV ISI");
            assertClose(e.fano().mean(), a.fano().mean(), e.population() + " Fano factor");
            assertClose(e.chi(), a.chi(), e.population() + " chi");
        }
        assertEquals(0, m.selected());
        assertEquals(3200, m.rates().total(), "every E neuron is in the rate histogram");
        assertTrue(m.isis().total() > 0);
    }

    @Test
    void ratesAreThePsthOfEachPopulationInBinsOfTheChosenWidth() throws Exception {
        RatesView view = rates();
        view.setBinMs(10);
        RatesModel m = view.model();
        TimeWindow whole = TimeWindow.ofSteps(results.layout().dt(), results.manifest().outcome().simulatedSteps());
        assertEquals(10, m.binMs());
        assertEquals(whole, m.window());
        assertEquals(2, m.series().size());
        for (int c = 0; c < spikes.size(); c++) {
            Psth psth = Psth.of(SpikeTrains.of(spikes.get(c)), whole, 10);
            assertEquals(whole.coveringBins(10), m.series().get(c).ratesHz().length);
            assertSame(psth.ratesHz(), m.series().get(c).ratesHz(), "rates of " + m.series().get(c).population());
            assertEquals(whole.startMs() + 5, m.series().get(c).binCentresMs()[0], 1e-9);
        }
        view.setBinMs(RatesView.DEFAULT_BIN_MS);
    }

    @Test
    void spectrumHasTheFrequenciesOfRateSpectrum() throws Exception {
        SpectrumModel m = spectrum().model();
        TimeWindow whole = TimeWindow.ofSteps(results.layout().dt(), results.manifest().outcome().simulatedSteps());
        for (int c = 0; c < spikes.size(); c++) {
            RateSpectrum s = RateSpectrum.of(SpikeTrains.of(spikes.get(c)), whole, SpectrumView.BIN_MS,
                    SpectrumView.SEGMENT_MS);
            assertTrue(s.frequenciesHz().length > 10);
            assertSame(s.frequenciesHz(), m.series().get(c).frequenciesHz(), "frequencies (Hz)");
            assertSame(s.density(), m.series().get(c).density(), "density (Hz^2/Hz)");
        }
        assertEquals(500, m.series().get(0).frequenciesHz()[m.series().get(0).frequenciesHz().length - 1], 1e-9,
                "up to the Nyquist frequency of 1 ms bins");
    }

    @Test
    void connectivityMatrixHoldsTheCircuitsProbabilitiesAndWeights() throws Exception {
        ConnectivityModel m = connectivity().model();
        Circuit circuit = CircuitFiles.load(results.circuitFile().orElseThrow()).circuit();
        assertNull(m.problem());
        assertEquals(List.of("E", "I"), m.populations());
        for (Projection p : circuit.getProjections()) {
            ConnectivityModel.Cell cell = m.cell(m.populations().indexOf(p.getSource().getName()),
                    m.populations().indexOf(p.getTarget().getName()));
            assertNotNull(cell, p.getName());
            assertEquals(((FixedProbability) p.getRule()).getP(), cell.probability(), 1e-12, p.getName());
            double sign = p.getReceptor().getSign() == ReceptorSign.INHIBITORY ? -1 : 1;
            assertEquals(sign * ((ConstantValue) p.getWeight()).getValue(), cell.meanWeight(), 1e-12, p.getName());
            assertEquals("nS", cell.unit());
        }
        ConnectivityModel.Sample s = m.sample();
        assertEquals(400, s.total(), "200 neurons of each population");
        double fraction = s.connections() / (double) (400 * 400);
        assertEquals(0.02, fraction, 0.005, "the sample follows p = 0.02");
        assertTrue(s.note().contains("not the synapses the run built"), s.note());
    }

    @Test
    void tracesShowTheMembranePotentialOfTickedNeuronsInMillivolts() throws Exception {
        var view = traces();
        TracesModel m = view.model();
        assertEquals(20, m.available().size(), "10 recorded neurons of E and of I");
        assertEquals(3, m.traces().size());
        for (TracesModel.Trace t : m.traces()) {
            assertEquals("mV", t.source().unit());
            assertEquals("V_m", t.source().variable());
            assertTrue(t.values().length > 100, "samples of " + t.source().label());
            for (double v : t.values()) {
                assertTrue(v >= -80.0001 && v <= -49.9999, t.source().label() + " V_m " + v + " mV");
            }
        }
        view.setTicked(5, true);
        settle();
        assertEquals(4, view.model().traces().size());
        view.setTicked(5, false);
        settle();
        assertFalse(view.model().traces().stream().anyMatch(t -> t.source().equals(m.available().get(5))));
    }
}
