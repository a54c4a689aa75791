package io.nas4j.searchspace.candidate;

import com.fasterxml.jackson.core.type.TypeReference;
import io.nas4j.searchspace.arch.Architecture;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One point of the search space: an architecture and its training hyperparameters. Equal
 * candidates have equal {@link #canonicalJson()} and therefore equal {@link #fingerprint()}.
 *
 * @param architecture the hidden blocks
 * @param hyperparameters values by name (numbers, strings, booleans), kept sorted by name
 */
public record Candidate(Architecture architecture, Map<String, Object> hyperparameters) {
    /** Copies and normalizes the values: integral numbers become Integer/Long, others Double. */
    public Candidate {
        Objects.requireNonNull(architecture, "architecture");
        TreeMap<String, Object> sorted = new TreeMap<>();
        hyperparameters.forEach((k, v) -> sorted.put(k, normalize(k, v)));
        hyperparameters = Collections.unmodifiableMap(sorted);
    }

    private static Object normalize(String name, Object v) {
        if (v instanceof Integer || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) l.intValue() : l;
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof java.math.BigInteger b && b.bitLength() < 64) {
            return normalize(name, b.longValue());
        }
        if (v instanceof Number n) {
            // a float keeps its decimal value (0.1f is 0.1, not 0.10000000149011612)
            double d = v instanceof Float f ? Double.parseDouble(f.toString()) : n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("hyperparameter '" + name + "' must be a finite number, got " + v);
            }
            // integral values are whole numbers whatever their type, so 32.0 and 32 are the same candidate
            if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
                return normalize(name, (long) d);
            }
            return d;
        }
        throw new IllegalArgumentException("hyperparameter '" + name + "' must be a number, word or boolean, got " + v);
    }

    /** The JSON form: {@code {"architecture":[...],"hyperparameters":{...}}} with sorted keys. */
    public String canonicalJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("architecture", architecture.toList());
        m.put("hyperparameters", hyperparameters);
        return CanonicalJson.write(m);
    }

    /** SHA-256 of the canonical JSON: equal candidates, equal fingerprints. */
    public String fingerprint() {
        return CanonicalJson.sha256(canonicalJson());
    }

    /** The fingerprint of the architecture alone (for reuse across hyperparameters). */
    public String architectureFingerprint() {
        return CanonicalJson.sha256(CanonicalJson.write(architecture.toList()));
    }

    /** A hyperparameter as a number, or {@code fallback} when absent. */
    public double number(String name, double fallback) {
        Object v = hyperparameters.get(name);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A hyperparameter as an int, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        Object v = hyperparameters.get(name);
        return v instanceof Number n ? (int) Math.round(n.doubleValue()) : fallback;
    }

    /** A hyperparameter as a word, or {@code fallback} when absent. */
    public String word(String name, String fallback) {
        Object v = hyperparameters.get(name);
        return v == null ? fallback : v.toString();
    }

    /** Reads the canonical JSON form (or any JSON of that shape). */
    public static Candidate fromJson(String json) {
        try {
            Map<String, Object> m = CanonicalJson.MAPPER.readValue(json, new TypeReference<>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> layers = (List<Map<String, Object>>) m.getOrDefault("architecture", List.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> hp = (Map<String, Object>) m.getOrDefault("hyperparameters", Map.of());
            return new Candidate(Architecture.fromList(layers), hp);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("not a candidate JSON: " + e.getMessage(), e);
        }
    }

    /** One line: architecture then hyperparameters. */
    public String describe() {
        return architecture.describe() + "  " + hyperparameters;
    }
}
