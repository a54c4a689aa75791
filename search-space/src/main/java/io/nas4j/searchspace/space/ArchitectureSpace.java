package io.nas4j.searchspace.space;

import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.CellOp;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain architecture space: stages of blocks in order. A cell space (NAS-Bench-201 style,
 * see {@link #cell}) is a chain of exactly one {@link Cell} block, so every strategy searches it
 * through the same gene codec.
 *
 * @param stages the stages, at least one
 */
public record ArchitectureSpace(List<StageSpace> stages) {
    /** Copies and validates the stages. */
    public ArchitectureSpace {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an architecture space needs at least one stage");
        }
    }

    /** Number of genes that encode an architecture. */
    public int width() {
        return stages.stream().mapToInt(StageSpace::width).sum();
    }

    /**
     * The NAS-Bench-201 cell space: one stage of exactly one cell whose 6 edges each take one of
     * {@code ops}. Its genes are the 6 edge choices (the fixed depth and option genes never vary).
     *
     * @param ops the ops every edge may take, at least one, no repeats
     */
    public static ArchitectureSpace cell(List<CellOp> ops) {
        if (ops.isEmpty()) {
            throw new IllegalArgumentException("a cell space needs at least one op");
        }
        if (ops.stream().distinct().count() != ops.size()) {
            throw new IllegalArgumentException("a cell op is listed twice: " + ops);
        }
        Map<String, Domain> edges = new LinkedHashMap<>();
        List<Object> words = ops.stream().<Object>map(CellOp::word).toList();
        for (String edge : Cell.EDGE_NAMES) {
            edges.put(edge, new Choice(words));
        }
        return new ArchitectureSpace(List.of(new StageSpace(1, 1, List.of(new BlockSpace(LayerType.CELL, edges)))));
    }
}
