package org.neurocircuit.engine.results;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the first values of a little-endian 32-bit column into one primitive array, through a
 * small reused buffer (no mapping: a mapped file stays locked on some systems until garbage
 * collection, which would stop a run from being deleted).
 */
final class ColumnReader {

    private static final int CHUNK_BYTES = 1 << 18;

    private ColumnReader() {
    }

    static int[] readInts(Path file, int count) throws IOException {
        int[] out = new int[count];
        read(file, count, (b, off, k) -> b.asIntBuffer().get(out, off, k));
        return out;
    }

    static float[] readFloats(Path file, int count) throws IOException {
        float[] out = new float[count];
        read(file, count, (b, off, k) -> b.asFloatBuffer().get(out, off, k));
        return out;
    }

    private interface Sink {
        void take(ByteBuffer b, int offset, int count);
    }

    private static void read(Path file, int count, Sink sink) throws IOException {
        if (count == 0) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK_BYTES, 4L * count)).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int done = 0;
            while (done < count) {
                int want = (int) Math.min(buf.capacity(), 4L * (count - done));
                buf.clear().limit(want);
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) {
                        throw new EOFException(file + " ended after " + (4L * done + buf.position())
                                + " bytes; " + 4L * count + " expected");
                    }
                }
                buf.flip();
                sink.take(buf, done, want / 4);
                done += want / 4;
            }
        }
    }
}
