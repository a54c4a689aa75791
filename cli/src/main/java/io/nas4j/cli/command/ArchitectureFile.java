package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.searchspace.candidate.Candidate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an {@code architecture.json} (a candidate's canonical JSON) given on the command line. */
final class ArchitectureFile {
    private ArchitectureFile() {
    }

    /** The candidate in {@code file} (or in {@code file/architecture.json} when it is an export folder). */
    static Candidate read(Path file) {
        Path f = Files.isDirectory(file) ? file.resolve(io.nas4j.evaluator.export.ExportFiles.ARCHITECTURE) : file;
        try {
            return Candidate.fromJson(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read the architecture file " + f + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(f + ": " + e.getMessage(), e);
        }
    }
}
