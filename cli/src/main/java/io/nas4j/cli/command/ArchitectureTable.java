package io.nas4j.cli.command;

import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.spec.SpecException;
import io.nas4j.searchspace.spec.SpecLoader;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import java.io.PrintWriter;
import java.util.Optional;

/** Prints a trial's block-by-block shape table, using the input shape recorded with the study. */
final class ArchitectureTable {
    private ArchitectureTable() {
    }

    static void print(PrintWriter out, Study study, TrialRecord trial) {
        Optional<ModelIO> io = StudyIO.of(study);
        if (io.isEmpty()) {
            return;
        }
        try {
            ShapeReport r = ShapeInference.infer(trial.candidate().architecture(), io.get());
            out.println("  input " + io.get().input());
            for (String line : r.table().split("\n")) {
                out.println("  " + line);
            }
        } catch (InfeasibleArchitectureException e) {
            out.println("  (" + e.getMessage() + ")");
        }
    }
}
