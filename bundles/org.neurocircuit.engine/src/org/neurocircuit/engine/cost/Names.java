package org.neurocircuit.engine.cost;

import org.eclipse.emf.ecore.EObject;
import org.neurocircuit.model.NamedElement;
import org.neurocircuit.model.Region;

/** Region path and name of an element, e.g. {@code V1/L23/E}, as the lowering's messages name it. */
final class Names {

    private Names() {
    }

    static String path(NamedElement element) {
        StringBuilder path = new StringBuilder(String.valueOf(element.getName()));
        for (EObject c = element.eContainer(); c instanceof Region region; c = region.eContainer()) {
            path.insert(0, region.getName() + "/");
        }
        return path.toString();
    }
}
