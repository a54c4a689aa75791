package io.nas4j.evaluator.data.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class NpmImageJsonTest {

    private static String image(int value) {
        return "[" + String.join(",", Collections.nCopies(NpmImageJson.PIXELS, Integer.toString(value))) + "]";
    }

    private static NpmImageJson.Result read(String json, NpmImageJson.Pixels p, ByteArrayOutputStream sink)
            throws Exception {
        return NpmImageJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), p, "t.json", sink);
    }

    @Test
    void nestedArraysDropEmptyEntries() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        NpmImageJson.Result r = read("{\"data\":[" + image(3) + ",[]," + image(255) + "]}",
                NpmImageJson.Pixels.UBYTE_ARRAYS, sink);
        assertEquals(new NpmImageJson.Result(2, 1), r);
        byte[] b = sink.toByteArray();
        assertEquals(2 * NpmImageJson.PIXELS, b.length);
        assertEquals(3, b[0]);
        assertEquals(255, b[NpmImageJson.PIXELS] & 0xFF);
    }

    @Test
    void flatUnitFloatsRoundToBytes() throws Exception {
        StringBuilder sb = new StringBuilder("{ \"data\": [0.2,1,0.5");
        for (int i = 3; i < NpmImageJson.PIXELS; i++) {
            sb.append(",0");
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertEquals(new NpmImageJson.Result(1, 0),
                read(sb.append("]}").toString(), NpmImageJson.Pixels.FLAT_UNIT_FLOATS, sink));
        assertArrayEquals(new byte[] {51, (byte) 255, (byte) 128}, java.util.Arrays.copyOf(sink.toByteArray(), 3));
    }

    @Test
    void badLayoutsAreNamed() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> read("{\"data\":[[1,2,3]]}", NpmImageJson.Pixels.UBYTE_ARRAYS, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("t.json: image 0 has 3 pixels, expected 784"), e.getMessage());
        DatasetException v = assertThrows(DatasetException.class,
                () -> read("{\"data\":[[1,256]]}", NpmImageJson.Pixels.UBYTE_ARRAYS, new ByteArrayOutputStream()));
        assertTrue(v.getMessage().contains("outside 0..255"), v.getMessage());
        DatasetException f = assertThrows(DatasetException.class,
                () -> read("{\"data\":[0.5,0.5]}", NpmImageJson.Pixels.FLAT_UNIT_FLOATS, new ByteArrayOutputStream()));
        assertTrue(f.getMessage().contains("not whole images"), f.getMessage());
        assertThrows(DatasetException.class,
                () -> read("{\"other\":1}", NpmImageJson.Pixels.UBYTE_ARRAYS, new ByteArrayOutputStream()));
    }
}
