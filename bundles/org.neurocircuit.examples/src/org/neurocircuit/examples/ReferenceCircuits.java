package org.neurocircuit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalogue of reference circuits, in the order a wizard should list them. */
public final class ReferenceCircuits {

  /** Scale of the downscaled microcircuit variant. */
  public static final double POTJANS_DIESMANN_SMALL_SCALE = 0.1;

  private static final List<ReferenceCircuit> ALL = build();

  private ReferenceCircuits() {
  }

  /** All reference circuits, one per circuit and variant. */
  public static List<ReferenceCircuit> all() {
    return ALL;
  }

  /** The entry with {@code id}, if any. */
  public static Optional<ReferenceCircuit> byId(String id) {
    return ALL.stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  private static List<ReferenceCircuit> build() {
    List<ReferenceCircuit> list = new ArrayList<>();
    for (Brunel2000.Regime regime : Brunel2000.Regime.values()) {
      list.add(new ReferenceCircuit(regime.id(), "Brunel 2000, " + regime.label() + " (Fig. 8" + regime.panel() + ")",
          "Sparse E/I network of 12,500 LIF neurons with delta synapses in the " + regime.label() + " regime: "
              + regime.behaviour() + ".",
          Brunel2000.CITATION, () -> Brunel2000.create(regime)));
    }
    list.add(new ReferenceCircuit("vogels_abbott_cuba", "Vogels\u2013Abbott CUBA (benchmark 2)",
        "4000 current-based LIF neurons, self-sustained asynchronous activity; Brette et al. (2007) benchmark 2.",
        VogelsAbbott2005.CITATION, VogelsAbbott2005::cuba));
    list.add(new ReferenceCircuit("vogels_abbott_coba", "Vogels\u2013Abbott COBA (benchmark 1)",
        "4000 conductance-based LIF neurons, self-sustained asynchronous activity; Brette et al. (2007) benchmark 1.",
        VogelsAbbott2005.CITATION, VogelsAbbott2005::coba));
    list.add(new ReferenceCircuit(PotjansDiesmann2014.id(1.0), "Potjans & Diesmann 2014 microcircuit (full scale)",
        "Cortical microcircuit of 77,169 LIF neurons in 8 populations of layers 2/3, 4, 5 and 6 with Poisson "
            + "background input.",
        PotjansDiesmann2014.CITATION, () -> PotjansDiesmann2014.create(1.0)));
    list.add(new ReferenceCircuit(PotjansDiesmann2014.id(POTJANS_DIESMANN_SMALL_SCALE),
        "Potjans & Diesmann 2014 microcircuit (10 %)",
        "The microcircuit with 10 % of the neurons and the full-scale in-degrees.",
        PotjansDiesmann2014.CITATION, () -> PotjansDiesmann2014.create(POTJANS_DIESMANN_SMALL_SCALE)));
    list.add(new ReferenceCircuit("embedded_core", "Embedded core (Litwin-Kumar & Doiron 2012)",
        "A strongly coupled excitatory cluster inside a larger balanced E/I network.",
        EmbeddedCore.CITATION, EmbeddedCore::create));
    list.add(new ReferenceCircuit("liquid_state_machine", "Liquid state machine (Maass et al. 2002)",
        "A 135-neuron column with dynamic synapses and a ridge readout that decodes its input rate.",
        LiquidStateMachine.CITATION, LiquidStateMachine::create));
    return List.copyOf(list);
  }
}
