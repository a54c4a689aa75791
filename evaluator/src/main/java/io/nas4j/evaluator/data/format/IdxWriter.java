package io.nas4j.evaluator.data.format;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes unsigned-byte IDX files (the MNIST format), raw or gzip. */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** Writes {@code data} with dimensions {@code dims} (first = item count) to {@code file}. */
    public static void writeUbyte(Path file, byte[] data, boolean gzip, int... dims) throws IOException {
        long count = 1;
        for (int d : dims) {
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("dimensions hold " + count + " values, data has " + data.length);
        }
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream os = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
                DataOutputStream out = new DataOutputStream(os)) {
            out.writeByte(0);
            out.writeByte(0);
            out.writeByte(IdxFile.UBYTE);
            out.writeByte(dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }
}
