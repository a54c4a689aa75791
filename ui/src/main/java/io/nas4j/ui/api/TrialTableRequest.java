package io.nas4j.ui.api;

import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.query.TrialField;
import io.nas4j.store.query.TrialFilter;
import io.nas4j.store.query.TrialQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a trial-table request from query parameters into a {@link TrialQuery}. Every field name
 * goes through {@link TrialField#parse}, so nothing of the request reaches SQL as text.
 * <ul>
 *   <li>{@code offset} (default 0), {@code limit} (1 to 500, default 50)</li>
 *   <li>{@code sort}: {@code number}, {@code objective}, {@code param_count}, ..., {@code param:NAME},
 *       {@code metric:NAME}; {@code order}: {@code asc} or {@code desc}</li>
 *   <li>{@code state}: states, comma-separated or repeated ({@code COMPLETE,PRUNED})</li>
 *   <li>{@code filter} (repeated): {@code FIELD>=X}, {@code FIELD<=X} or, for a word parameter,
 *       {@code param:NAME==WORD}</li>
 * </ul>
 */
public final class TrialTableRequest {
    private TrialTableRequest() {
    }

    /**
     * The query of {@code params}, with the page of {@code offset}/{@code limit} when {@code paged}.
     *
     * @throws ApiException 400 naming the bad parameter
     */
    public static TrialQuery parse(Map<String, List<String>> params, boolean paged) {
        TrialQuery.Builder b = TrialQuery.builder();
        String sort = first(params, "sort", "number");
        String order = first(params, "order", "asc").toLowerCase(Locale.ROOT);
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiException.badRequest("order must be asc or desc, got '" + order + "'");
        }
        try {
            b.optSort(sort, order.equals("desc"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort: " + e.getMessage());
        }
        for (String list : params.getOrDefault("state", List.of())) {
            for (String word : list.split(",")) {
                if (word.isBlank()) {
                    continue;
                }
                try {
                    b.optStates(TrialState.fromWord(word.trim()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest("state: " + e.getMessage());
                }
            }
        }
        for (String f : params.getOrDefault("filter", List.of())) {
            b.optFilter(filter(f));
        }
        if (paged) {
            int offset = integer(params, "offset", 0);
            int limit = integer(params, "limit", TrialQuery.DEFAULT_LIMIT);
            if (offset < 0) {
                throw ApiException.badRequest("offset must be >= 0, got " + offset);
            }
            if (limit < 1 || limit > TrialQuery.MAX_LIMIT) {
                throw ApiException.badRequest("limit must be 1.." + TrialQuery.MAX_LIMIT + ", got " + limit);
            }
            b.optPage(offset, limit);
        }
        return b.build();
    }

    /** One filter: {@code FIELD>=X}, {@code FIELD<=X} or {@code param:NAME==WORD}. */
    static TrialFilter filter(String text) {
        try {
            int eq = text.indexOf("==");
            if (eq > 0) {
                return TrialFilter.equalTo(text.substring(0, eq), text.substring(eq + 2));
            }
            int ge = text.indexOf(">=");
            if (ge > 0) {
                return TrialFilter.atLeast(text.substring(0, ge), number(text.substring(ge + 2), text));
            }
            int le = text.indexOf("<=");
            if (le > 0) {
                return TrialFilter.atMost(text.substring(0, le), number(text.substring(le + 2), text));
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("filter '" + text + "': " + e.getMessage());
        }
        throw ApiException.badRequest("filter '" + text + "' must read FIELD>=NUMBER, FIELD<=NUMBER or param:NAME==WORD");
    }

    private static double number(String text, String filter) {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("filter '" + filter + "': '" + text + "' is not a finite number");
        }
    }

    static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? fallback : v.get(0).trim();
    }

    static int integer(Map<String, List<String>> params, String name, int fallback) {
        String v = first(params, name, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, got '" + v + "'");
        }
    }

    /** Trial numbers from {@code trials=1,2,3}: at least {@code min}, at most {@code max}, distinct. */
    static List<Integer> trialNumbers(Map<String, List<String>> params, int min, int max) {
        List<Integer> out = new ArrayList<>();
        for (String list : params.getOrDefault("trials", List.of())) {
            for (String w : list.split(",")) {
                if (w.isBlank()) {
                    continue;
                }
                try {
                    int n = Integer.parseInt(w.trim());
                    if (n < 0) {
                        throw new NumberFormatException();
                    }
                    if (!out.contains(n)) {
                        out.add(n);
                    }
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest("trials: '" + w + "' is not a trial number");
                }
            }
        }
        if (out.size() < min || out.size() > max) {
            throw ApiException.badRequest("trials: give " + (min == max ? "" + min : min + " to " + max)
                    + " trial numbers, got " + out.size());
        }
        return out;
    }
}
