package io.nas4j.searchspace.arch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The operations an edge of a NAS-Bench-201 cell may carry, spelled as in the benchmark's
 * architecture strings.
 */
public enum CellOp {
    /** No connection: the edge contributes zeros. */
    NONE,
    /** Identity. */
    SKIP_CONNECT,
    /** ReLU, 1x1 convolution, batch norm. */
    NOR_CONV_1X1,
    /** ReLU, 3x3 convolution, batch norm. */
    NOR_CONV_3X3,
    /** 3x3 average pooling, stride 1. */
    AVG_POOL_3X3;

    /** The spelling used in architecture strings, specs and canonical JSON, e.g. {@code nor_conv_3x3}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an op word, naming the accepted words when unknown. */
    public static CellOp fromWord(String word) {
        for (CellOp op : values()) {
            if (op.word().equals(word)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown cell op '" + word + "' (expected one of "
                + Arrays.stream(values()).map(CellOp::word).collect(Collectors.joining(", ")) + ")");
    }
}
