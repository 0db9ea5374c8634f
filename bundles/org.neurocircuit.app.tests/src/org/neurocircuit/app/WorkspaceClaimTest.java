package org.neurocircuit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;

/** A workspace in use by another workbench process is refused with a message naming the folder and the fix. */
class WorkspaceClaimTest {

    /** A second JVM that holds the workspace lock the way another running workbench does. */
    private static final String LOCK_HOLDER = """
            import java.nio.channels.FileChannel;
            import java.nio.file.*;
            public class HoldLock {
                public static void main(String[] args) throws Exception {
                    Path lock = Path.of(args[0]);
                    Files.createDirectories(lock.getParent());
                    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                         var held = channel.lock()) {
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
            }
            """;

    @Test
    void aWorkspaceLockedByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path folder = Files.createTempDirectory("nc-workspace");
        Path source = Files.writeString(Files.createTempDirectory("nc-lock").resolve("HoldLock.java"), LOCK_HOLDER);
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process holder = new ProcessBuilder(java, source.toString(), folder.resolve(".metadata/.lock").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine(), "the lock-holding process did not start");
            Location location = workspaceAt(folder);
            String problem = NeuroCircuitApplication.claimWorkspace(location);
            assertNotNull(problem, "a workspace locked by another process was claimed");
            assertTrue(problem.contains(folder.toString()) && problem.contains("in use") && problem.contains("-data"), problem);
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void aFreeWorkspaceIsClaimedAndLocked() throws Exception {
        Path folder = Files.createTempDirectory("nc-workspace");
        Location location = workspaceAt(folder);
        try {
            assertNull(NeuroCircuitApplication.claimWorkspace(location));
            assertTrue(location.isLocked());
        } finally {
            location.release();
        }
    }

    /** A location set to the folder, as {@code -data folder} sets the instance location. */
    private static Location workspaceAt(Path folder) throws Exception {
        Location location = Platform.getInstanceLocation().createLocation(null, null, false);
        assertTrue(location.set(folder.toUri().toURL(), false));
        return location;
    }

    @Test
    void noWorkspaceAtAllSaysHowToStart() throws Exception {
        String problem = NeuroCircuitApplication.claimWorkspace(null);
        assertTrue(problem.contains("-data"), problem);
    }
}
