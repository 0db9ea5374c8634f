package org.neurocircuit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.neurocircuit.model.ModelFactory;
import org.neurocircuit.model.ModelPackage;
import org.neurocircuit.model.SpikeTimesStimulus;
import org.neurocircuit.model.StepStimulus;

/**
 * Lists of numbers keep what the user entered: EMF's default "unique" lists silently drop a
 * repeated value, which turned a step back to 0 pA, or two spikes at one time, into nothing.
 */
class ListAttributesTest {

    @Test
    void everyManyValuedAttributeKeepsRepeatedValues() {
        List<String> unique = new ArrayList<>();
        for (var classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                for (EAttribute attribute : eClass.getEAttributes()) {
                    if (attribute.isMany() && attribute.isUnique()) {
                        unique.add(eClass.getName() + "." + attribute.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), unique, "many-valued attributes must be unique=\"false\" in the ecore");
    }

    @Test
    void aStepBackToAnEarlierAmplitudeAndTwoSpikesAtOneTimeAreKept() {
        StepStimulus step = ModelFactory.eINSTANCE.createStepStimulus();
        step.getAmplitudes().addAll(List.of(0.0, 50.0, 0.0));
        assertEquals(List.of(0.0, 50.0, 0.0), step.getAmplitudes());
        SpikeTimesStimulus spikes = ModelFactory.eINSTANCE.createSpikeTimesStimulus();
        spikes.getTimes().addAll(List.of(5.0, 5.0, 7.5));
        assertEquals(List.of(5.0, 5.0, 7.5), spikes.getTimes());
    }
}
