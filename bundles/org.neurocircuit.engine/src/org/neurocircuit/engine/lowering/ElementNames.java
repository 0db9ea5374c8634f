package org.neurocircuit.engine.lowering;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Region;

/** How problems name model elements: kind and region path, e.g. {@code Population 'V1/E'}. */
final class ElementNames {

    private ElementNames() {
    }

    static String of(NamedElement element) {
        return element.eClass().getName() + " '" + path(element) + "'";
    }

    /** Region path and name, e.g. {@code V1/L23/E}; top-level elements have just their name. */
    static String path(NamedElement element) {
        StringBuilder path = new StringBuilder(String.valueOf(element.getName()));
        for (EObject container = element.eContainer(); container instanceof Region region;
                container = region.eContainer()) {
            path.insert(0, region.getName() + "/");
        }
        return path.toString();
    }
}
