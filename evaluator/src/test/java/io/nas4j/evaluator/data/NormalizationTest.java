package io.nas4j.evaluator.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void jsonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Normalization n = new Normalization(Normalization.Method.ZSCORE, Normalization.Per.FEATURE,
                new double[] {1.5, -2}, new double[] {0.5, 4});
        String text = json.writeValueAsString(n);
        assertEquals("{\"method\":\"zscore\",\"per\":\"feature\",\"center\":[1.5,-2.0],\"scale\":[0.5,4.0]}", text);
        assertEquals(n, json.readValue(text, Normalization.class));
        Normalization none = Normalization.none(Normalization.Per.CHANNEL);
        assertEquals(none, json.readValue(json.writeValueAsString(none), Normalization.class));
    }

    @Test
    void appliesPerGroup() {
        Normalization n = new Normalization(Normalization.Method.MINMAX, Normalization.Per.CHANNEL,
                new double[] {0, 10}, new double[] {2, 5});
        float[] data = {0, 2, 10, 15, /* row 2 */ 1, 1, 20, 10};
        n.applyInPlace(data, 2, 2);
        assertArrayEquals(new float[] {0, 1, 0, 1, 0.5f, 0.5f, 2, 0}, data);
    }

    @Test
    void fitterUsesPopulationStatisticsAndGuardsZeroRanges() {
        float[] data = {1, 7, 3, 7};
        Normalization z = NormalizationFitter.fit(Normalization.Method.ZSCORE, Normalization.Per.FEATURE, data, 2, 2, 1);
        assertArrayEquals(new double[] {2, 7}, z.center());
        assertArrayEquals(new double[] {1, 1}, z.scale());
        Normalization m = NormalizationFitter.fit(Normalization.Method.MINMAX, Normalization.Per.FEATURE, data, 2, 2, 1);
        assertArrayEquals(new double[] {1, 7}, m.center());
        assertArrayEquals(new double[] {2, 1}, m.scale());
    }

    @Test
    void byteHistogramsGiveTheSameStatisticsAsFloats() {
        java.util.Random rng = new java.util.Random(5);
        byte[] data = new byte[40 * 2 * 9];
        rng.nextBytes(data);
        io.nas4j.evaluator.data.raw.ByteFeatures bytes = new io.nas4j.evaluator.data.raw.ByteFeatures(data, 18);
        int[] rows = {3, 1, 4, 15, 9, 26, 5, 35};
        float[] floats = bytes.gather(rows, null, null, 9);
        for (Normalization.Method m : Normalization.Method.values()) {
            Normalization a = NormalizationFitter.fit(m, Normalization.Per.CHANNEL, bytes, rows, 2, 9);
            Normalization b = NormalizationFitter.fit(m, Normalization.Per.CHANNEL, floats, rows.length, 2, 9);
            assertArrayEquals(b.center(), a.center(), 1e-9);
            assertArrayEquals(b.scale(), a.scale(), 1e-9);
        }
        // the fused lookup-table gather equals normalizing the copied floats
        Normalization z = NormalizationFitter.fit(Normalization.Method.ZSCORE, Normalization.Per.CHANNEL, bytes, rows, 2, 9);
        float[] c = {(float) z.center()[0], (float) z.center()[1]};
        float[] inv = {(float) (1 / z.scale()[0]), (float) (1 / z.scale()[1])};
        float[] fused = bytes.gather(rows, c, inv, 9);
        float[] viaFloats = new io.nas4j.evaluator.data.raw.FloatFeatures(floats, 18).gather(
                java.util.stream.IntStream.range(0, rows.length).toArray(), c, inv, 9);
        assertArrayEquals(viaFloats, fused);
        z.applyInPlace(floats, rows.length, 9);
        assertArrayEquals(floats, fused, 1e-6f);
    }

    @Test
    void rejectsInconsistentStatistics() {
        assertThrows(IllegalArgumentException.class, () -> new Normalization(Normalization.Method.ZSCORE,
                Normalization.Per.FEATURE, new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(Normalization.Method.ZSCORE,
                Normalization.Per.FEATURE, new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(Normalization.Method.MINMAX,
                Normalization.Per.FEATURE, null, null));
    }
}
