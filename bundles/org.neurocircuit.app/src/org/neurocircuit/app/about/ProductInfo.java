package org.neurocircuit.app.about;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * What the About dialog reports: the product version (the version of this bundle, which carries
 * the build qualifier), the Java runtime, and every installed NeuroCircuit bundle with its
 * version, so a scientist can cite exactly what produced a result.
 */
public final class ProductInfo {

    public static final String BUNDLE_PREFIX = "org.neurocircuit.";

    /** One installed bundle: symbolic name, version, and OSGi state as a word. */
    public record BundleLine(String symbolicName, String version, String state) {
    }

    private ProductInfo() {
    }

    /** The version of the product, e.g. {@code 0.1.0.202611222100}. */
    public static Version productVersion() {
        return FrameworkUtil.getBundle(ProductInfo.class).getVersion();
    }

    /** {@code major.minor.micro}, without the build qualifier. */
    public static String releaseVersion() {
        Version version = productVersion();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    public static String javaRuntime() {
        return System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
    }

    /** The installed NeuroCircuit bundles, sorted by name. */
    public static List<BundleLine> neuroCircuitBundles() {
        BundleContext context = FrameworkUtil.getBundle(ProductInfo.class).getBundleContext();
        return Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(BUNDLE_PREFIX))
                .map(bundle -> new BundleLine(bundle.getSymbolicName(), bundle.getVersion().toString(), stateName(bundle)))
                .sorted(Comparator.comparing(BundleLine::symbolicName))
                .toList();
    }

    static String stateName(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting (lazy)";
            case Bundle.INSTALLED -> "installed (unresolved)";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
