package io.nas4j.store.h2;

import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.query.TrialField;
import io.nas4j.store.query.TrialFilter;
import io.nas4j.store.query.TrialQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a {@link TrialQuery}. Every value is a bound parameter; the only text taken from the
 * query is a column expression chosen from a fixed table by {@link TrialField.Column}.
 */
final class TrialQuerySql {
    final String pageSql;
    final List<Object> pageArgs;
    final String countSql;
    final List<Object> countArgs;

    private TrialQuerySql(String pageSql, List<Object> pageArgs, String countSql, List<Object> countArgs) {
        this.pageSql = pageSql;
        this.pageArgs = pageArgs;
        this.countSql = countSql;
        this.countArgs = countArgs;
    }

    /**
     * The SQL selecting {@code columns} (qualified with {@code t.}) for one page, and the count.
     * Parameter and metric conditions are uncorrelated {@code IN} subqueries that H2 answers once
     * from the value indexes.
     */
    static TrialQuerySql of(long studyId, TrialQuery q, String columns) {
        StringBuilder where = new StringBuilder(" WHERE t.study_id = ?");
        List<Object> whereArgs = new ArrayList<>();
        whereArgs.add(studyId);
        if (!q.states().isEmpty()) {
            where.append(" AND t.state IN (");
            boolean first = true;
            for (TrialState s : q.states()) {
                where.append(first ? "?" : ", ?");
                whereArgs.add(s.name());
                first = false;
            }
            where.append(')');
        }
        for (TrialFilter f : q.filters()) {
            appendFilter(where, whereArgs, studyId, f);
        }

        StringBuilder join = new StringBuilder();
        List<Object> joinArgs = new ArrayList<>();
        String dir = q.descending() ? " DESC" : " ASC";
        String order;
        TrialField sort = q.sortBy();
        switch (sort.kind()) {
            case PARAM -> {
                join.append(" LEFT JOIN trial_params sp ON sp.study_id = t.study_id AND sp.trial_number = t.number"
                        + " AND sp.name = ?");
                joinArgs.add(sort.name());
                order = "sp.num_value" + dir + " NULLS LAST, sp.text_value" + dir + " NULLS LAST";
            }
            case METRIC -> {
                join.append(" LEFT JOIN trial_metrics sm ON sm.study_id = t.study_id AND sm.trial_number = t.number"
                        + " AND sm.name = ?");
                joinArgs.add(sort.name());
                order = "sm.metric_value" + dir + " NULLS LAST";
            }
            default -> order = columnExpression(sort.column()) + dir + " NULLS LAST";
        }
        String page = "SELECT " + columns + " FROM trials t" + join + where + " ORDER BY " + order
                + ", t.number ASC LIMIT ? OFFSET ?";
        List<Object> pageArgs = new ArrayList<>(joinArgs);
        pageArgs.addAll(whereArgs);
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        String count = "SELECT COUNT(*) FROM trials t" + where;
        return new TrialQuerySql(page, List.copyOf(pageArgs), count, List.copyOf(whereArgs));
    }

    private static void appendFilter(StringBuilder where, List<Object> args, long studyId, TrialFilter f) {
        TrialField field = f.field();
        switch (field.kind()) {
            case PARAM -> {
                where.append(" AND t.number IN (SELECT p.trial_number FROM trial_params p WHERE p.study_id = ?"
                        + " AND p.name = ?");
                args.add(studyId);
                args.add(field.name());
                if (f.text() != null) {
                    where.append(" AND p.text_value = ?");
                    args.add(f.text());
                } else {
                    appendRange(where, args, "p.num_value", f);
                }
                where.append(')');
            }
            case METRIC -> {
                where.append(" AND t.number IN (SELECT m.trial_number FROM trial_metrics m WHERE m.study_id = ?"
                        + " AND m.name = ?");
                args.add(studyId);
                args.add(field.name());
                appendRange(where, args, "m.metric_value", f);
                where.append(')');
            }
            default -> appendRange(where, args, columnExpression(field.column()), f);
        }
    }

    private static void appendRange(StringBuilder where, List<Object> args, String expression, TrialFilter f) {
        if (f.min() != null) {
            where.append(" AND ").append(expression).append(" >= ?");
            args.add(f.min());
        }
        if (f.max() != null) {
            where.append(" AND ").append(expression).append(" <= ?");
            args.add(f.max());
        }
    }

    /** The SQL of a column; durations are in seconds, times in epoch milliseconds. */
    static String columnExpression(TrialField.Column column) {
        return switch (column) {
            case NUMBER -> "t.number";
            case STATE -> "t.state";
            case OBJECTIVE -> "t.objective";
            case PARAM_COUNT -> "t.param_count";
            case FLOPS -> "t.flops";
            case DURATION -> "((t.finished_at - t.started_at) / 1000.0)";
            case GENERATION -> "t.generation";
            case CREATED_AT -> "t.created_at";
            case FINISHED_AT -> "t.finished_at";
            case UPDATED_AT -> "t.updated_at";
        };
    }
}
