package io.nas4j.cli.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes files and folder trees (export replacement, temporary retrain folders). */
final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code path} and, for a folder, everything under it; nothing when it does not exist. */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
