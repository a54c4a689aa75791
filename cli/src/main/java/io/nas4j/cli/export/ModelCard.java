package io.nas4j.cli.export;

import io.nas4j.cli.export.code.LayerPlan;
import io.nas4j.evaluator.data.LoadedDataset;
import io.nas4j.evaluator.export.ExportFiles;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.Study;
import java.util.Locale;
import java.util.Map;

/** Writes {@value ExportFiles#MODEL_CARD}: what the model is, how well it does, and how it was made. */
final class ModelCard {
    private ModelCard() {
    }

    static String markdown(Study study, TrialRecord trial, LoadedDataset data, long seed, Exporter.WeightsSource source,
            Map<String, Double> trainedMetrics, Map<String, Double> rescored, long paramCount, LayerPlan plan,
            boolean plotted, StudySpec spec) {
        StringBuilder b = new StringBuilder();
        b.append("# Model card: trial ").append(trial.number()).append(" of study `").append(study.name()).append("`\n\n")
                .append("`").append(trial.candidate().architecture().describe()).append("`, ")
                .append(data.task().word()).append(" on `").append(data.name()).append("`")
                .append(data.numClasses() > 0 ? " (" + data.numClasses() + " classes: "
                        + String.join(", ", data.classNames()) + ")" : "").append(".\n\n");
        b.append("## Metrics\n\n| metric | recorded by the study | exported weights |\n|---|---|---|\n");
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (String k : trial.metrics().keySet()) {
            if (k.startsWith("val_") || k.startsWith("test_") || k.equals("train_loss")) {
                names.add(k);
            }
        }
        names.addAll(rescored.keySet());
        for (String k : names) {
            b.append("| ").append(k).append(" | ").append(num(trial.metrics().get(k))).append(" | ")
                    .append(num(rescored.get(k))).append(" |\n");
        }
        b.append("\nThe exported weights were ").append(switch (source) {
            case KEPT -> "kept by the study run, so they reproduce the recorded metrics";
            case RETRAINED -> "retrained with the trial's seed and hyperparameters (the run did not keep them)";
            case RETRAINED_TRAIN_VALIDATION -> "retrained on the training and validation rows together "
                    + "(`--retrain`), so there is no validation metric for them";
        }).append(". `nas4j evaluate --model DIR` re-computes the test metrics.\n\n");
        b.append("## Model\n\n")
                .append("| | |\n|---|---|\n")
                .append("| parameters (DJL count) | ").append(String.format(Locale.ROOT, "%,d", paramCount)).append(" |\n")
                .append("| FLOPs per example | ").append(String.format(Locale.ROOT, "%,d", plan.report().flops())).append(" |\n")
                .append("| latency (median, 1 example) | ").append(ms(trial.metrics().get("latency_ms"))).append(" |\n")
                .append("| training time | ").append(seconds(trainedMetrics.get("train_seconds"))).append(" |\n")
                .append("| input shape | ").append(Exporter.dims(data.inputShape())).append(" |\n")
                .append("| output | ").append(plan.io().outputs()).append(" raw score(s), ")
                .append(plan.io().outputActivation()).append(" at prediction |\n")
                .append("| hyperparameters | `").append(trial.candidate().hyperparameters()).append("` |\n\n")
                .append("```\n").append(plan.report().table()).append("```\n\n");
        b.append("## Data\n\n")
                .append("| | |\n|---|---|\n")
                .append("| dataset | ").append(study.dataset()).append(" |\n")
                .append("| SHA-256 | `").append(data.checksum()).append("` |\n")
                .append("| split (train / validation / test) | ").append(data.train().size()).append(" / ")
                .append(data.validation().size()).append(" / ").append(data.test().size()).append(" (seed ")
                .append(spec.seed()).append(") |\n")
                .append("| normalization | ").append(data.normalization().method().word()).append(" per ")
                .append(data.normalization().per().word()).append(", training split statistics (")
                .append(ExportFiles.PREPROCESSING).append(") |\n\n");
        b.append("## Provenance\n\n")
                .append("| | |\n|---|---|\n")
                .append("| study | `").append(study.name()).append("`, strategy ").append(study.strategy())
                .append(", study seed ").append(study.seed()).append(" |\n")
                .append("| trial | ").append(trial.number()).append(" (lineage ").append(trial.lineage().operator())
                .append(", generation ").append(trial.lineage().generation()).append(") |\n")
                .append("| trial seed | ").append(seed).append(" |\n")
                .append("| fingerprint | `").append(trial.fingerprint()).append("` (SHA-256 of ")
                .append(ExportFiles.ARCHITECTURE).append(") |\n");
        study.provenance().forEach((k, v) -> {
            if (!k.startsWith("io.")) {
                b.append("| ").append(k).append(" | ").append(v).append(" |\n");
            }
        });
        b.append("\n## Learning curve\n\n");
        b.append(plotted ? "![learning curve](" + ExportFiles.LEARNING_CURVE + ")\n" : "(no per-epoch metrics recorded)\n");
        b.append("\n## Files\n\n")
                .append("- `").append(ExportFiles.ARCHITECTURE).append("`: the candidate (`nas4j train`, `nas4j run --seed-candidate`)\n")
                .append("- `").append(ExportFiles.WEIGHTS).append("/network-0000.params`: DJL (MXNet) parameters\n")
                .append("- `").append(ExportFiles.PREPROCESSING).append("`: normalization, input shape, class labels\n")
                .append("- `").append(ExportFiles.BUNDLE).append("`: provenance and the spec\n")
                .append("- `code/Network.java`, `code/network_pytorch.py`, `code/network_keras.py`: the network as source\n");
        return b.toString();
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String ms(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.3f ms", v);
    }

    private static String seconds(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f s", v);
    }
}
