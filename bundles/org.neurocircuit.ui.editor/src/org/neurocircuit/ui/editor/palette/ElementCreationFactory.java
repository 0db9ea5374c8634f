package org.neurocircuit.ui.editor.palette;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.requests.CreationFactory;

/** Makes a fresh model element (with valid defaults) for each use of a creation tool. */
public final class ElementCreationFactory implements CreationFactory {

    private final EClass type;
    private final Supplier<?> supplier;

    public ElementCreationFactory(EClass type, Supplier<?> supplier) {
        this.type = type;
        this.supplier = supplier;
    }

    @Override
    public Object getNewObject() {
        return supplier.get();
    }

    /** The class created: the neuron model's class for populations, else the element's. */
    @Override
    public Object getObjectType() {
        return type;
    }
}
