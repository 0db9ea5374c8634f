package org.neurocircuit.engine.lowering;

import java.util.List;
import java.util.Map;

import org.neurocircuit.engine.network.ConnectionRule;
import org.neurocircuit.engine.network.Distribution;
import org.neurocircuit.engine.network.Plasticity;
import org.neurocircuit.engine.network.Projection;
import org.neurocircuit.engine.network.Receptor;
import org.neurocircuit.model.AllToAll;
import org.neurocircuit.model.DistanceDependent;
import org.neurocircuit.model.DistanceProfile;
import org.neurocircuit.model.ExplicitConnection;
import org.neurocircuit.model.ExplicitList;
import org.neurocircuit.model.FixedInDegree;
import org.neurocircuit.model.FixedOutDegree;
import org.neurocircuit.model.FixedProbability;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.OneToOne;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.ShortTermPlasticity;
import org.neurocircuit.model.Stdp;
import org.neurocircuit.model.StdpWeightDependence;
import org.neurocircuit.model.SynapseKinetics;

/** A projection: connection rule, weight and delay, receptor and plasticity. */
final class ProjectionLowering {

    /**
     * Distance rules are cut where the profile has fallen to {@code e^-8} (0.03 %) of p0: at 4
     * sigma for the Gaussian, 8 sigma for the exponential. The connections lost beyond are a
     * fraction {@code e^-8} (Gaussian) and {@code 9 e^-8 = 0.3 %} (exponential) of those a 2-D
     * layout would make without the cutoff.
     */
    static final double CUTOFF_EXPONENT = 8;

    private final Problems problems;
    private final Map<Population, Integer> indices;

    ProjectionLowering(Problems problems, Map<Population, Integer> indices) {
        this.problems = problems;
        this.indices = indices;
    }

    Projection lower(org.neurocircuit.model.Projection projection) {
        Integer source = index(projection, projection.getSource(), "source");
        Integer target = index(projection, projection.getTarget(), "target");
        Distribution weight = required(projection, Quantities.of(projection.getWeight()), "weight");
        Distribution delay = required(projection, Quantities.of(projection.getDelay()), "delay");
        Receptor receptor = receptor(projection, projection.getReceptor());
        ConnectionRule rule = rule(projection);
        Plasticity plasticity = plasticity(projection);
        if (source == null || target == null || weight == null || delay == null || receptor == null || rule == null
                || plasticity == null) {
            return null;
        }
        return new Projection(projection.getName(), source, target, rule, projection.isAllowAutapses(),
                projection.isAllowMultapses(), weight, delay, receptor, plasticity);
    }

    private Integer index(NamedElement owner, Population population, String role) {
        Integer index = population == null ? null : indices.get(population);
        if (index == null) {
            problems.add(owner, "has no " + role + " population of this circuit; connect it to one");
        }
        return index;
    }

    private <T> T required(NamedElement owner, T value, String what) {
        if (value == null) {
            problems.add(owner, "has no " + what + "; set a constant or a distribution");
        }
        return value;
    }

    /** Receptors of projections and of Poisson or spike-time stimuli. */
    Receptor receptor(NamedElement owner, org.neurocircuit.model.Receptor receptor) {
        if (receptor == null) {
            problems.add(owner, "has no receptor; set its sign, kind and time constant");
            return null;
        }
        Receptor.Sign sign = receptor.getSign() == ReceptorSign.EXCITATORY ? Receptor.Sign.EXCITATORY
                : Receptor.Sign.INHIBITORY;
        if (receptor.getKinetics() == SynapseKinetics.DELTA) {
            if (receptor.getKind() == ReceptorKind.CONDUCTANCE) {
                problems.add(owner, "has a conductance receptor with delta kinetics; a delta synapse jumps V_m by"
                        + " its weight in mV, so make the receptor current-based or choose exponential kinetics");
                return null;
            }
            // tau_syn means nothing for a jump; dropping it lets all delta receptors of one sign share a channel
            return Receptor.delta(sign);
        }
        Receptor.Kinetics kinetics = receptor.getKinetics() == SynapseKinetics.ALPHA ? Receptor.Kinetics.ALPHA
                : Receptor.Kinetics.EXPONENTIAL;
        Receptor lowered = receptor.getKind() == ReceptorKind.CONDUCTANCE
                ? Receptor.conductance(sign, receptor.getTauSyn(), receptor.getERev())
                : Receptor.current(sign, receptor.getTauSyn());
        return lowered.withKinetics(kinetics);
    }

    private ConnectionRule rule(org.neurocircuit.model.Projection projection) {
        return switch (projection.getRule()) {
            case null -> {
                problems.add(projection, "has no connection rule; choose one (e.g. fixed probability)");
                yield null;
            }
            case AllToAll all -> new ConnectionRule.AllToAll();
            case OneToOne one -> new ConnectionRule.OneToOne();
            case FixedProbability p -> new ConnectionRule.FixedProbability(p.getP());
            case FixedInDegree k -> new ConnectionRule.FixedInDegree(k.getK());
            case FixedOutDegree k -> new ConnectionRule.FixedOutDegree(k.getK());
            case DistanceDependent d -> {
                ConnectionRule.Profile profile = d.getProfile() == DistanceProfile.EXPONENTIAL
                        ? ConnectionRule.Profile.EXPONENTIAL : ConnectionRule.Profile.GAUSSIAN;
                yield new ConnectionRule.DistanceDependent(profile, d.getP0(), d.getSigma(),
                        profile.sigmasAt(CUTOFF_EXPONENT) * d.getSigma());
            }
            case ExplicitList list -> explicit(projection, list.getConnections());
            default -> {
                problems.add(projection, "connection rule " + projection.getRule().eClass().getName() + " is unknown");
                yield null;
            }
        };
    }

    /** Per-connection weights and delays are all given or all taken from the projection. */
    private ConnectionRule explicit(org.neurocircuit.model.Projection projection, List<ExplicitConnection> pairs) {
        int n = pairs.size();
        int[] sources = new int[n];
        int[] targets = new int[n];
        double[] weights = new double[n];
        double[] delays = new double[n];
        int withWeight = 0;
        int withDelay = 0;
        for (int i = 0; i < n; i++) {
            ExplicitConnection pair = pairs.get(i);
            sources[i] = pair.getSource();
            targets[i] = pair.getTarget();
            if (pair.getWeight() != null) {
                weights[i] = pair.getWeight();
                withWeight++;
            }
            if (pair.getDelay() != null) {
                delays[i] = pair.getDelay();
                withDelay++;
            }
        }
        if (withWeight > 0 && withWeight < n || withDelay > 0 && withDelay < n) {
            problems.add(projection, "some explicit connections have their own weight or delay and some do not;"
                    + " give every connection one, or none (then the projection's are used)");
            return null;
        }
        return new ConnectionRule.Explicit(sources, targets, withWeight == n && n > 0 ? weights : null,
                withDelay == n && n > 0 ? delays : null);
    }

    /**
     * The metamodel gives STDP amplitudes as fractions of w_max; the additive rule adds them as
     * absolute weights, the multiplicative rule scales (w_max - w) and (w - w_min) by them.
     */
    private Plasticity plasticity(org.neurocircuit.model.Projection projection) {
        return switch (projection.getPlasticity()) {
            case null -> Plasticity.NONE;
            case Stdp stdp -> {
                boolean additive = stdp.getWeightDependence() == StdpWeightDependence.ADDITIVE;
                double scale = additive ? stdp.getWMax() : 1;
                yield new Plasticity.Stdp(stdp.getTauPlus(), stdp.getTauMinus(), stdp.getAPlus() * scale,
                        stdp.getAMinus() * scale, stdp.getWMin(), stdp.getWMax(),
                        additive ? Plasticity.StdpUpdate.ADDITIVE : Plasticity.StdpUpdate.MULTIPLICATIVE,
                        Plasticity.Pairing.ALL_TO_ALL);
            }
            case ShortTermPlasticity stp -> new Plasticity.TsodyksMarkram(stp.getU(), stp.getTauRec(), stp.getTauFac());
            default -> {
                problems.add(projection, "plasticity " + projection.getPlasticity().eClass().getName() + " is unknown");
                yield null;
            }
        };
    }
}
