package org.neurocircuit.engine.run;

/** The steps of a run, in order, as a progress display names them. */
public enum RunPhase {
    /** Reading and loading the circuit file. */
    LOAD("Loading the circuit"),
    /** Validating the model and lowering it to a network description. */
    CHECK("Validating the circuit"),
    /** Choosing the backend and checking it supports every element. */
    BACKEND("Checking the backend"),
    /** Estimating the memory the network needs. */
    ESTIMATE("Estimating memory"),
    /** Building (compiling) the network. */
    BUILD("Building the network"),
    /** Simulating, recording into the run folder. */
    SIMULATE("Simulating"),
    /** Recording the engine's summary in run.json. */
    SAVE("Recording the summary");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    /** What the phase does, for a progress display. */
    public String label() {
        return label;
    }
}
