package io.nas4j.evaluator.data;

import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Path;

/**
 * Measures a cold load of a cached built-in dataset in a fresh JVM: decode + checksum verification,
 * then split + normalization. Usage: {@code DatasetLoadBench [name] [cacheDir]}; the dataset is
 * fetched first when missing (not timed). Run by {@code bench/dataset-load.sh}.
 */
public final class DatasetLoadBench {

    private DatasetLoadBench() {
    }

    /** Runs the benchmark and prints the timings in milliseconds. */
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "fashion-mnist";
        DatasetCache cache = args.length > 1 ? new DatasetCache(Path.of(args[1])) : DatasetCache.defaultCache();
        DatasetFetcher fetcher = new DatasetFetcher(cache);
        fetcher.ensure(name, System.err::println);
        DatasetLoader loader = new DatasetLoader(fetcher, System.err::println);
        DatasetSpec spec = DatasetSpec.builtIn(name);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        var raw = loader.raw(spec, Task.CLASSIFICATION);
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        LoadedDataset d = loader.load(spec, Task.CLASSIFICATION, 1);
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        LoadedDataset again = loader.load(spec, Task.CLASSIFICATION, 2);
        long t3 = System.nanoTime();
        System.out.printf("%s from %s: %d train / %d validation / %d test, sha256 %s%n", name, cache.dir(name),
                d.train().size(), d.validation().size(), d.test().size(), raw.checksum());
        System.out.printf("cold decode+verify: %d ms, split+normalize: %d ms, cold load total: %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000);
        System.out.printf("  (CPU time of the loading thread: %d ms + %d ms = %d ms; wall time above includes waiting"
                + " for a core on a busy machine)%n", (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c2 - c0) / 1_000_000);
        System.out.printf("warm load (decoded data cached in process, new seed): %d ms%n", (t3 - t2) / 1_000_000);
        if (again.train().size() != d.train().size()) {
            throw new AssertionError("split sizes differ across seeds");
        }
    }
}
