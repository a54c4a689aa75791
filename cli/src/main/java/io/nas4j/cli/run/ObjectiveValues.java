package io.nas4j.cli.run;

import io.nas4j.searchspace.spec.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks a trial's objective values out of its final metrics, in the study's objective order. */
public final class ObjectiveValues {
    private ObjectiveValues() {
    }

    /**
     * The values of {@code objectives}: {@code param_count} and {@code flops} come from shape
     * inference, everything else from {@code metrics}; a missing metric is NaN.
     */
    public static List<Double> of(List<Objective> objectives, Map<String, Double> metrics, long params, long flops) {
        List<Double> values = new ArrayList<>();
        for (Objective o : objectives) {
            double v;
            if (o.metric().equals("param_count") && params >= 0) {
                v = params;
            } else if (o.metric().equals("flops") && flops >= 0) {
                v = flops;
            } else {
                Double m = metrics.get(o.metric());
                v = m == null ? Double.NaN : m;
            }
            values.add(v);
        }
        return values;
    }
}
