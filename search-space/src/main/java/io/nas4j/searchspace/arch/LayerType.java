package io.nas4j.searchspace.arch;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The kinds of hidden block, with the parameter names each accepts in spec files and JSON.
 * Parameter order here is the canonical order (used for genes and descriptions).
 */
public enum LayerType {
    DENSE("dense", List.of("units", "activation")),
    CONV2D("conv2d", List.of("filters", "kernel", "stride", "padding", "activation")),
    MAXPOOL("maxpool", List.of("size", "stride", "padding")),
    AVGPOOL("avgpool", List.of("size", "stride", "padding")),
    DROPOUT("dropout", List.of("rate")),
    BATCHNORM("batchnorm", List.of()),
    FLATTEN("flatten", List.of()),
    LSTM("lstm", List.of("hidden", "layers", "bidirectional", "return_sequences")),
    GRU("gru", List.of("hidden", "layers", "bidirectional", "return_sequences")),
    RNN("rnn", List.of("hidden", "layers", "bidirectional", "return_sequences", "activation")),
    /** A NAS-Bench-201 cell (see {@link Cell}): one op per edge, answered by a tabular benchmark. */
    CELL("cell", Cell.EDGE_NAMES);

    private final String word;
    private final List<String> parameters;

    LayerType(String word, List<String> parameters) {
        this.word = word;
        this.parameters = parameters;
    }

    /** The spelling used in spec files and canonical JSON. */
    public String word() {
        return word;
    }

    /** The parameter names this type accepts, in canonical order. */
    public List<String> parameters() {
        return parameters;
    }

    /** Whether this is a recurrent type (lstm, gru, rnn). */
    public boolean isRecurrent() {
        return this == LSTM || this == GRU || this == RNN;
    }

    /** Parses a spec word, naming the accepted words when unknown. */
    public static LayerType fromWord(String word) {
        for (LayerType t : values()) {
            if (t.word.equals(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown layer type '" + word + "' (expected one of "
                + Arrays.stream(values()).map(LayerType::word).collect(Collectors.joining(", ")) + ")");
    }
}
