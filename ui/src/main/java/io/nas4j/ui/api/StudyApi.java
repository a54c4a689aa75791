package io.nas4j.ui.api;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.StudySummary;
import io.nas4j.store.TrialLease;
import io.nas4j.store.TrialParam;
import io.nas4j.store.TrialParams;
import io.nas4j.store.TrialSummary;
import io.nas4j.store.query.TrialPage;
import io.nas4j.store.query.TrialQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The read-only JSON API over a {@link StudyStorage}. Studies are addressed by their numeric id,
 * trials by their number; an unknown id or number is a 404 and a malformed parameter a 400, both
 * with a JSON body {@code {"status":..,"error":".."}}.
 */
public final class StudyApi {
    /** The most points the history answers before it downsamples. */
    public static final int DEFAULT_HISTORY_POINTS = 2000;
    /** The most points a scatter answers besides the Pareto front. */
    public static final int DEFAULT_SCATTER_POINTS = 3000;
    /** The most trials in a learning-curve request. */
    public static final int MAX_CURVES = 20;

    private final StudyStorage storage;
    private final SummaryCache summaries;

    /** An API over {@code storage}. */
    public StudyApi(StudyStorage storage) {
        this.storage = storage;
        this.summaries = new SummaryCache(storage);
    }

    /** Declares the GET routes. */
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/studies", this::studies);
        routes.get("/api/studies/{id}", this::study);
        routes.get("/api/studies/{id}/trials", this::trials);
        routes.get("/api/studies/{id}/table.csv", this::csv);
        routes.get("/api/studies/{id}/history", this::history);
        routes.get("/api/studies/{id}/scatter", this::scatter);
        routes.get("/api/studies/{id}/parallel", this::parallel);
        routes.get("/api/studies/{id}/curves", this::curves);
        routes.get("/api/studies/{id}/compare", this::compare);
        routes.get("/api/studies/{id}/lineage/{number}", this::lineage);
        routes.get("/api/studies/{id}/trials/{number}", this::trial);
    }

    // ------------------------------------------------------------------ studies

    void studies(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StudySummary s : storage.listStudies()) {
            out.add(summary(s));
        }
        JsonBody.ok(ctx, out);
    }

    private Map<String, Object> summary(StudySummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("strategy", s.strategy());
        m.put("counts", s.counts());
        m.put("total", s.total());
        m.put("best", s.best().isPresent() ? s.best().getAsDouble() : null);
        m.put("createdAt", s.createdAt().toEpochMilli());
        m.put("updatedAt", s.updatedAt().toEpochMilli());
        double seconds = Math.max(0, Duration.between(s.createdAt(), s.updatedAt()).toMillis() / 1000.0);
        m.put("elapsedSeconds", seconds);
        int finished = s.counts().entrySet().stream().filter(e -> e.getKey().isEvaluated()).mapToInt(e -> e.getValue()).sum();
        m.put("trialsPerHour", seconds > 0 ? finished * 3600.0 / seconds : null);
        return m;
    }

    void study(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        StudySummary s = storage.listStudies().stream().filter(x -> x.id() == study.id()).findFirst()
                .orElseThrow(() -> ApiException.notFound("no study with id " + study.id()));
        Map<String, Object> m = summary(s);
        m.put("objectives", study.objectives().stream().map(o -> Map.of("metric", o.metric(),
                "direction", o.direction().name().toLowerCase(java.util.Locale.ROOT))).toList());
        m.put("seed", study.seed());
        m.put("dataset", study.dataset());
        m.put("provenance", study.provenance());
        Optional<TrialRecord> best = best(study);
        m.put("bestTrial", best.map(t -> Map.of("number", t.number(), "value", t.objective().orElse(Double.NaN)))
                .orElse(null));
        TrialRecord sample = best.orElseGet(() -> storage.trials(study.id(), TrialQuery.builder().optPage(0, 1).build())
                .trials().stream().findFirst().orElse(null));
        m.put("params", storage.paramNames(study.id()));
        m.put("metrics", sample == null ? List.of() : new ArrayList<>(sample.metrics().keySet()));
        m.put("epochMetrics", sample == null ? List.of() : epochMetricNames(study.id(), sample.number()));
        m.put("columns", columns());
        JsonBody.ok(ctx, m);
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (io.nas4j.store.query.TrialField.Column col : io.nas4j.store.query.TrialField.Column.values()) {
            c.add(col.word());
        }
        return c;
    }

    private List<String> epochMetricNames(long studyId, int number) {
        Set<String> names = new TreeSet<>();
        for (EpochMetrics e : storage.epochs(studyId, number)) {
            names.addAll(e.values().keySet());
        }
        return new ArrayList<>(names);
    }

    private Optional<TrialRecord> best(Study study) {
        TrialQuery q = TrialQuery.builder().optStates(TrialState.COMPLETE)
                .optSort("objective", study.direction() == Direction.MAXIMIZE).optPage(0, 1).build();
        return storage.trials(study.id(), q).trials().stream().filter(t -> t.objective().isPresent()).findFirst();
    }

    // ------------------------------------------------------------------ trials table

    void trials(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        TrialQuery q = TrialTableRequest.parse(ctx.queryParamMap(), true);
        TrialPage page = storage.trials(study.id(), q);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrialRecord t : page.trials()) {
            rows.add(row(study, t));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("offset", page.offset());
        m.put("limit", page.limit());
        m.put("rows", rows);
        JsonBody.ok(ctx, m);
    }

    private Map<String, Object> row(Study study, TrialRecord t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("state", t.state().name());
        m.put("objective", t.objective().isPresent() ? t.objective().getAsDouble() : null);
        m.put("values", t.values());
        m.put("param_count", t.paramCount() < 0 ? null : t.paramCount());
        m.put("flops", t.flops() < 0 ? null : t.flops());
        m.put("duration", t.durationSeconds());
        m.put("generation", t.lineage().generation());
        m.put("operator", t.lineage().operator());
        m.put("parents", t.lineage().parents());
        m.put("finished_at", t.finishedAt() == null ? null : t.finishedAt().toEpochMilli());
        m.put("architecture", t.candidate().architecture().describe());
        Map<String, Object> params = new TreeMap<>();
        for (TrialParam p : TrialParams.of(t.candidate())) {
            params.put(p.name(), p.value());
        }
        m.put("params", params);
        m.put("metrics", t.metrics());
        m.put("message", t.message());
        m.put("rung", t.state() == TrialState.PRUNED ? storage.attributes(study.id(), t.number()).get("rung") : null);
        return m;
    }

    void csv(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        TrialQuery first = TrialTableRequest.parse(ctx.queryParamMap(), false);
        List<String> columns = new ArrayList<>();
        String given = TrialTableRequest.first(ctx.queryParamMap(), "columns", null);
        if (given == null) {
            columns.addAll(List.of("number", "state", "objective", "param_count", "flops", "duration", "generation",
                    "operator"));
            storage.paramNames(study.id()).forEach(p -> columns.add("param:" + p));
        } else {
            for (String c : given.split(",")) {
                String col = c.trim();
                if (!col.equals("operator") && !col.equals("architecture")) {
                    try {
                        io.nas4j.store.query.TrialField.parse(col);
                    } catch (IllegalArgumentException e) {
                        throw ApiException.badRequest("columns: " + e.getMessage());
                    }
                }
                columns.add(col);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", columns.stream().map(CsvCells::cell).toList())).append("\r\n");
        int offset = 0;
        while (true) {
            TrialQuery page = new TrialQuery(first.states(), first.filters(), first.sortBy(), first.descending(), offset,
                    TrialQuery.MAX_LIMIT);
            TrialPage p = storage.trials(study.id(), page);
            for (TrialRecord t : p.trials()) {
                Map<String, Object> row = row(study, t);
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(CsvCells.cell(CsvCells.value(row, c)));
                }
                sb.append(String.join(",", cells)).append("\r\n");
            }
            if (!p.hasMore()) {
                break;
            }
            offset += TrialQuery.MAX_LIMIT;
        }
        String file = study.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-trials.csv";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("text/csv; charset=utf-8").result(sb.toString());
    }

    // ------------------------------------------------------------------ charts

    void history(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        int max = TrialTableRequest.integer(ctx.queryParamMap(), "points", DEFAULT_HISTORY_POINTS);
        if (max < 2 || max > 50_000) {
            throw ApiException.badRequest("points must be 2..50000, got " + max);
        }
        HistorySeries h = HistorySeries.of(summaries.summaries(study.id()), study.direction(), max);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", study.objective().metric());
        m.put("direction", study.direction().name().toLowerCase(java.util.Locale.ROOT));
        m.put("total", h.total());
        m.put("shown", h.points().size());
        m.put("downsampled", h.downsampled());
        m.put("points", h.points());
        m.put("best", h.best());
        JsonBody.ok(ctx, m);
    }

    void scatter(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        String x = TrialTableRequest.first(ctx.queryParamMap(), "x", "param_count");
        int xObjective = -1;
        if (x.startsWith("objective:")) {
            try {
                xObjective = Integer.parseInt(x.substring("objective:".length()));
            } catch (NumberFormatException e) {
                xObjective = -2;
            }
            if (xObjective < 1 || xObjective >= study.objectives().size()) {
                throw ApiException.badRequest("x: this study has objectives 0.." + (study.objectives().size() - 1)
                        + "; objective:N names one of 1.." + (study.objectives().size() - 1));
            }
        } else if (!x.equals("param_count") && !x.equals("flops")) {
            throw ApiException.badRequest("x must be param_count, flops or objective:N, got '" + x + "'");
        }
        int max = TrialTableRequest.integer(ctx.queryParamMap(), "points", DEFAULT_SCATTER_POINTS);
        if (max < 1 || max > 50_000) {
            throw ApiException.badRequest("points must be 1..50000, got " + max);
        }
        List<double[]> points = new ArrayList<>();
        for (TrialSummary t : summaries.summaries(study.id())) {
            if (t.state() != TrialState.COMPLETE || t.objective().isEmpty()) {
                continue;
            }
            double xv;
            if (xObjective > 0) {
                xv = t.values().size() > xObjective && t.values().get(xObjective) != null ? t.values().get(xObjective)
                        : Double.NaN;
            } else {
                xv = x.equals("flops") ? t.flops() : t.paramCount();
                if (xv < 0) {
                    xv = Double.NaN;
                }
            }
            if (!Double.isNaN(xv)) {
                points.add(new double[] {xv, t.objective().getAsDouble(), t.number()});
            }
        }
        boolean maximizeX = xObjective > 0 && study.objectives().get(xObjective).direction() == Direction.MAXIMIZE;
        List<double[]> front = ParetoFront.of(points, maximizeX, study.direction() == Direction.MAXIMIZE);
        List<double[]> shown = points;
        if (points.size() > max) {
            shown = new ArrayList<>();
            double step = (double) points.size() / max;
            for (int i = 0; i < max; i++) {
                shown.add(points.get((int) (i * step)));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", x);
        m.put("xLabel", xObjective > 0 ? study.objectives().get(xObjective).metric() : x);
        m.put("yLabel", study.objective().metric());
        m.put("total", points.size());
        m.put("points", shown);
        m.put("front", front);
        JsonBody.ok(ctx, m);
    }

    void parallel(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        int limit = TrialTableRequest.integer(ctx.queryParamMap(), "limit", 300);
        if (limit < 1 || limit > TrialQuery.MAX_LIMIT) {
            throw ApiException.badRequest("limit must be 1.." + TrialQuery.MAX_LIMIT + ", got " + limit);
        }
        TrialPage page = storage.trials(study.id(), TrialQuery.builder().optStates(TrialState.COMPLETE)
                .optSort("objective", study.direction() == Direction.MAXIMIZE).optPage(0, limit).build());
        Map<String, Set<Object>> distinct = new TreeMap<>();
        Map<String, Boolean> numeric = new HashMap<>();
        List<Map<String, Object>> values = new ArrayList<>();
        for (TrialRecord t : page.trials()) {
            Map<String, Object> v = new HashMap<>();
            for (TrialParam p : TrialParams.of(t.candidate())) {
                Object value = p.text() != null ? p.text() : p.number();
                v.put(p.name(), value);
                distinct.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).add(value);
                numeric.merge(p.name(), p.text() == null, Boolean::logicalAnd);
            }
            values.add(v);
        }
        List<Map<String, Object>> dims = new ArrayList<>();
        List<String> names = new ArrayList<>();
        distinct.forEach((name, set) -> {
            if (set.size() > 1) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("name", name);
                d.put("type", numeric.get(name) ? "value" : "category");
                if (!numeric.get(name)) {
                    d.put("categories", new TreeSet<>(set.stream().map(String::valueOf).toList()));
                }
                dims.add(d);
                names.add(name);
            }
        });
        dims.add(Map.of("name", study.objective().metric(), "type", "value"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < page.trials().size(); i++) {
            TrialRecord t = page.trials().get(i);
            List<Object> r = new ArrayList<>();
            for (String n : names) {
                Object v = values.get(i).get(n);
                r.add(v instanceof String ? v : v);
            }
            r.add(t.objective().orElse(Double.NaN));
            r.add(t.number());
            rows.add(r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimensions", dims);
        m.put("rows", rows);
        m.put("shown", rows.size());
        m.put("total", page.total());
        JsonBody.ok(ctx, m);
    }

    void curves(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        List<Integer> numbers = ctx.queryParamMap().containsKey("trials")
                ? TrialTableRequest.trialNumbers(ctx.queryParamMap(), 1, MAX_CURVES) : topTrials(study, 5);
        JsonBody.ok(ctx, curves(study, numbers, TrialTableRequest.first(ctx.queryParamMap(), "metric", null)));
    }

    private List<Integer> topTrials(Study study, int n) {
        return storage.trials(study.id(), TrialQuery.builder().optStates(TrialState.COMPLETE)
                .optSort("objective", study.direction() == Direction.MAXIMIZE).optPage(0, n).build())
                .trials().stream().map(TrialRecord::number).toList();
    }

    private Map<String, Object> curves(Study study, List<Integer> numbers, String metric) {
        Set<String> available = new TreeSet<>();
        Map<Integer, List<EpochMetrics>> epochs = new LinkedHashMap<>();
        for (int n : numbers) {
            requireTrial(study, n);
            List<EpochMetrics> e = storage.epochs(study.id(), n);
            epochs.put(n, e);
            e.forEach(x -> available.addAll(x.values().keySet()));
        }
        String chosen = metric;
        if (chosen == null) {
            String objective = study.objective().metric();
            chosen = available.contains(objective) ? objective : available.isEmpty() ? objective : available.iterator().next();
        } else if (!chosen.matches("[A-Za-z0-9_.\\-]{1,200}")) {
            throw ApiException.badRequest("metric: '" + chosen + "' is not a metric name (letters, digits, _ . -)");
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (Map.Entry<Integer, List<EpochMetrics>> e : epochs.entrySet()) {
            List<double[]> pts = new ArrayList<>();
            for (EpochMetrics m : e.getValue()) {
                pts.add(new double[] {m.epoch(), m.get(chosen)});
            }
            series.add(Map.of("number", e.getKey(), "points", pts));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", chosen);
        m.put("metrics", available);
        m.put("series", series);
        return m;
    }

    // ------------------------------------------------------------------ one trial

    void trial(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        TrialRecord t = requireTrial(study, number(ctx.pathParam("number")));
        Map<String, Object> m = row(study, t);
        m.put("fingerprint", t.fingerprint());
        m.put("hyperparameters", t.candidate().hyperparameters());
        m.put("startedAt", t.startedAt() == null ? null : t.startedAt().toEpochMilli());
        m.put("objectives", study.objectives().stream().map(Objective::metric).toList());
        m.put("studyName", study.name());
        m.put("architectureDiagram", ArchitectureDiagram.of(t.candidate().architecture(), modelIo(study)));
        List<Integer> children = new ArrayList<>();
        for (TrialSummary s : summaries.summaries(study.id())) {
            if (s.parents().contains(t.number())) {
                children.add(s.number());
            }
        }
        m.put("children", children);
        m.put("attributes", storage.attributes(study.id(), t.number()));
        Optional<TrialLease> lease = storage.lease(study.id(), t.number());
        m.put("worker", lease.map(TrialLease::worker).orElse(null));
        m.put("attempts", lease.map(TrialLease::attempts).orElse(0));
        List<Map<String, Object>> epochs = new ArrayList<>();
        for (EpochMetrics e : storage.epochs(study.id(), t.number())) {
            epochs.add(Map.of("epoch", e.epoch(), "seconds", e.seconds(), "values", e.values()));
        }
        m.put("epochs", epochs);
        m.put("exportCommand", "nas4j export " + shellWord(study.name()) + " --trial " + t.number() + " --out "
                + shellWord(study.name() + "-trial-" + t.number()));
        JsonBody.ok(ctx, m);
    }

    void compare(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        List<Integer> numbers = TrialTableRequest.trialNumbers(ctx.queryParamMap(), 2, 4);
        Optional<ModelIO> io = modelIo(study);
        List<Map<String, Object>> trials = new ArrayList<>();
        List<List<String>> archs = new ArrayList<>();
        Set<String> hpNames = new TreeSet<>();
        List<TrialRecord> records = new ArrayList<>();
        for (int n : numbers) {
            TrialRecord t = requireTrial(study, n);
            records.add(t);
            ArchitectureDiagram d = ArchitectureDiagram.of(t.candidate().architecture(), io);
            archs.add(d.blocks().stream().map(ArchitectureDiagram.Block::label).toList());
            hpNames.addAll(t.candidate().hyperparameters().keySet());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", t.number());
            m.put("state", t.state().name());
            m.put("objective", t.objective().isPresent() ? t.objective().getAsDouble() : null);
            m.put("param_count", d.params() >= 0 ? d.params() : t.paramCount() < 0 ? null : t.paramCount());
            m.put("flops", d.flops() >= 0 ? d.flops() : t.flops() < 0 ? null : t.flops());
            m.put("metrics", t.metrics());
            m.put("architectureDiagram", d);
            trials.add(m);
        }
        List<Map<String, Object>> hp = new ArrayList<>();
        for (String name : hpNames) {
            List<Object> vals = new ArrayList<>();
            for (TrialRecord t : records) {
                vals.add(t.candidate().hyperparameters().get(name));
            }
            hp.add(Map.of("name", name, "values", vals, "same", vals.stream().distinct().count() == 1));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trials", trials);
        m.put("hyperparameters", hp);
        m.put("architecture", ArchitectureDiff.of(archs).rows());
        m.put("curves", curves(study, numbers, TrialTableRequest.first(ctx.queryParamMap(), "metric", null)));
        JsonBody.ok(ctx, m);
    }

    void lineage(Context ctx) {
        Study study = study(ctx.pathParam("id"));
        int root = number(ctx.pathParam("number"));
        Map<Integer, TrialSummary> all = new HashMap<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (TrialSummary s : summaries.summaries(study.id())) {
            all.put(s.number(), s);
            for (int p : s.parents()) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(s.number());
            }
        }
        if (!all.containsKey(root)) {
            throw ApiException.notFound("study " + study.id() + " has no trial " + root);
        }
        int limit = 200;
        Map<Integer, Integer> depth = new LinkedHashMap<>();
        depth.put(root, 0);
        Deque<Integer> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty() && depth.size() < limit) { // ancestors
            int n = queue.poll();
            if (depth.get(n) <= -6) {
                continue;
            }
            for (int p : all.get(n).parents()) {
                if (all.containsKey(p) && !depth.containsKey(p)) {
                    depth.put(p, depth.get(n) - 1);
                    queue.add(p);
                }
            }
        }
        queue.add(root);
        while (!queue.isEmpty() && depth.size() < limit) { // descendants
            int n = queue.poll();
            if (depth.get(n) >= 3) {
                continue;
            }
            for (int c : children.getOrDefault(n, List.of())) {
                if (!depth.containsKey(c)) {
                    depth.put(c, depth.get(n) + 1);
                    queue.add(c);
                }
            }
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : depth.entrySet()) {
            TrialSummary s = all.get(e.getKey());
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("number", s.number());
            node.put("depth", e.getValue());
            node.put("generation", s.generation());
            node.put("operator", s.operator());
            node.put("state", s.state().name());
            node.put("objective", s.objective().isPresent() ? s.objective().getAsDouble() : null);
            nodes.add(node);
            for (int p : s.parents()) {
                if (depth.containsKey(p)) {
                    links.add(new int[] {p, s.number()});
                }
            }
        }
        JsonBody.ok(ctx, Map.of("root", root, "nodes", nodes, "links", links));
    }

    // ------------------------------------------------------------------ helpers

    private Study study(String id) {
        long studyId;
        try {
            studyId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no study with id '" + id + "' (ids are numbers; see /api/studies)");
        }
        Optional<Study> study = storage.findStudy(studyId);
        if (study.isEmpty()) {
            summaries.forget(studyId);
            throw ApiException.notFound("no study with id " + studyId);
        }
        return study.get();
    }

    private static int number(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no trial '" + text + "' (trial numbers are 0, 1, 2, ...)");
        }
    }

    private TrialRecord requireTrial(Study study, int number) {
        return storage.trial(study.id(), number)
                .orElseThrow(() -> ApiException.notFound("study '" + study.name() + "' has no trial " + number));
    }

    private static Optional<ModelIO> modelIo(Study study) {
        return ArchitectureDiagram.modelIo(study);
    }

    /** {@code word} as one shell word: unchanged when plain, else single-quoted. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_.,:/=+\\-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Milliseconds of an instant, or null. */
    static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
