package io.nas4j.evaluator.tabular;

/**
 * One architecture's precomputed results.
 *
 * @param objective the search objective's value
 * @param report the final metric's value
 * @param curve the objective per epoch (epoch 1 first); empty when the table has no curve
 */
public record TableRow(double objective, double report, double[] curve) {
    /** Copies the curve. */
    public TableRow {
        curve = curve.clone();
    }

    /** The objective after {@code epoch} epochs (1-based). */
    public double curveAt(int epoch) {
        return curve[epoch - 1];
    }

    /** Epochs in the curve. */
    public int epochs() {
        return curve.length;
    }
}
