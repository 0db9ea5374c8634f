package org.neurocircuit.ui.perspective;

import java.util.List;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Circuit Modeling" perspective: circuits on the left, the editor in the middle, its outline
 * on the right, and properties, problems, progress and the error log below. Views added by later
 * bundles place themselves through {@code org.eclipse.ui.perspectiveExtensions}.
 */
public final class CircuitModelingPerspective implements IPerspectiveFactory {

    public static final String ID = "org.neurocircuit.ui.perspective.modeling";

    /** The Project Explorer of {@code org.eclipse.ui.navigator.resources}. */
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    /** The Error Log of {@code org.eclipse.ui.views.log}. */
    public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";
    /** The Runs view of this bundle (org.neurocircuit.ui.runs.RunsView). */
    public static final String RUNS = "org.neurocircuit.ui.runs";
    /** The Run/Run As/Run History menu and toolbar of org.eclipse.debug.ui. */
    public static final String LAUNCH_ACTION_SET = "org.eclipse.debug.ui.launchActionSet";

    public static final String LEFT_FOLDER = "org.neurocircuit.ui.folder.left";
    public static final String RIGHT_FOLDER = "org.neurocircuit.ui.folder.right";
    /** Progress and Error Log, below the figures. */
    public static final String BOTTOM_FOLDER = "org.neurocircuit.ui.folder.bottom";
    /** The Runs view, below the Project Explorer. */
    public static final String RUNS_FOLDER = "org.neurocircuit.ui.folder.runs";
    /** Result views over time (raster, traces, connectivity) with Properties and Problems, below the editor area. */
    public static final String RESULTS_FOLDER = "org.neurocircuit.ui.folder.results";
    /** Result views of figures (rates, statistics, spectrum), right of the results folder. */
    public static final String FIGURES_FOLDER = "org.neurocircuit.ui.folder.figures";

    /** The linked result views of org.neurocircuit.ui.views, raster first. */
    public static final List<String> RESULT_VIEWS = List.of("org.neurocircuit.ui.views.raster",
            "org.neurocircuit.ui.views.traces", "org.neurocircuit.ui.views.connectivity",
            "org.neurocircuit.ui.views.rates", "org.neurocircuit.ui.views.statistics", "org.neurocircuit.ui.views.spectrum");

    /** The Decoding view of org.neurocircuit.ui.views, beside the figures (rates, statistics, spectrum). */
    public static final String DECODING_VIEW = "org.neurocircuit.ui.views.decoding";

    /** The Circuit Cost view of org.neurocircuit.ui.editor (neurons, synapses, memory of the edited circuit). */
    public static final String COST_VIEW = "org.neurocircuit.ui.editor.cost";
    /** Below the Outline: the cost preview of the circuit being edited. */
    public static final String COST_FOLDER = "org.neurocircuit.ui.folder.cost";
    /** The New Circuit wizard of org.neurocircuit.ui.editor. */
    public static final String NEW_CIRCUIT_WIZARD = "org.neurocircuit.ui.editor.wizard.newCircuit";

    /** Views the perspective opens, in the order a user meets them. */
    public static final List<String> VIEWS = List.of(PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, ERROR_LOG);

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        // The editor keeps the upper part, where users draw; runs sit with the files they come from;
        // results share the lower band with the editing views, so a run needs no rearranging.
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.18f, editorArea);
        left.addView(PROJECT_EXPLORER);
        layout.createFolder(RUNS_FOLDER, IPageLayout.BOTTOM, 0.55f, LEFT_FOLDER).addView(RUNS);

        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.78f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        layout.createFolder(COST_FOLDER, IPageLayout.BOTTOM, 0.7f, RIGHT_FOLDER).addView(COST_VIEW);

        IFolderLayout results = layout.createFolder(RESULTS_FOLDER, IPageLayout.BOTTOM, 0.58f, editorArea);
        results.addView(IPageLayout.ID_PROP_SHEET);
        results.addView(IPageLayout.ID_PROBLEM_VIEW);
        RESULT_VIEWS.subList(0, 3).forEach(results::addView);
        IFolderLayout figures = layout.createFolder(FIGURES_FOLDER, IPageLayout.RIGHT, 0.5f, RESULTS_FOLDER);
        RESULT_VIEWS.subList(3, 6).forEach(figures::addView);
        figures.addView(DECODING_VIEW);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.75f, FIGURES_FOLDER);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(ERROR_LOG);
        RESULT_VIEWS.forEach(layout::addShowViewShortcut);
        layout.addShowViewShortcut(DECODING_VIEW);

        VIEWS.forEach(layout::addShowViewShortcut);
        layout.addShowViewShortcut(RUNS);
        layout.addShowViewShortcut(COST_VIEW);
        layout.addActionSet(LAUNCH_ACTION_SET);
        layout.addNewWizardShortcut(NEW_CIRCUIT_WIZARD);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addPerspectiveShortcut(ID);
    }
}
