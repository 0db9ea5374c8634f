package org.neurocircuit.engine.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends little-endian 32-bit values to one column file through a buffer. What reaches the
 * file is always a prefix of what was appended, so a killed writer leaves at worst a partial
 * trailing record, which readers drop.
 */
final class ColumnWriter implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long flushes;

    private ColumnWriter(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the file, which must not exist. */
    static ColumnWriter create(Path file) throws IOException {
        return new ColumnWriter(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    Path file() {
        return file;
    }

    void putInts(int[] a, int offset, int count) throws IOException {
        while (count > 0) {
            int k = room(count);
            buffer.asIntBuffer().put(a, offset, k);
            buffer.position(buffer.position() + 4 * k);
            offset += k;
            count -= k;
        }
    }

    void putFloats(float[] a, int offset, int count) throws IOException {
        while (count > 0) {
            int k = room(count);
            buffer.asFloatBuffer().put(a, offset, k);
            buffer.position(buffer.position() + 4 * k);
            offset += k;
            count -= k;
        }
    }

    void putInt(int v) throws IOException {
        room(1);
        buffer.putInt(v);
    }

    /** How many of {@code wanted} values fit now, flushing first when none does. */
    private int room(int wanted) throws IOException {
        if (buffer.remaining() < 4) {
            flush();
        }
        return Math.min(wanted, buffer.remaining() / 4);
    }

    /** Writes the buffered values to the file (to the operating system, not to the disk). */
    void flush() throws IOException {
        flushes++;
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** How many times the buffer went to the file: lets a writer keep paired columns in step. */
    long flushes() {
        return flushes;
    }

    /** Flushes, optionally forces the file to the disk, and closes it. */
    void close(boolean force) throws IOException {
        try (channel) {
            flush();
            if (force) {
                channel.force(false);
            }
        }
    }

    @Override
    public void close() throws IOException {
        close(false);
    }
}
