package org.neurocircuit.app;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;

/** A workspace in use by another workbench is refused with a message naming the folder and the fix. */
class WorkspaceClaimTest {

    @Test
    void aSecondClaimOnALockedWorkspaceIsRefusedWithAClearMessage() throws Exception {
        Path folder = Files.createTempDirectory("nc-workspace");
        Location first = Platform.getInstanceLocation().createLocation(null, folder.toUri().toURL(), false);
        Location second = Platform.getInstanceLocation().createLocation(null, folder.toUri().toURL(), false);
        try {
            assertNull(NeuroCircuitApplication.claimWorkspace(first));
            String problem = NeuroCircuitApplication.claimWorkspace(second);
            assertTrue(problem != null && problem.contains(folder.getFileName().toString()) && problem.contains("-data"),
                    String.valueOf(problem));
        } finally {
            first.release();
            second.release();
        }
    }

    @Test
    void noWorkspaceAtAllSaysHowToStart() throws Exception {
        String problem = NeuroCircuitApplication.claimWorkspace(null);
        assertTrue(problem.contains("-data"), problem);
    }
}
