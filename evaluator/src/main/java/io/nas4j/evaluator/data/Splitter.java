package io.nas4j.evaluator.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Deterministic train / validation / test index selection for one seed.
 *
 * <p>Rule, per class for classification (stratified) or over all examples for regression: the
 * examples' indices are shuffled with {@code new java.util.Random(seed)} (classes in index order, one
 * generator); the first {@code round(n * test)} go to test (only when the dataset has no fixed test
 * split), the next {@code round(remaining * validation)} to validation, the rest to train. With
 * {@code maxTrain}, the training indices are cut to that many, keeping class proportions (largest
 * remainder rounding), taking each class's first indices in shuffled order, so the limited
 * training set is a subset of the unlimited one. Each resulting split is finally shuffled with the
 * same generator (test, then validation, then train, so {@code maxTrain} changes neither validation
 * nor test) and classes are interleaved.
 */
final class Splitter {

    /** Selected indices into the examples to split. */
    record Plan(int[] train, int[] validation, int[] test) {
    }

    private Splitter() {
    }

    /**
     * Plans the split of examples with {@code targets}; {@code numClasses} is 0 for regression.
     * {@code testFraction} is ignored (no test indices) when {@code fixedTest} is true.
     */
    static Plan plan(float[] targets, int numClasses, boolean fixedTest, double validationFraction,
            double testFraction, Integer maxTrain, long seed) {
        Random rng = new Random(seed);
        List<int[]> groups = new ArrayList<>();
        if (numClasses > 0) {
            int[] counts = new int[numClasses];
            for (float t : targets) {
                counts[(int) t]++;
            }
            int[][] byClass = new int[numClasses][];
            int[] fill = new int[numClasses];
            for (int c = 0; c < numClasses; c++) {
                byClass[c] = new int[counts[c]];
            }
            for (int i = 0; i < targets.length; i++) {
                int c = (int) targets[i];
                byClass[c][fill[c]++] = i;
            }
            groups.addAll(Arrays.asList(byClass));
        } else {
            int[] all = new int[targets.length];
            Arrays.setAll(all, i -> i);
            groups.add(all);
        }
        List<int[]> trains = new ArrayList<>();
        IntList validation = new IntList();
        IntList test = new IntList();
        for (int[] group : groups) {
            shuffle(group, rng);
            int n = group.length;
            int nTest = fixedTest ? 0 : (int) Math.round(n * testFraction);
            int nVal = (int) Math.round((n - nTest) * validationFraction);
            test.addAll(group, 0, nTest);
            validation.addAll(group, nTest, nTest + nVal);
            trains.add(Arrays.copyOfRange(group, nTest + nVal, n));
        }
        if (maxTrain != null) {
            trains = limit(trains, maxTrain);
        }
        IntList train = new IntList();
        for (int[] t : trains) {
            train.addAll(t, 0, t.length);
        }
        int[] tr = train.toArray();
        int[] va = validation.toArray();
        int[] te = test.toArray();
        shuffle(te, rng);
        shuffle(va, rng);
        shuffle(tr, rng);
        return new Plan(tr, va, te);
    }

    /** Keeps at most {@code max} indices overall, proportionally per group (largest remainder). */
    private static List<int[]> limit(List<int[]> groups, int max) {
        long total = groups.stream().mapToLong(g -> g.length).sum();
        if (total <= max) {
            return groups;
        }
        int k = groups.size();
        int[] keep = new int[k];
        double[] remainder = new double[k];
        int kept = 0;
        for (int g = 0; g < k; g++) {
            double exact = (double) groups.get(g).length * max / total;
            keep[g] = (int) Math.floor(exact);
            remainder[g] = exact - keep[g];
            kept += keep[g];
        }
        Integer[] order = new Integer[k];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a]) : a - b);
        for (int j = 0; kept < max; j = (j + 1) % k) {
            int g = order[j];
            if (keep[g] < groups.get(g).length) {
                keep[g]++;
                kept++;
            }
        }
        List<int[]> out = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            out.add(Arrays.copyOf(groups.get(g), keep[g]));
        }
        return out;
    }

    /** Fisher-Yates shuffle driven by {@code rng}. */
    static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[16];
        private int n;

        void addAll(int[] src, int from, int to) {
            int len = to - from;
            if (n + len > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + len));
            }
            System.arraycopy(src, from, a, n, len);
            n += len;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
