package org.neurocircuit.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neurocircuit.engine.link.LinkTopics;
import org.neurocircuit.engine.link.RunSelection;
import org.neurocircuit.engine.link.RunsChanged;
import org.neurocircuit.engine.results.ResultsStore;
import org.neurocircuit.engine.results.RunFolderReader;
import org.neurocircuit.engine.results.RunResults;
import org.neurocircuit.engine.results.RunStatus;
import org.neurocircuit.engine.results.StoredRun;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.resource.CircuitFiles;
import org.neurocircuit.ui.perspective.CircuitModelingPerspective;
import org.neurocircuit.ui.run.UiTestSupport.BusRecorder;
import org.neurocircuit.ui.run.UiTestSupport.DialogCloser;
import org.neurocircuit.ui.runs.RunsView;
import org.neurocircuit.ui.runs.RunsViewProbe;

/**
 * Running the Vogels-Abbott COBA example from the workbench as a user does: through its launch
 * configuration, through the Run command on the selected file, cancelled mid-run, refused when
 * invalid; the run folders, the Runs view and the link bus afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunFromWorkbenchTest {

    private static final long RUN_TIMEOUT_MS = 180_000;

    private static IProject project;
    private static IFile coba;

    @BeforeAll
    static void createProject() throws Exception {
        project = UiTestSupport.project("run-tests");
        coba = UiTestSupport.coba(project, "coba.circuit", c -> c.setDuration(200));
        PlatformUI.getWorkbench().showPerspective(CircuitModelingPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        // The Run toolbar loads the launch history lazily, after start-up; load it now as a user's
        // first look at Run History would, so the history hears the first launch.
        DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
        UiTestSupport.flush();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static RunsView runsView() throws Exception {
        return (RunsView) page().showView(RunsView.ID);
    }

    private static List<Path> runFolders() throws Exception {
        return new ResultsStore(project.getLocation().toFile().toPath().resolve("runs")).list().stream()
                .map(StoredRun::folder).toList();
    }

    /** Waits for the run that {@code bus} saw start to end, and for every run job to finish. */
    private static Path awaitEnded(BusRecorder bus) {
        UiTestSupport.waitUntil("a run to end", () -> bus.values(LinkTopics.RUNS_CHANGED, RunsChanged.class).stream()
                .anyMatch(c -> c.change() == RunsChanged.Change.ENDED), RUN_TIMEOUT_MS);
        UiTestSupport.waitUntil("the run jobs to finish", () -> Job.getJobManager().find(CircuitRunJob.FAMILY).length == 0,
                RUN_TIMEOUT_MS);
        UiTestSupport.flush();
        return bus.values(LinkTopics.RUNS_CHANGED, RunsChanged.class).stream()
                .filter(c -> c.change() == RunsChanged.Change.ENDED).findFirst().orElseThrow().folder();
    }

    @Test
    @Order(1)
    void theLaunchConfigurationRunsTheCircuitAndTheRunsViewListsItsProvenance() throws Exception {
        ILaunchConfiguration config = CircuitLaunchConfigurations.findOrCreate(coba);
        assertEquals("/run-tests/coba.circuit", config.getAttribute(RunLaunchAttributes.CIRCUIT, ""));
        assertEquals("200", config.getAttribute(RunLaunchAttributes.DURATION, ""), "the circuit's own duration");
        Path folder;
        try (BusRecorder bus = new BusRecorder()) {
            DebugUITools.launch(config, ILaunchManager.RUN_MODE);
            folder = awaitEnded(bus);
            List<RunsChanged> changes = bus.values(LinkTopics.RUNS_CHANGED, RunsChanged.class);
            assertEquals(List.of(new RunsChanged(folder, RunsChanged.Change.STARTED),
                    new RunsChanged(folder, RunsChanged.Change.ENDED)), changes);
            assertTrue(bus.values(LinkTopics.SELECTED_RUN, RunSelection.class).contains(new RunSelection(folder)));
        }
        assertEquals(project.getLocation().toFile().toPath().resolve("runs"), folder.getParent());
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, run.status());
        assertEquals(200.0, run.simulatedDurationMs(), 1e-9);
        assertEquals("builtin", run.manifest().provenance().backendId());
        assertTrue(run.spikes(0).count() > 0, "the network fired");
        // The launch history follows launches asynchronously.
        UiTestSupport.waitUntil("the configuration in the Run history",
                () -> config.equals(DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP)), 10_000);
        assertTrue(project.getFolder("runs").getFolder(folder.getFileName().toString()).exists(),
                "the workspace sees the run folder");

        RunsView view = runsView();
        UiTestSupport.waitUntil("the Runs view to list the run", () -> RunsViewProbe.row(view, folder) != null, 10_000);
        String[] row = RunsViewProbe.row(view, folder);
        assertEquals(List.of("Run", "Circuit", "Backend", "Seed", "Simulated (ms)", "Status", "Started", "Wall time (s)",
                "Spikes"), RunsViewProbe.headers(view));
        assertEquals(folder.getFileName().toString(), row[0]);
        assertEquals("vogels_abbott_coba", row[1]);
        assertTrue(row[2].startsWith("builtin "), row[2]);
        assertEquals(Long.toString(run.manifest().provenance().seed()), row[3]);
        assertEquals("200.0", row[4]);
        assertEquals("complete", row[5]);
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", run.manifest().outcome().totalSpikes()), row[8]);
        assertEquals(folder, view.runs().get(0).folder(), "newest first");
        UiTestSupport.screenshot(Path.of("target", "screenshots", "runs-view.png"));
    }

    @Test
    @Order(2)
    void theRunCommandRunsTheSelectedCircuitWithItsConfigurationsLastSettings() throws Exception {
        ILaunchConfigurationWorkingCopy wc = CircuitLaunchConfigurations.findOrCreate(coba).getWorkingCopy();
        wc.setAttribute(RunLaunchAttributes.SEED, "5");
        wc.setAttribute(RunLaunchAttributes.DURATION, "100");
        wc.doSave();
        IViewPart explorer = page().showView(CircuitModelingPerspective.PROJECT_EXPLORER);
        ((CommonNavigator) explorer).selectReveal(new StructuredSelection(coba));
        UiTestSupport.flush();
        Path folder;
        try (BusRecorder bus = new BusRecorder()) {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RunCircuitHandler.COMMAND_ID, null);
            folder = awaitEnded(bus);
        }
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, run.status());
        assertEquals(5, run.manifest().provenance().seed());
        assertEquals(100.0, run.simulatedDurationMs(), 1e-9);
        assertEquals(2, runFolders().size());
    }

    @Test
    @Order(3)
    void theRunCommandSavesTheCircuitEditorAfterAskingAndRunsItsCircuit() throws Exception {
        IEditorPart editor = IDE.openEditor(page(), coba, RunCircuitHandler.CIRCUIT_EDITOR_ID);
        page().activate(editor);
        Circuit circuit = editor.getAdapter(Circuit.class);
        EditingDomain domain = editor.getAdapter(EditingDomain.class);
        domain.getCommandStack().execute(SetCommand.create(domain, circuit,
                ModelPackage.eINSTANCE.getCircuit_Duration(), 150.0));
        UiTestSupport.flush();
        assertTrue(editor.isDirty());
        int before = runFolders().size();
        DialogCloser answers = new DialogCloser("Yes");
        Path folder;
        try (BusRecorder bus = new BusRecorder()) {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RunCircuitHandler.COMMAND_ID, null);
            folder = awaitEnded(bus);
        } finally {
            answers.disarm();
        }
        assertTrue(answers.texts().stream().anyMatch(t -> t.contains("'coba.circuit' has unsaved changes")),
                answers.texts().toString());
        assertFalse(editor.isDirty(), "saved before running");
        assertEquals(150.0, CircuitFiles.load(coba.getLocation().toFile().toPath()).circuit().getDuration());
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.COMPLETE, run.status());
        assertEquals(100.0, run.simulatedDurationMs(), 1e-9, "the configuration's duration");
        assertEquals(before + 1, runFolders().size());
        // The whole perspective after a run from the editor: diagram above, the run in the views below.
        long start = System.currentTimeMillis();
        UiTestSupport.waitUntil("the views to draw the run", () -> System.currentTimeMillis() - start > 1500, 5_000);
        UiTestSupport.screenshot(Path.of("target", "screenshots", "perspective-after-run.png"));
        page().closeEditor(editor, false);
    }

    @Test
    @Order(4)
    void cancellingMidRunLeavesAReadableCancelledRunAndAUsableWorkbench() throws Exception {
        ILaunchConfigurationWorkingCopy wc = CircuitLaunchConfigurations.findOrCreate(coba).getWorkingCopy();
        wc.setAttribute(RunLaunchAttributes.DURATION, "600000");
        ILaunchConfiguration config = wc.doSave();
        Path folder;
        try (BusRecorder bus = new BusRecorder()) {
            DebugUITools.launch(config, ILaunchManager.RUN_MODE);
            UiTestSupport.waitUntil("the run to start", () -> !bus.values(LinkTopics.RUNS_CHANGED, RunsChanged.class)
                    .isEmpty(), RUN_TIMEOUT_MS);
            long until = System.currentTimeMillis() + 1500;
            UiTestSupport.waitUntil("some simulated time", () -> System.currentTimeMillis() > until, 5000);
            Job.getJobManager().cancel(CircuitRunJob.FAMILY);
            folder = awaitEnded(bus);
        }
        RunResults run = RunFolderReader.open(folder);
        assertEquals(RunStatus.CANCELLED, run.status());
        assertTrue(run.simulatedDurationMs() > 0 && run.simulatedDurationMs() < 600_000, "" + run.simulatedDurationMs());
        assertEquals(List.of(), run.notes(), "the folder was closed properly");
        RunsView view = runsView();
        UiTestSupport.waitUntil("the cancelled run listed", () -> RunsViewProbe.row(view, folder) != null, 10_000);
        assertTrue(RunsViewProbe.row(view, folder)[5].startsWith("cancelled"), RunsViewProbe.row(view, folder)[5]);
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().isVisible());
        assertEquals(4, runFolders().size());
    }

    @Test
    @Order(5)
    void anInvalidCircuitShowsAnErrorNamingTheElementAndLeavesTheRuns() throws Exception {
        IFile bad = UiTestSupport.coba(project, "bad.circuit", c -> c.allPopulations().get(1).setSize(0));
        List<Path> before = runFolders();
        List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
        ILogListener log = (status, plugin) -> logged.add(status);
        Platform.addLogListener(log);
        // The test harness runs in automated mode, where the status manager opens no dialogs.
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        DialogCloser dialogs = new DialogCloser();
        try {
            DebugUITools.launch(CircuitLaunchConfigurations.findOrCreate(bad), ILaunchManager.RUN_MODE);
            UiTestSupport.waitUntil("the error dialog", () -> !dialogs.texts().isEmpty(), 60_000);
            UiTestSupport.waitUntil("the run jobs to finish",
                    () -> Job.getJobManager().find(CircuitRunJob.FAMILY).length == 0, RUN_TIMEOUT_MS);
        } finally {
            dialogs.disarm();
            ErrorDialog.AUTOMATED_MODE = automated;
            Platform.removeLogListener(log);
        }
        String shown = String.join("\n", dialogs.texts());
        assertTrue(shown.contains("bad.circuit") && shown.contains("Population 'network/I' (size)"), shown);
        String messages = logged.stream().map(IStatus::getMessage).collect(Collectors.joining("\n"));
        assertTrue(messages.contains("Cannot run /run-tests/bad.circuit")
                && messages.contains("Population 'network/I' (size): size is 0; set a size of at least 1 neuron"), messages);
        assertEquals(Set.copyOf(before), Set.copyOf(runFolders()), "earlier runs untouched, no new folder");
        assertTrue(coba.exists() && bad.exists());
    }

    @Test
    @Order(6)
    void deletingARunRemovesItsFolderAndAnnouncesIt() throws Exception {
        RunsView view = runsView();
        view.rescan();
        StoredRun newest = view.runs().get(0);
        view.select(List.of(newest));
        try (BusRecorder bus = new BusRecorder()) {
            RunsViewProbe.deleteSelected(view);
            assertEquals(List.of(new RunsChanged(newest.folder(), RunsChanged.Change.DELETED)),
                    bus.values(LinkTopics.RUNS_CHANGED, RunsChanged.class));
        }
        assertFalse(Files.exists(newest.folder()));
        UiTestSupport.flush();
        assertNull(RunsViewProbe.row(view, newest.folder()));
        assertEquals(3, runFolders().size());
        assertNotNull(RunsViewProbe.row(view, runFolders().get(0)));
    }
}
