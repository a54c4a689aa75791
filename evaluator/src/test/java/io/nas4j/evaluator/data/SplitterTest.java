package io.nas4j.evaluator.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitterTest {

    /** 100 of class 0, 50 of class 1, 10 of class 2, interleaved. */
    private static float[] targets() {
        float[] t = new float[160];
        for (int i = 0; i < 160; i++) {
            t[i] = i < 100 ? 0 : i < 150 ? 1 : 2;
        }
        return t;
    }

    private static int[] counts(float[] targets, int[] idx) {
        int[] c = new int[3];
        for (int i : idx) {
            c[(int) targets[i]]++;
        }
        return c;
    }

    @Test
    void stratifiedPerClassWithTheDocumentedRounding() {
        float[] t = targets();
        Splitter.Plan p = Splitter.plan(t, 3, false, 0.2, 0.2, null, 7);
        // test = round(n * 0.2); validation = round((n - test) * 0.2)
        assertArrayEquals(new int[] {20, 10, 2}, counts(t, p.test()));
        assertArrayEquals(new int[] {16, 8, 2}, counts(t, p.validation()));
        assertArrayEquals(new int[] {64, 32, 6}, counts(t, p.train()));
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(p.train()), Arrays.stream(p.validation())),
                Arrays.stream(p.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 160).toArray(), all);
    }

    @Test
    void deterministicForASeedAndDifferentAcrossSeeds() {
        float[] t = targets();
        Splitter.Plan a = Splitter.plan(t, 3, false, 0.2, 0.2, null, 42);
        Splitter.Plan b = Splitter.plan(t, 3, false, 0.2, 0.2, null, 42);
        Splitter.Plan c = Splitter.plan(t, 3, false, 0.2, 0.2, null, 43);
        assertArrayEquals(a.train(), b.train());
        assertArrayEquals(a.validation(), b.validation());
        assertArrayEquals(a.test(), b.test());
        assertFalse(Arrays.equals(a.train(), c.train()));
    }

    @Test
    void fixedTestMeansNoHeldOutTest() {
        float[] t = targets();
        Splitter.Plan p = Splitter.plan(t, 3, true, 0.25, 0.2, null, 1);
        assertEquals(0, p.test().length);
        assertArrayEquals(new int[] {25, 13, 3}, counts(t, p.validation()));
    }

    @Test
    void maxTrainKeepsProportionsExactly() {
        float[] t = targets();
        Splitter.Plan p = Splitter.plan(t, 3, false, 0.2, 0.2, 51, 3);
        assertEquals(51, p.train().length);
        // 64/102, 32/102, 6/102 of 51 = 32, 16, 3
        assertArrayEquals(new int[] {32, 16, 3}, counts(t, p.train()));
        Splitter.Plan again = Splitter.plan(t, 3, false, 0.2, 0.2, 51, 3);
        assertArrayEquals(p.train(), again.train());
        Splitter.Plan full = Splitter.plan(t, 3, false, 0.2, 0.2, null, 3);
        assertArrayEquals(full.validation(), p.validation());
        assertArrayEquals(full.test(), p.test());
        java.util.Set<Integer> fullTrain = new java.util.HashSet<>();
        Arrays.stream(full.train()).forEach(fullTrain::add);
        assertTrue(Arrays.stream(p.train()).allMatch(fullTrain::contains), "limited train is a subset");
        assertEquals(50, Splitter.plan(t, 3, false, 0.2, 0.2, 50, 3).train().length);
    }

    @Test
    void regressionIsASeededShuffle() {
        float[] t = new float[50];
        for (int i = 0; i < 50; i++) {
            t[i] = i * 0.5f;
        }
        Splitter.Plan p = Splitter.plan(t, 0, false, 0.2, 0.2, null, 5);
        assertEquals(10, p.test().length);
        assertEquals(8, p.validation().length);
        assertEquals(32, p.train().length);
        assertFalse(Arrays.equals(IntStream.range(0, 32).toArray(), p.train()));
    }
}
