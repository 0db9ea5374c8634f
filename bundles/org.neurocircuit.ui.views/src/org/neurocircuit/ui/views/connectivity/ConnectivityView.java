package org.neurocircuit.ui.views.connectivity;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.ui.views.Colors;
import org.neurocircuit.ui.views.Csv;
import org.neurocircuit.ui.views.RunData;
import org.neurocircuit.ui.views.RunView;

/**
 * The connectivity of the run's circuit: a population-level matrix of connection probabilities
 * and mean weights, and a neuron-level sample drawn from the rules with the run's seed.
 */
public final class ConnectivityView extends RunView {

    public static final String ID = "org.neurocircuit.ui.views.connectivity";

    private ConnectivityCanvas canvas;
    private RunData built;
    private ConnectivityModel model;

    @Override
    protected void createContent(Composite parent) {
        canvas = new ConnectivityCanvas(parent);
    }

    @Override
    protected String[] topics() {
        return new String[] {LinkTopics.SELECTED_RUN};
    }

    @Override
    protected void show(RunData run) {
        if (run != built) {
            built = run;
            model = ConnectivityBuilder.build(run.circuit().orElse(null), run.seed());
        }
        RGB[] colors = new RGB[model.populations().size()];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = colorOf(run, model.populations().get(i), i);
        }
        canvas.show(model, colors);
    }

    private static RGB colorOf(RunData run, String population, int fallback) {
        for (int i = 0; i < run.populations().size(); i++) {
            if (run.populations().get(i).name().equals(population)) {
                return Colors.population(run, i);
            }
        }
        return Colors.population(run, Math.min(fallback, run.populations().size() - 1));
    }

    /** What the view shows; null before a run is shown. */
    public ConnectivityModel model() {
        return run() == null ? null : model;
    }

    @Override
    protected Control picture() {
        return canvas;
    }

    /** The population matrix shown, one row per connected pair. */
    @Override
    public Csv csv() {
        if (model() == null) {
            return null;
        }
        Csv csv = new Csv("source", "target", "probability", "mean weight", "weight unit", "projections", "rules");
        for (ConnectivityModel.Cell c : model.cells()) {
            csv.row(model.populations().get(c.source()), model.populations().get(c.target()), c.probability(),
                    c.meanWeight(), c.unit(), String.join(" ", c.projections()), String.join("; ", c.rules()));
        }
        return csv;
    }
}
