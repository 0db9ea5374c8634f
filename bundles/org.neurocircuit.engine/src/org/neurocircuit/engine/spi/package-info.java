/**
 * The simulation backend SPI: what a backend provides and how a run talks to it.
 *
 * <p>A {@link org.neurocircuit.engine.spi.SimulationBackendProvider} says whether it is
 * available and which elements of a network it cannot simulate, and creates a
 * {@link org.neurocircuit.engine.spi.SimulationSession} for a
 * {@link org.neurocircuit.engine.spi.RunRequest}. A session is prepared (memory estimate,
 * refusal if it cannot fit, compilation), run (writing through a
 * {@link org.neurocircuit.engine.spi.RecordingSink}, reporting to a
 * {@link org.neurocircuit.engine.spi.RunMonitor} and honouring cancellation) and finished.
 *
 * <p>This package depends on nothing but the JDK and the network description, so headless
 * tools and third-party backends can use it without the Eclipse runtime.
 */
package org.neurocircuit.engine.spi;
