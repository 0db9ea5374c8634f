package org.neurocircuit.model.tests;

import static org.neurocircuit.model.tests.TestCircuits.F;
import static org.neurocircuit.model.tests.TestCircuits.named;
import static org.neurocircuit.model.tests.TestCircuits.receptor;

import java.util.List;

import org.neurocircuit.model.Circuit;
import org.neurocircuit.model.Population;
import org.neurocircuit.model.ReceptorKind;
import org.neurocircuit.model.ReceptorSign;
import org.neurocircuit.model.SubsetKind;
import org.neurocircuit.model.SynapseKinetics;

/** Stimuli, recorders and decoding tasks of {@link TestCircuits#full()}. */
final class TestInputs {

  private TestInputs() {
  }

  static void addAll(Circuit circuit, Population e, Population i) {
    var drive = named(F.createPoissonStimulus(), "drive");
    drive.setRate(8);
    drive.setWeight(0.3);
    drive.setReceptor(receptor(ReceptorSign.EXCITATORY, ReceptorKind.CONDUCTANCE, SynapseKinetics.EXPONENTIAL, 5, 0));
    drive.getTargets().addAll(List.of(e, i));
    var dc = named(F.createDcStimulus(), "dc");
    dc.setAmplitude(200);
    dc.setStart(50);
    dc.setStop(100.0);
    dc.getTargets().add(i);
    var steps = named(F.createStepStimulus(), "steps");
    steps.getTimes().addAll(List.of(0.0, 100.0, 200.0));
    steps.getAmplitudes().addAll(List.of(0.0, 50.0, -20.0));
    steps.getTargets().add(e);
    var sine = named(F.createSinusoidStimulus(), "sine");
    sine.setAmplitude(50);
    sine.setFrequency(4);
    sine.setPhase(Math.PI / 2);
    sine.getTargets().add(e);
    var pulses = named(F.createSpikeTimesStimulus(), "pulses");
    pulses.getTimes().addAll(List.of(100.0, 300.0));
    pulses.setWeight(20);
    pulses.setReceptor(receptor(ReceptorSign.INHIBITORY, ReceptorKind.CURRENT, SynapseKinetics.DELTA, 1, 0));
    pulses.getTargets().add(i);
    var noise = named(F.createNoiseStimulus(), "noise");
    noise.setMean(10);
    noise.setStd(50);
    noise.getTargets().addAll(List.of(e, i));
    circuit.getStimuli().addAll(List.of(drive, dc, steps, sine, pulses, noise));
  }

  static void addRecordersAndDecoding(Circuit circuit, Population e, Population i) {
    var spikes = named(F.createSpikeRecorder(), "spikes");
    spikes.getTargets().addAll(List.of(e, i));
    var vm = named(F.createStateRecorder(), "vm");
    vm.setSubset(SubsetKind.FIRST_N);
    vm.setCount(10);
    vm.setInterval(0.5);
    vm.getTargets().add(e);
    var rate = named(F.createRateRecorder(), "rate");
    rate.setSubset(SubsetKind.INDICES);
    rate.getIndices().addAll(List.of(1, 2, 3));
    rate.setBinWidth(5);
    rate.getTargets().add(i);
    circuit.getRecorders().addAll(List.of(spikes, vm, rate));

    var decodeSine = named(F.createDecodingTask(), "decodeSine");
    decodeSine.getRecorders().add(spikes);
    var target = F.createStimulusTarget();
    target.setStimulus(circuit.getStimuli().get(3));
    target.setParameter("amplitude");
    decodeSine.setTarget(target);
    decodeSine.setDecoderId("ridge");
    var alpha = F.createDecoderParameter();
    alpha.setKey("alpha");
    alpha.setValue("0.1");
    decodeSine.getParameters().add(alpha);
    decodeSine.setHistoryBins(3);
    var decodeBehaviour = named(F.createDecodingTask(), "decodeBehaviour");
    decodeBehaviour.getRecorders().addAll(List.of(spikes, rate));
    var series = F.createTimeSeriesTarget();
    series.getTimes().addAll(List.of(0.0, 250.0, 500.0));
    series.getValues().addAll(List.of(0.0, 1.0, 0.5));
    decodeBehaviour.setTarget(series);
    decodeBehaviour.setDecoderId("kalman");
    decodeBehaviour.setCausal(false);
    decodeBehaviour.setFolds(3);
    circuit.getDecodingTasks().addAll(List.of(decodeSine, decodeBehaviour));
  }
}
