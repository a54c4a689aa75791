package io.nas4j.searchspace.arch;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds layers from parameter maps (spec values or JSON), filling documented defaults. */
public final class Layers {
    private Layers() {
    }

    /**
     * The default value of a parameter when a spec or JSON leaves it out, or null when the
     * parameter is required ({@code units}, {@code filters}, {@code hidden}). A cell edge left out
     * is {@code none} (not connected).
     */
    public static Object defaultValue(LayerType type, String parameter) {
        return switch (parameter) {
            case "activation" -> type == LayerType.RNN ? "tanh" : "relu";
            case "kernel" -> 3;
            case "stride" -> type == LayerType.CONV2D ? 1 : null; // pools: stride = size
            case "padding" -> type == LayerType.CONV2D ? "same" : "valid";
            case "size" -> 2;
            case "rate" -> 0.5;
            case "layers" -> 1;
            case "bidirectional", "return_sequences" -> false;
            case "edge_1_0", "edge_2_0", "edge_2_1", "edge_3_0", "edge_3_1", "edge_3_2" -> // cell: not connected
                    type == LayerType.CELL ? CellOp.NONE.word() : null;
            default -> null;
        };
    }

    /**
     * Builds a layer from {@code type} and parameter values.
     *
     * @throws IllegalArgumentException naming the parameter when one is unknown, missing or invalid
     */
    public static Layer of(LayerType type, Map<String, ?> values) {
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.remove("type");
        unknown.removeAll(type.parameters());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown parameter '" + unknown.iterator().next() + "' for "
                    + type.word() + " (expected " + (type.parameters().isEmpty() ? "none"
                    : String.join(", ", type.parameters())) + ")");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        for (String p : type.parameters()) {
            Object value = values.containsKey(p) ? values.get(p) : defaultValue(type, p);
            v.put(p, value);
        }
        return switch (type) {
            case DENSE -> new Dense(integer(type, v, "units"), activation(v));
            case CONV2D -> new Conv2d(integer(type, v, "filters"), integer(type, v, "kernel"),
                    integer(type, v, "stride"), Padding.fromWord(string(type, v, "padding")), activation(v));
            case MAXPOOL, AVGPOOL -> {
                int size = integer(type, v, "size");
                int stride = v.get("stride") == null ? size : integer(type, v, "stride");
                yield new Pool(type, size, stride, Padding.fromWord(string(type, v, "padding")));
            }
            case DROPOUT -> new Dropout(number(type, v, "rate"));
            case BATCHNORM -> new BatchNorm();
            case FLATTEN -> new Flatten();
            case LSTM, GRU, RNN -> new Recurrent(type, integer(type, v, "hidden"), integer(type, v, "layers"),
                    bool(type, v, "bidirectional"), bool(type, v, "return_sequences"),
                    type == LayerType.RNN ? activation(v) : Activation.TANH);
            case CELL -> new Cell(Cell.EDGE_NAMES.stream().map(e -> CellOp.fromWord(string(type, v, e))).toList());
        };
    }

    /** Builds a layer from its JSON map, which holds {@code type} and the parameters. */
    public static Layer fromMap(Map<String, ?> map) {
        Object type = map.get("type");
        if (!(type instanceof String s)) {
            throw new IllegalArgumentException("layer without a 'type': " + map);
        }
        return of(LayerType.fromWord(s), map);
    }

    private static Activation activation(Map<String, Object> v) {
        Object a = v.get("activation");
        if (!(a instanceof String s)) {
            throw new IllegalArgumentException("activation must be a word, got " + a);
        }
        return Activation.fromWord(s);
    }

    private static int integer(LayerType type, Map<String, Object> v, String p) {
        Object o = v.get(p);
        if (o == null) {
            throw new IllegalArgumentException(type.word() + " needs '" + p + "'");
        }
        if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.doubleValue() >= Integer.MIN_VALUE && n.doubleValue() <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new IllegalArgumentException(type.word() + "." + p + " must be an integer, got " + o);
    }

    private static double number(LayerType type, Map<String, Object> v, String p) {
        Object o = v.get(p);
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(type.word() + "." + p + " must be a number, got " + o);
    }

    private static String string(LayerType type, Map<String, Object> v, String p) {
        Object o = v.get(p);
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(type.word() + "." + p + " must be a word, got " + o);
    }

    private static boolean bool(LayerType type, Map<String, Object> v, String p) {
        Object o = v.get(p);
        if (o instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(type.word() + "." + p + " must be true or false, got " + o);
    }
}
