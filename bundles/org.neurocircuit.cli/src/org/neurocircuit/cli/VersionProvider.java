package org.neurocircuit.cli;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the bundle's version in the product, "development" outside OSGi. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = "development";
        try {
            Bundle b = Platform.getBundle("org.neurocircuit.cli");
            if (b != null) {
                version = b.getVersion().toString();
            }
        } catch (RuntimeException | LinkageError notInOsgi) {
            // plain Java: no bundle version to show
        }
        return new String[] {"NeuroCircuit command line " + version,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
