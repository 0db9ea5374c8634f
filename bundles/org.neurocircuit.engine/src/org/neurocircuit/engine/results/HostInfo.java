package org.neurocircuit.engine.results;

/**
 * The machine a run ran on, so that timings can be compared fairly.
 *
 * @param javaVersion {@code java.version}
 * @param javaVendor {@code java.vendor}
 * @param osName {@code os.name}
 * @param osArch {@code os.arch}
 * @param osVersion {@code os.version}
 * @param processors available processors
 * @param maxHeapBytes the JVM's maximum heap
 */
public record HostInfo(String javaVersion, String javaVendor, String osName, String osArch,
        String osVersion, int processors, long maxHeapBytes) {

    /** This JVM and machine. */
    public static HostInfo current() {
        Runtime rt = Runtime.getRuntime();
        return new HostInfo(System.getProperty("java.version", ""), System.getProperty("java.vendor", ""),
                System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                System.getProperty("os.version", ""), rt.availableProcessors(), rt.maxMemory());
    }
}
