package org.neurocircuit.engine.builtin.internal;

/**
 * A compiled projection: its per-thread synapse blocks, its target receptor, and its
 * plasticity state. Static (and short-term plastic) projections deliver at emission into the
 * ring row {@code delay} steps ahead; STDP projections deliver at arrival
 * (see {@link StdpRuntime}).
 */
final class ProjectionRuntime {

    final String name;
    final int sourcePop;
    final int sourceOffset;
    final int sourceSize;
    final Kernel target;
    final ReceptorChannel channel;
    final SynapseBlock[] blocks;
    final StpState stp;
    final StdpRuntime stdp;
    final long synapses;

    ProjectionRuntime(String name, Kernel source, Kernel target, ReceptorChannel channel,
            SynapseBlock[] blocks, StpState stp, StdpRuntime stdp) {
        this.name = name;
        this.sourcePop = source.index;
        this.sourceOffset = source.offset;
        this.sourceSize = source.size;
        this.target = target;
        this.channel = channel;
        this.blocks = blocks;
        this.stp = stp;
        this.stdp = stdp;
        long n = 0;
        for (SynapseBlock b : blocks) {
            n += b.count();
        }
        this.synapses = n;
    }

    /** Phase B for one thread's block: deliver this step's spikes; returns synaptic events. */
    long deliver(int thread, int step, StepSpikes spikes) {
        SynapseBlock b = blocks[thread];
        if (stdp != null) {
            return stdp.arrivals(b, channel, step, spikes, sourcePop, sourceOffset);
        }
        long events = 0;
        for (int t = 0; t < spikes.lists.length; t++) {
            int[] data = spikes.lists[t].data;
            int from = spikes.starts[t][sourcePop], to = spikes.starts[t][sourcePop + 1];
            if (from < to) {
                events += deliverStatic(b, step, data, from, to);
            }
        }
        return events;
    }

    private long deliverStatic(SynapseBlock b, int step, int[] spikes, int from, int to) {
        final float[][] ring = channel.ring;
        final int slots = channel.slots;
        final int[] rowPtr = b.rowPtr, tgt = b.tgt;
        final float[] w = b.w;
        final float[] eff = stp == null ? null : stp.efficacy;
        long events = 0;
        if (b.d8 == null && b.d16 == null) {
            final float[] r = ring[(step + b.constD) % slots];
            for (int s = from; s < to; s++) {
                int j = spikes[s] - sourceOffset;
                int k0 = rowPtr[j], k1 = rowPtr[j + 1];
                events += k1 - k0;
                float scale = eff == null ? 1f : eff[j];
                if (w == null) {
                    float wc = b.constW * scale;
                    for (int k = k0; k < k1; k++) {
                        r[tgt[k]] += wc;
                    }
                } else {
                    for (int k = k0; k < k1; k++) {
                        r[tgt[k]] += w[k] * scale;
                    }
                }
            }
            return events;
        }
        final int cur = step % slots;
        final byte[] d8 = b.d8;
        final char[] d16 = b.d16;
        for (int s = from; s < to; s++) {
            int j = spikes[s] - sourceOffset;
            int k0 = rowPtr[j], k1 = rowPtr[j + 1];
            events += k1 - k0;
            float scale = eff == null ? 1f : eff[j];
            float wc = b.constW * scale;
            for (int k = k0; k < k1; k++) {
                int slot = cur + (d8 != null ? d8[k] & 0xFF : d16[k]);
                if (slot >= slots) {
                    slot -= slots;
                }
                ring[slot][tgt[k]] += w == null ? wc : w[k] * scale;
            }
        }
        return events;
    }

    /** Phase A bookkeeping by the owner of source neuron {@code j} when it spikes at {@code stamp}. */
    void sourceSpiked(int j, int stamp) {
        if (stp != null) {
            stp.spike(j, stamp);
        }
        if (stdp != null) {
            stdp.sourceSpiked(j, stamp);
        }
    }

    long bytes() {
        long b = 0;
        for (SynapseBlock blk : blocks) {
            b += blk.bytes();
        }
        return b + (stp == null ? 0 : stp.bytes()) + (stdp == null ? 0 : stdp.bytes());
    }

    /** Bytes of the synapse blocks alone (the per-synapse cost). */
    long synapseBytes() {
        long b = 0;
        for (SynapseBlock blk : blocks) {
            b += blk.bytes();
        }
        return b;
    }
}
