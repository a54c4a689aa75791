package io.nas4j.ui.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The non-dominated points of a two-objective scatter. */
public final class ParetoFront {
    private ParetoFront() {
    }

    /**
     * The points no other point dominates, by ascending x. A point is {@code [x, y, number]};
     * {@code maximizeX}/{@code maximizeY} give each axis' better direction.
     */
    public static List<double[]> of(List<double[]> points, boolean maximizeX, boolean maximizeY) {
        List<double[]> sorted = new ArrayList<>(points);
        // best x first; among equal x, best y first
        Comparator<double[]> byX = Comparator.comparingDouble(p -> maximizeX ? -p[0] : p[0]);
        sorted.sort(byX.thenComparingDouble(p -> maximizeY ? -p[1] : p[1]));
        List<double[]> front = new ArrayList<>();
        double bestY = Double.NaN;
        for (double[] p : sorted) {
            if (Double.isNaN(bestY) || (maximizeY ? p[1] > bestY : p[1] < bestY)) {
                front.add(p);
                bestY = p[1];
            }
        }
        front.sort(Comparator.comparingDouble(p -> p[0]));
        return front;
    }
}
