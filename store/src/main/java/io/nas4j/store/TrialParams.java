package io.nas4j.store;

import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Recurrent;
import io.nas4j.searchspace.candidate.Candidate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a candidate into {@link TrialParam} rows: every hyperparameter under its own name,
 * plus architecture features under the {@code arch.} prefix:
 * <ul>
 *   <li>{@code arch.depth}: number of hidden blocks</li>
 *   <li>{@code arch.units}: total dense units</li>
 *   <li>{@code arch.filters}: total convolution filters</li>
 *   <li>{@code arch.hidden}: total recurrent hidden size (hidden × stacked layers)</li>
 *   <li>{@code arch.count.TYPE}: blocks per layer type, for every type ({@code arch.count.dense}, ...)</li>
 * </ul>
 */
public final class TrialParams {
    /** The prefix of architecture features. */
    public static final String ARCH_PREFIX = "arch.";

    private TrialParams() {
    }

    /** The rows of {@code candidate}, hyperparameters (sorted by name) first. */
    public static List<TrialParam> of(Candidate candidate) {
        List<TrialParam> rows = new ArrayList<>();
        candidate.hyperparameters().forEach((name, value) -> {
            if (name.startsWith(ARCH_PREFIX)) {
                return; // reserved for architecture features
            }
            if (value instanceof Number n) {
                rows.add(TrialParam.number(name, n.doubleValue()));
            } else if (value instanceof Boolean b) {
                rows.add(new TrialParam(name, b ? 1.0 : 0.0, b.toString()));
            } else {
                rows.add(TrialParam.text(name, value.toString()));
            }
        });
        List<Layer> layers = candidate.architecture().layers();
        long units = 0;
        long filters = 0;
        long hidden = 0;
        Map<LayerType, Integer> counts = new EnumMap<>(LayerType.class);
        for (Layer layer : layers) {
            counts.merge(layer.type(), 1, Integer::sum);
            if (layer instanceof Dense d) {
                units += d.units();
            } else if (layer instanceof Conv2d c) {
                filters += c.filters();
            } else if (layer instanceof Recurrent r) {
                hidden += (long) r.hidden() * r.layers();
            }
        }
        rows.add(TrialParam.number(ARCH_PREFIX + "depth", layers.size()));
        rows.add(TrialParam.number(ARCH_PREFIX + "units", units));
        rows.add(TrialParam.number(ARCH_PREFIX + "filters", filters));
        rows.add(TrialParam.number(ARCH_PREFIX + "hidden", hidden));
        for (LayerType t : LayerType.values()) {
            rows.add(TrialParam.number(ARCH_PREFIX + "count." + t.word(), counts.getOrDefault(t, 0)));
        }
        return rows;
    }
}
