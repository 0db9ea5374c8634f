package org.neurocircuit.engine.builtin.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A reusable barrier for the two phase boundaries of each step. Steps of small networks last
 * microseconds, so waiting threads spin first, then yield, then park briefly (for machines
 * with fewer cores than threads). The atomic arrival and the volatile generation give every
 * thread a happens-before edge over all work done before the barrier.
 */
final class SpinBarrier {

    private static final int SPINS = 4_000;
    private static final int YIELDS = 50;

    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile int generation;

    SpinBarrier(int parties) {
        this.parties = parties;
    }

    void await() {
        int gen = generation;
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            generation = gen + 1;
            return;
        }
        int n = 0;
        while (generation == gen) {
            if (n < SPINS) {
                Thread.onSpinWait();
            } else if (n < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(50_000);
            }
            n++;
        }
    }
}
