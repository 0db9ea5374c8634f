package org.neurocircuit.engine.cost;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ConnectionRule;
import org.neurocircuit.model.ConstantValue;
import org.neurocircuit.model.GridLayout;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.Projection;

/** Small circuits of LIF populations for the cost tests. */
final class CostCircuits {

    static final ModelFactory F = ModelFactory.eINSTANCE;

    final Circuit circuit = F.createCircuit();

    CostCircuits() {
        circuit.setName("cost");
        circuit.setDt(0.1);
    }

    Population population(String name, int size) {
        Population p = F.createPopulation();
        p.setName(name);
        p.setSize(size);
        p.setNeuronModel(F.createLifCurrent());
        circuit.getPopulations().add(p);
        return p;
    }

    /** A population on a one-row grid of {@code size} columns, {@code spacing} µm apart, centred at x. */
    Population row(String name, int size, double spacing, double centerX) {
        Population p = population(name, size);
        GridLayout grid = F.createGridLayout();
        grid.setRows(1);
        grid.setColumns(size);
        grid.setSpacing(spacing);
        grid.setCenterX(centerX);
        p.setLayout(grid);
        return p;
    }

    Projection connect(String name, Population source, Population target, ConnectionRule rule) {
        Projection p = F.createProjection();
        p.setName(name);
        p.setSource(source);
        p.setTarget(target);
        p.setRule(rule);
        p.setWeight(constant(1));
        p.setDelay(constant(1.5));
        p.setReceptor(F.createReceptor());
        circuit.getProjections().add(p);
        return p;
    }

    static ConstantValue constant(double v) {
        ConstantValue c = F.createConstantValue();
        c.setValue(v);
        return c;
    }
}
