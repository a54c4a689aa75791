package io.nas4j.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.nas4j.searchspace.candidate.CanonicalJson;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON forms of the store's small columns. NaN is written as null and read back as NaN. */
final class Json {
    private Json() {
    }

    static String doubles(List<Double> values) {
        List<Double> out = new ArrayList<>(values.size());
        for (Double v : values) {
            out.add(v == null || v.isNaN() || v.isInfinite() ? null : v);
        }
        return CanonicalJson.write(out);
    }

    static List<Double> readDoubles(String json) {
        List<Double> raw = read(json, new TypeReference<List<Double>>() { });
        List<Double> out = new ArrayList<>(raw.size());
        for (Double v : raw) {
            out.add(v == null ? Double.NaN : v);
        }
        return out;
    }

    static String metrics(Map<String, Double> metrics) {
        Map<String, Double> out = new TreeMap<>();
        metrics.forEach((k, v) -> out.put(k, v == null || v.isNaN() || v.isInfinite() ? null : v));
        return CanonicalJson.write(out);
    }

    static Map<String, Double> readMetrics(String json) {
        Map<String, Double> raw = read(json, new TypeReference<Map<String, Double>>() { });
        Map<String, Double> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(k, v == null ? Double.NaN : v));
        return out;
    }

    static String ints(List<Integer> values) {
        return CanonicalJson.write(values);
    }

    static List<Integer> readInts(String json) {
        return read(json, new TypeReference<List<Integer>>() { });
    }

    static String strings(Map<String, String> map) {
        return CanonicalJson.write(new TreeMap<>(map));
    }

    static Map<String, String> readStrings(String json) {
        return read(json, new TypeReference<TreeMap<String, String>>() { });
    }

    static String objectives(List<Objective> objectives) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Objective o : objectives) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("metric", o.metric());
            m.put("direction", o.direction().word());
            out.add(m);
        }
        return CanonicalJson.write(out);
    }

    static List<Objective> readObjectives(String json) {
        List<Map<String, String>> raw = read(json, new TypeReference<List<Map<String, String>>>() { });
        List<Objective> out = new ArrayList<>();
        for (Map<String, String> m : raw) {
            out.add(new Objective(m.get("metric"), Direction.fromWord(m.get("direction"))));
        }
        return out;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return CanonicalJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
