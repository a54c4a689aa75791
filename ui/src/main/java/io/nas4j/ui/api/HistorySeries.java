package io.nas4j.ui.api;

import io.nas4j.searchspace.spec.Direction;
import io.nas4j.store.TrialSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimization history: each trial's primary objective by trial number and the best-so-far
 * line. Beyond {@code maxPoints} trials the scatter is downsampled on the server: trials are cut
 * into buckets by number and each bucket keeps its lowest and highest value (so outliers and the
 * envelope survive); the best-so-far line keeps only the points where it changes, which is exact.
 *
 * @param total trials with an objective value
 * @param points the shown points: {@code [number, value, state]}
 * @param best the best-so-far steps: {@code [number, best]}
 * @param downsampled whether points were dropped
 */
public record HistorySeries(int total, List<Object[]> points, List<double[]> best, boolean downsampled) {

    /** The history of {@code trials} (any order by number) for an objective of {@code direction}. */
    public static HistorySeries of(List<TrialSummary> trials, Direction direction, int maxPoints) {
        List<TrialSummary> valued = new ArrayList<>();
        for (TrialSummary t : trials) {
            if (t.objective().isPresent()) {
                valued.add(t);
            }
        }
        List<double[]> best = new ArrayList<>();
        double current = Double.NaN;
        for (TrialSummary t : valued) {
            double v = t.objective().getAsDouble();
            if (t.state() != io.nas4j.searchspace.trial.TrialState.COMPLETE) {
                continue;
            }
            if (Double.isNaN(current) || (direction == Direction.MAXIMIZE ? v > current : v < current)) {
                current = v;
                best.add(new double[] {t.number(), v});
            }
        }
        if (!valued.isEmpty() && !best.isEmpty()) {
            best.add(new double[] {valued.get(valued.size() - 1).number(), current});
        }
        List<Object[]> points = new ArrayList<>();
        boolean down = valued.size() > maxPoints;
        if (!down) {
            valued.forEach(t -> points.add(point(t)));
        } else {
            int buckets = Math.max(1, maxPoints / 2);
            double width = (double) valued.size() / buckets;
            for (int b = 0; b < buckets; b++) {
                int from = (int) Math.floor(b * width);
                int to = (int) Math.min(valued.size(), Math.floor((b + 1) * width));
                if (from >= to) {
                    continue;
                }
                TrialSummary lo = valued.get(from);
                TrialSummary hi = lo;
                for (int i = from + 1; i < to; i++) {
                    TrialSummary t = valued.get(i);
                    if (t.objective().getAsDouble() < lo.objective().getAsDouble()) {
                        lo = t;
                    }
                    if (t.objective().getAsDouble() > hi.objective().getAsDouble()) {
                        hi = t;
                    }
                }
                TrialSummary first = lo.number() <= hi.number() ? lo : hi;
                TrialSummary second = first == lo ? hi : lo;
                points.add(point(first));
                if (second != first) {
                    points.add(point(second));
                }
            }
        }
        return new HistorySeries(valued.size(), points, best, down);
    }

    private static Object[] point(TrialSummary t) {
        return new Object[] {t.number(), t.objective().getAsDouble(), t.state().name()};
    }
}
