package io.nas4j.searchspace.space;

import java.util.List;

/**
 * The chain architecture space: stages of blocks in order.
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
}
