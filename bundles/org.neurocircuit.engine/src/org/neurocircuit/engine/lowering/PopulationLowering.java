package org.neurocircuit.engine.lowering;

import java.util.Arrays;

import org.neurocircuit.engine.network.AdExModel;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.InitialState;
import org.neurocircuit.engine.network.IzhikevichModel;
import org.neurocircuit.engine.network.Layout;
import org.neurocircuit.engine.network.LifConductanceModel;
import org.neurocircuit.engine.network.LifCurrentModel;
import org.neurocircuit.engine.network.NeuronModel;
import org.neurocircuit.engine.network.PoissonSourceModel;
import org.neurocircuit.engine.network.Population;
import org.neurocircuit.engine.network.RateUnitModel;
import org.neurocircuit.engine.network.SpikeTimesSourceModel;
import org.neurocircuit.model.AdEx;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.InitialValue;
import org.neurocircuit.model.Izhikevich;
import org.neurocircuit.model.LifConductance;
import org.neurocircuit.model.LifCurrent;
import org.neurocircuit.model.PoissonSource;
import org.neurocircuit.model.RandomBoxLayout;
import org.neurocircuit.model.RateUnit;
import org.neurocircuit.model.SpikeTimeSource;
import org.neurocircuit.model.SpikeTrain;

/** A population: neuron model, initial state and spatial layout. */
final class PopulationLowering {

    /**
     * Izhikevich (2003) writes dv/dt = 0.04 v^2 + 5 v + 140 - u + I with I in the units of dv/dt;
     * a 1 pF membrane makes a current of I pA contribute I mV/ms, the paper's numbers.
     */
    static final double IZHIKEVICH_CM_PF = 1.0;

    /**
     * Saturation of sigmoid and tanh rate units, Hz. The metamodel has no maximum rate, and
     * these functions need one to map onto rates; 100 Hz is a common r_max of cortical rate models.
     */
    static final double BOUNDED_RATE_UNIT_MAX_HZ = 100.0;

    private final Problems problems;
    private final long seed;

    /** @param seed the circuit's seed; random layouts are drawn from it, so a run is reproducible */
    PopulationLowering(Problems problems, long seed) {
        this.problems = problems;
        this.seed = seed;
    }

    Population lower(org.neurocircuit.model.Population population, int index) {
        NeuronModel model = neuronModel(population);
        InitialState initial = InitialState.DEFAULT;
        for (InitialValue value : population.getInitialValues()) {
            var variable = StateVariables.named(value.getVariable());
            Distribution distribution = Quantities.of(value.getValue());
            if (variable.isEmpty()) {
                problems.add(population, "initial value of unknown variable '" + value.getVariable()
                        + "'; use one of " + StateVariables.known());
            } else if (distribution == null) {
                problems.add(population, "initial value of " + value.getVariable() + " has no value; set a constant or a distribution");
            } else if (model != null && !model.has(variable.get())) {
                problems.add(population, "the " + model.kind() + " model has no state variable " + value.getVariable()
                        + "; remove that initial value");
            } else {
                initial = initial.with(variable.get(), distribution);
            }
        }
        return new Population(population.getName(), population.getSize(), model, initial, layout(population, index));
    }

    private NeuronModel neuronModel(org.neurocircuit.model.Population population) {
        return switch (population.getNeuronModel()) {
            case null -> {
                problems.add(population, "has no neuron model; choose one (e.g. LIF)");
                yield null;
            }
            case LifCurrent m -> new LifCurrentModel(m.getCm(), m.getTauM(), m.getEL(), m.getVTh(), m.getVReset(),
                    m.getTRef(), m.getIE());
            case LifConductance m -> new LifConductanceModel(m.getCm(), m.getGL(), m.getEL(), m.getVTh(),
                    m.getVReset(), m.getTRef(), m.getIE());
            case AdEx m -> new AdExModel(m.getCm(), m.getGL(), m.getEL(), m.getVT(), m.getDeltaT(), m.getVPeak(),
                    m.getVReset(), m.getA(), m.getB(), m.getTauW(), m.getTRef(), m.getIE());
            case Izhikevich m -> new IzhikevichModel(m.getA(), m.getB(), m.getC(), m.getD(), m.getVPeak(),
                    IZHIKEVICH_CM_PF, m.getIE());
            case PoissonSource m -> new PoissonSourceModel(m.getRate());
            case SpikeTimeSource m -> spikeTimes(population, m);
            case RateUnit m -> rateUnit(m);
            default -> {
                problems.add(population, "neuron model " + population.getNeuronModel().eClass().getName()
                        + " is not known to the network description");
                yield null;
            }
        };
    }

    /** Shared times for every neuron, replaced by a neuron's own train where one is given. */
    private SpikeTimesSourceModel spikeTimes(org.neurocircuit.model.Population population, SpikeTimeSource source) {
        double[] shared = source.getTimes().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[][] times = new double[Math.max(0, population.getSize())][];
        Arrays.fill(times, shared);
        for (SpikeTrain train : source.getTrains()) {
            if (train.getNeuron() < 0 || train.getNeuron() >= times.length) {
                problems.add(population, "spike train for neuron " + train.getNeuron() + " is outside 0.."
                        + (times.length - 1) + "; fix the neuron index or the population size");
            } else {
                times[train.getNeuron()] = train.getTimes().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            }
        }
        return new SpikeTimesSourceModel(times);
    }

    /**
     * The metamodel's {@code tau r' = -r + f(gain (input - threshold))} with the input in pA and
     * r in Hz; it has no maximum rate, so the unbounded functions stay unbounded and the bounded
     * ones saturate at {@link #BOUNDED_RATE_UNIT_MAX_HZ}.
     */
    private RateUnitModel rateUnit(RateUnit unit) {
        RateUnitModel.TransferFunction transfer = switch (unit.getTransferFunction()) {
            case LINEAR -> RateUnitModel.TransferFunction.LINEAR;
            case THRESHOLD_LINEAR -> RateUnitModel.TransferFunction.THRESHOLD_LINEAR;
            case SIGMOID -> RateUnitModel.TransferFunction.SIGMOID;
            case TANH -> RateUnitModel.TransferFunction.TANH;
        };
        double maxRate = transfer.needsFiniteMaxRate() ? BOUNDED_RATE_UNIT_MAX_HZ : Double.POSITIVE_INFINITY;
        return new RateUnitModel(unit.getTau(), unit.getGain(), unit.getThreshold(), maxRate, 0, transfer);
    }

    /**
     * Positions as the layout places them; a periodic layout carries its extent, the torus its
     * distances wrap around (grid: columns x spacing by rows x spacing; box: its extents).
     */
    private Layout layout(org.neurocircuit.model.Population population, int index) {
        return switch (population.getLayout()) {
            case null -> Layout.NONE;
            case GridLayout grid -> gridPositions(population, grid);
            case RandomBoxLayout box -> LayoutPositions.box(box, population.getSize(), index, seed);
            default -> {
                problems.add(population, "layout " + population.getLayout().eClass().getName()
                        + " is not known to the network description");
                yield Layout.NONE;
            }
        };
    }

    /** Grid positions, or none (with a problem) when the grid is too small. */
    private Layout gridPositions(org.neurocircuit.model.Population population, GridLayout grid) {
        int n = population.getSize();
        if (!LayoutPositions.holds(grid, n)) {
            problems.add(population, "grid of " + grid.getRows() + " x " + grid.getColumns() + " holds fewer than "
                    + n + " neurons; enlarge the grid");
            return Layout.NONE;
        }
        return LayoutPositions.grid(grid, n);
    }
}
