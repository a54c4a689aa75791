package io.nas4j.evaluator.export;

import java.util.List;
import java.util.Locale;

/**
 * The prediction for one example.
 *
 * @param label the predicted class label (classification), or null (regression)
 * @param classIndex the predicted class index, or -1 (regression)
 * @param probability the predicted class's probability (classification), or NaN
 * @param value the predicted value (regression), or NaN
 * @param outputs the network's outputs after the head's activation: class probabilities for
 *     multiclass, the probability of class 1 for binary, the value for regression
 */
public record Prediction(String label, int classIndex, double probability, double value, float[] outputs) {
    /** Copies the outputs. */
    public Prediction {
        outputs = outputs.clone();
    }

    /** The outputs (a copy). */
    @Override
    public float[] outputs() {
        return outputs.clone();
    }

    /** Reads one example's activated outputs for a head with {@code classNames} (empty: regression). */
    public static Prediction of(float[] outputs, List<String> classNames) {
        if (classNames.isEmpty()) {
            return new Prediction(null, -1, Double.NaN, outputs[0], outputs);
        }
        if (outputs.length == 1) {
            int k = outputs[0] > 0.5f ? 1 : 0;
            double p = k == 1 ? outputs[0] : 1 - outputs[0];
            return new Prediction(classNames.get(k), k, p, Double.NaN, outputs);
        }
        int best = 0;
        for (int i = 1; i < outputs.length; i++) {
            if (outputs[i] > outputs[best]) {
                best = i;
            }
        }
        return new Prediction(classNames.get(best), best, outputs[best], Double.NaN, outputs);
    }

    /** Whether this is a class prediction. */
    public boolean classification() {
        return classIndex >= 0;
    }

    /** One line: {@code setosa 0.9731} or the value. */
    public String describe() {
        return classification() ? String.format(Locale.ROOT, "%s %.4f", label, probability)
                : String.format(Locale.ROOT, "%.6g", value);
    }
}
