package org.neurocircuit.decode.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Headerless columns of 32-bit little-endian values, as in the engine's run folders
 * ({@code .f32}: IEEE-754 binary32, {@code .i32}: two's-complement int32), so the same readers
 * (numpy's {@code fromfile(dtype="<f4")}) open both.
 */
public final class ColumnFiles {

    private ColumnFiles() {
    }

    /** Writes {@code values} rounded to float32, and forces them to disk. */
    public static void writeFloats(Path file, double[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putFloat((float) v);
        }
        write(file, b);
    }

    /** Writes {@code values} as int32, and forces them to disk. */
    public static void writeInts(Path file, int[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        write(file, b);
    }

    /** Reads a whole float32 column. */
    public static float[] readFloats(Path file) throws IOException {
        ByteBuffer b = read(file);
        float[] v = new float[b.remaining() / 4];
        b.asFloatBuffer().get(v);
        return v;
    }

    /** Reads a whole int32 column. */
    public static int[] readInts(Path file) throws IOException {
        ByteBuffer b = read(file);
        int[] v = new int[b.remaining() / 4];
        b.asIntBuffer().get(v);
        return v;
    }

    private static void write(Path file, ByteBuffer b) throws IOException {
        b.rewind();
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (b.hasRemaining()) {
                c.write(b);
            }
            c.force(true);
        }
    }

    private static ByteBuffer read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length % 4 != 0) {
            throw new IOException(file + " holds " + bytes.length + " bytes, not whole 32-bit values");
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
