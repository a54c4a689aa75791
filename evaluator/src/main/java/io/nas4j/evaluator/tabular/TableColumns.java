package io.nas4j.evaluator.tabular;

import java.util.Objects;

/**
 * Which columns of a benchmark CSV to read.
 *
 * @param arch the architecture-string column
 * @param objective the column a search optimizes (e.g. a short-training validation accuracy)
 * @param report the column reported as the final metric (e.g. a long-training test accuracy)
 * @param curvePrefix prefix of per-epoch columns of the objective ({@code PREFIX1}, {@code PREFIX2},
 *     ...), or null when the table has none
 */
public record TableColumns(String arch, String objective, String report, String curvePrefix) {
    /** The columns of the table {@code nas4j bench make-table} writes. */
    public static final TableColumns SYNTHETIC = new TableColumns(SyntheticBenchmark.ARCH,
            SyntheticBenchmark.VALIDATION, SyntheticBenchmark.TEST, SyntheticBenchmark.CURVE_PREFIX);

    /** Checks the names. */
    public TableColumns {
        Objects.requireNonNull(arch, "arch column");
        Objects.requireNonNull(objective, "objective column");
        Objects.requireNonNull(report, "report column");
        if (curvePrefix != null && curvePrefix.isEmpty()) {
            throw new IllegalArgumentException("curve column prefix must not be empty");
        }
    }

    /** The same columns without per-epoch curves. */
    public TableColumns withoutCurve() {
        return new TableColumns(arch, objective, report, null);
    }
}
