package io.nas4j.evaluator.data.format;

import io.nas4j.evaluator.data.DatasetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One decoded IDX file (the MNIST format): big-endian magic {@code 0x00 0x00 type ndim}, then
 * {@code ndim} big-endian int32 dimensions, then the values. Only unsigned bytes ({@code 0x08}) and
 * int32 ({@code 0x0C}, for labels) are supported. A gzip file (magic {@code 1f 8b}) is decompressed
 * first.
 *
 * @param file where it was read from (for messages)
 * @param type the IDX type code
 * @param dims the dimensions, the first being the number of items
 * @param content the whole decompressed file, header included (what the checksum covers)
 */
public record IdxFile(Path file, int type, int[] dims, byte[] content) {

    /** Unsigned byte values. */
    public static final int UBYTE = 0x08;
    /** Big-endian int32 values. */
    public static final int INT = 0x0C;

    /** Checks the pieces. */
    public IdxFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        dims = dims.clone();
    }

    /** Reads and validates {@code file}, raw or gzip. */
    public static IdxFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read the IDX file (" + e + ")", e);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new DatasetException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
            }
        }
        return parse(file, bytes);
    }

    /** Validates {@code bytes} as an IDX file's content. */
    static IdxFile parse(Path file, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 0 || bytes[1] != 0) {
            String got = bytes.length < 4 ? bytes.length + " bytes" : String.format("magic %02x %02x %02x %02x",
                    bytes[0], bytes[1], bytes[2], bytes[3]);
            throw new DatasetException(file + ": not an IDX file (bad magic: expected 00 00 <type> <ndim>, got "
                    + got + ")");
        }
        int type = bytes[2] & 0xFF;
        int ndim = bytes[3] & 0xFF;
        if (type != UBYTE && type != INT) {
            throw new DatasetException(file + String.format(": unsupported IDX value type 0x%02x", type)
                    + " (supported: 0x08 unsigned byte, 0x0C int32)");
        }
        if (ndim < 1 || ndim > 4) {
            throw new DatasetException(file + ": unsupported IDX dimension count " + ndim + " (expected 1 to 4)");
        }
        if (bytes.length < 4 + 4 * ndim) {
            throw new DatasetException(file + ": truncated IDX header");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int[] dims = new int[ndim];
        long count = 1;
        for (int i = 0; i < ndim; i++) {
            dims[i] = buf.getInt(4 + 4 * i);
            if (dims[i] < 0) {
                throw new DatasetException(file + ": negative IDX dimension " + dims[i]);
            }
            count *= dims[i];
        }
        long expected = 4L + 4L * ndim + count * (type == UBYTE ? 1 : 4);
        if (bytes.length != expected) {
            throw new DatasetException(file + ": IDX size mismatch: dimensions " + Arrays.toString(dims) + " need "
                    + expected + " bytes, the file has " + bytes.length);
        }
        return new IdxFile(file, type, dims, bytes);
    }

    /** The dimensions (a copy). */
    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** Number of items (the first dimension). */
    public int count() {
        return dims[0];
    }

    /** Offset of the first value in {@link #content()}. */
    public int dataOffset() {
        return 4 + 4 * dims.length;
    }

    /**
     * The values as rows of {@code width} unsigned bytes, sharing {@link #content()} (no copy);
     * requires type {@link #UBYTE}.
     */
    public io.nas4j.evaluator.data.raw.ByteFeatures features(int width) {
        if (type != UBYTE) {
            throw new DatasetException(file + ": expected unsigned byte values (IDX type 0x08)");
        }
        return new io.nas4j.evaluator.data.raw.ByteFeatures(content, dataOffset(), width);
    }

    /** The values as ints (bytes read unsigned). */
    public int[] ints() {
        int n = (content.length - dataOffset()) / (type == UBYTE ? 1 : 4);
        int[] out = new int[n];
        if (type == UBYTE) {
            for (int i = 0; i < n; i++) {
                out[i] = content[dataOffset() + i] & 0xFF;
            }
        } else {
            ByteBuffer buf = ByteBuffer.wrap(content);
            for (int i = 0; i < n; i++) {
                out[i] = buf.getInt(dataOffset() + 4 * i);
            }
        }
        return out;
    }
}
