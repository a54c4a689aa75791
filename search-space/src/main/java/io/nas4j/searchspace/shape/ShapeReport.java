package io.nas4j.searchspace.shape;

import io.nas4j.searchspace.arch.Architecture;
import java.util.List;

/**
 * The result of a successful shape inference.
 *
 * @param architecture the architecture as it will be built (after repair, e.g. an inserted flatten)
 * @param rows one row per block, then the output head
 * @param params total parameter count
 * @param flops total FLOPs for one example
 * @param repairs what repair changed, in words (empty when nothing)
 */
public record ShapeReport(Architecture architecture, List<LayerShape> rows, long params, long flops,
        List<String> repairs) {
    /** Copies the lists. */
    public ShapeReport {
        rows = List.copyOf(rows);
        repairs = List.copyOf(repairs);
    }

    /** A fixed-width table of the rows with totals, for terminals. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format("%-36s %-16s %12s %14s%n", "block", "output", "params", "FLOPs"));
        for (LayerShape r : rows) {
            sb.append(String.format("%-36s %-16s %,12d %,14d%n", r.block(), r.output(), r.params(), r.flops()));
        }
        sb.append(String.format("%-36s %-16s %,12d %,14d%n", "total", "", params, flops));
        return sb.toString();
    }
}
