package io.nas4j.searchspace.space;

import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Layers;
import io.nas4j.searchspace.domain.Domain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block option of a stage: a layer type and a domain per parameter. Parameters without a
 * domain take the layer type's default (see {@link Layers#defaultValue}).
 *
 * @param type the layer type
 * @param domains domains by parameter name, kept in the type's canonical parameter order
 */
public record BlockSpace(LayerType type, Map<String, Domain> domains) {
    /** Validates parameter names, orders them canonically and checks every combination builds. */
    public BlockSpace {
        Map<String, Domain> ordered = new LinkedHashMap<>();
        for (String p : domains.keySet()) {
            if (!type.parameters().contains(p)) {
                throw new IllegalArgumentException("unknown parameter '" + p + "' for " + type.word() + " (expected "
                        + (type.parameters().isEmpty() ? "none" : String.join(", ", type.parameters())) + ")");
            }
        }
        for (String p : type.parameters()) {
            if (domains.containsKey(p)) {
                ordered.put(p, domains.get(p));
            }
        }
        domains = Collections.unmodifiableMap(ordered);
        for (String p : type.parameters()) {
            if (required(type, p) && !domains.containsKey(p)) {
                throw new IllegalArgumentException(type.word() + " needs '" + p + "'");
            }
        }
        // fail early on values the layer rejects (e.g. rate 1.5, an unknown activation), naming the
        // parameter: each value is tried with the other parameters at their defaults, so that only
        // the parameter at fault can fail (required parameters come first and are checked first)
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            Domain d = e.getValue();
            List<Object> values = d.isDiscrete() ? d.values() : List.of(d.decode(0), d.decode(0.999999));
            for (Object v : values) {
                Map<String, Object> one = new LinkedHashMap<>();
                domains.forEach((k, other) -> {
                    if (required(type, k)) {
                        one.put(k, other.decode(0));
                    }
                });
                one.put(e.getKey(), v);
                try {
                    Layers.of(type, one);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(e.getKey() + ": " + ex.getMessage(), ex);
                }
            }
        }
        Map<String, Object> probe = new LinkedHashMap<>();
        fillFirst(domains, probe);
        Layers.of(type, probe);
    }

    /** Whether a parameter has no default ({@code units}, {@code filters}, {@code hidden}). */
    private static boolean required(LayerType type, String parameter) {
        return Layers.defaultValue(type, parameter) == null && !parameter.equals("stride");
    }

    private static void fillFirst(Map<String, Domain> domains, Map<String, Object> values) {
        domains.forEach((k, d) -> values.putIfAbsent(k, d.decode(0)));
    }

    /** Number of genes this option reads. */
    public int width() {
        return domains.size();
    }

    /** Builds the layer from genes {@code genes[offset .. offset + width())}. */
    public Layer decode(double[] genes, int offset) {
        Map<String, Object> values = new LinkedHashMap<>();
        int i = offset;
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            values.put(e.getKey(), e.getValue().decode(genes[i++]));
        }
        return Layers.of(type, values);
    }

    /** Whether {@code layer} is one of this option's layers. */
    public boolean matches(Layer layer) {
        if (layer.type() != type) {
            return false;
        }
        Map<String, Object> params = layer.parameters();
        for (Map.Entry<String, Object> p : params.entrySet()) {
            Domain d = domains.get(p.getKey());
            if (d != null ? !d.contains(p.getValue()) : !p.getValue().equals(defaultParameter(layer, p.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private Object defaultParameter(Layer layer, String p) {
        Object d = Layers.defaultValue(type, p);
        if (d == null && p.equals("stride")) {
            return layer.parameters().get("size"); // pool stride defaults to the window size
        }
        return d;
    }

    /** Genes (one per domain) that decode to {@code layer}; call only when {@link #matches} holds. */
    public double[] encode(Layer layer) {
        double[] g = new double[width()];
        int i = 0;
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            g[i++] = e.getValue().encode(layer.parameters().get(e.getKey()));
        }
        return g;
    }

    /** Whether every parameter domain is discrete. */
    public boolean isDiscrete() {
        return domains.values().stream().allMatch(Domain::isDiscrete);
    }

    /** Every concrete layer of this option (discrete options only). */
    public List<Layer> enumerate() {
        List<Map<String, Object>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            if (!e.getValue().isDiscrete()) {
                throw new IllegalArgumentException(type.word() + "." + e.getKey() + " is a continuous range ("
                        + e.getValue().describe() + "); a grid needs a list of values");
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> c : combos) {
                for (Object v : e.getValue().values()) {
                    Map<String, Object> m = new LinkedHashMap<>(c);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        return combos.stream().map(m -> Layers.of(type, m)).toList();
    }

    /** Number of concrete layers (discrete options only), saturating at Long.MAX_VALUE. */
    public long cardinality() {
        long n = 1;
        for (Domain d : domains.values()) {
            n = SearchSpace.saturatingMultiply(n, d.cardinality());
        }
        return n;
    }
}
