package io.nas4j.evaluator.data.builtin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the npm client is on the PATH (the real fetch tests need it). */
final class Npm {

    private Npm() {
    }

    static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "npm"))) {
                return true;
            }
        }
        return false;
    }
}
