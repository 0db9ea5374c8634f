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
    public static final String BOTTOM_FOLDER = "org.neurocircuit.ui.folder.bottom";
    /** Result views over time (raster, traces, connectivity), below the editor area. */
    public static final String RESULTS_FOLDER = "org.neurocircuit.ui.folder.results";
    /** Result views of figures (rates, statistics, spectrum), right of the results folder. */
    public static final String FIGURES_FOLDER = "org.neurocircuit.ui.folder.figures";

    /** The linked result views of org.neurocircuit.ui.views, raster first. */
    public static final List<String> RESULT_VIEWS = List.of("org.neurocircuit.ui.views.raster",
            "org.neurocircuit.ui.views.traces", "org.neurocircuit.ui.views.connectivity",
            "org.neurocircuit.ui.views.rates", "org.neurocircuit.ui.views.statistics", "org.neurocircuit.ui.views.spectrum");

    /** The Decoding view of org.neurocircuit.ui.views, beside the figures (rates, statistics, spectrum). */
    public static final String DECODING_VIEW = "org.neurocircuit.ui.views.decoding";

    /** Views the perspective opens, in the order a user meets them. */
    public static final List<String> VIEWS = List.of(PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
            IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, ERROR_LOG);

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.78f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(RUNS);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(ERROR_LOG);

        IFolderLayout results = layout.createFolder(RESULTS_FOLDER, IPageLayout.BOTTOM, 0.45f, editorArea);
        RESULT_VIEWS.subList(0, 3).forEach(results::addView);
        IFolderLayout figures = layout.createFolder(FIGURES_FOLDER, IPageLayout.RIGHT, 0.5f, RESULTS_FOLDER);
        RESULT_VIEWS.subList(3, 6).forEach(figures::addView);
        figures.addView(DECODING_VIEW);
        RESULT_VIEWS.forEach(layout::addShowViewShortcut);
        layout.addShowViewShortcut(DECODING_VIEW);

        VIEWS.forEach(layout::addShowViewShortcut);
        layout.addShowViewShortcut(RUNS);
        layout.addActionSet(LAUNCH_ACTION_SET);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addPerspectiveShortcut(ID);
    }
}
