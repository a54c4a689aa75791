package io.nas4j.searchspace.space;

import java.util.List;

/**
 * A run of consecutive blocks: between {@code minBlocks} and {@code maxBlocks} blocks, each one of
 * the options. A CNN space is typically a convolution stage followed by a dense stage.
 *
 * @param minBlocks fewest blocks (may be 0)
 * @param maxBlocks most blocks
 * @param options block options, at least one
 */
public record StageSpace(int minBlocks, int maxBlocks, List<BlockSpace> options) {
    /** Validates the counts and copies the options. */
    public StageSpace {
        options = List.copyOf(options);
        if (minBlocks < 0) {
            throw new IllegalArgumentException("min_blocks must be >= 0, got " + minBlocks);
        }
        if (minBlocks > maxBlocks) {
            throw new IllegalArgumentException("min_blocks " + minBlocks + " is greater than max_blocks " + maxBlocks);
        }
        if (maxBlocks > 64) {
            throw new IllegalArgumentException("max_blocks " + maxBlocks + " is more than 64");
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a stage needs at least one block option");
        }
    }

    /** Genes per block slot: one for the option, then the widest option's parameters. */
    public int slotWidth() {
        return 1 + options.stream().mapToInt(BlockSpace::width).max().orElse(0);
    }

    /** Genes of the whole stage: one for the depth, then the slots. */
    public int width() {
        return 1 + maxBlocks * slotWidth();
    }
}
