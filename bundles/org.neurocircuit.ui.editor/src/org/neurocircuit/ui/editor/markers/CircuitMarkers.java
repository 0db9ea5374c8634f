package org.neurocircuit.ui.editor.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.labels.Labels;
import org.neurocircuit.model.resource.LoadProblem;
import org.neurocircuit.model.validation.CircuitValidation;

/** Writes validation diagnostics and load problems of a circuit file as problem markers. */
public final class CircuitMarkers {

    /** Our marker type (a persistent problem marker, declared in plugin.xml). */
    public static final String TYPE = "org.neurocircuit.ui.editor.problem";
    /** Marker attribute: the URI fragment of the element a problem is about. */
    public static final String URI_FRAGMENT = "uriFragment";

    private CircuitMarkers() {
    }

    /** Validates {@code circuit} and replaces the file's markers; returns the number of errors and warnings. */
    public static int validate(IFile file, Circuit circuit) throws CoreException {
        Diagnostic diagnostic = CircuitValidation.validate(circuit);
        List<Diagnostic> leaves = new ArrayList<>();
        collect(diagnostic, leaves);
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Diagnostic leaf : leaves) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, severity(leaf.getSeverity()));
            marker.setAttribute(IMarker.MESSAGE, leaf.getMessage());
            EObject subject = leaf.getData().isEmpty() || !(leaf.getData().get(0) instanceof EObject e) ? null : e;
            Resource resource = circuit.eResource();
            if (subject != null && resource != null) {
                marker.setAttribute(URI_FRAGMENT, resource.getURIFragment(subject));
                String label = Labels.text(subject);
                marker.setAttribute(IMarker.LOCATION, label == null ? subject.eClass().getName() : label);
            }
        }
        return leaves.size();
    }

    /** Replaces the file's markers with the problems met while loading it. */
    public static void loadProblems(IFile file, List<LoadProblem> problems) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (LoadProblem problem : problems) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, severity(problem.severity()));
            marker.setAttribute(IMarker.MESSAGE, problem.message());
            if (problem.line() > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
            }
        }
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                leaves.add(diagnostic);
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collect(child, leaves));
    }

    private static int severity(int emfSeverity) {
        if (emfSeverity >= Diagnostic.ERROR) {
            return IMarker.SEVERITY_ERROR;
        }
        return emfSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
    }
}
