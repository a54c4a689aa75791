package io.nas4j.searchspace.arch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A NAS-Bench-201 cell: 4 nodes, node 0 the cell's input, and an edge from every node {@code j}
 * to every later node {@code i}, 6 edges in all, each carrying one {@link CellOp}. Its standard
 * form is the architecture string {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}: one group per
 * node 1..3, listing the op on the edge from each earlier node.
 *
 * <p>A cell stands for the benchmark's whole fixed network (stem, stacked cells, pooling): it is
 * answered by a tabular benchmark, not trained. Shape inference passes its input through as a
 * vector with no parameters, and the DJL evaluator refuses it.
 *
 * @param edges the 6 ops in canonical order: 1&lt;-0, 2&lt;-0, 2&lt;-1, 3&lt;-0, 3&lt;-1, 3&lt;-2
 */
public record Cell(List<CellOp> edges) implements Layer {
    /** Number of nodes, including the input node 0. */
    public static final int NODES = 4;
    /** Parameter names of the edges in canonical order: {@code edge_I_J} is the edge into node I from node J. */
    public static final List<String> EDGE_NAMES = List.of("edge_1_0", "edge_2_0", "edge_2_1", "edge_3_0",
            "edge_3_1", "edge_3_2");

    /** Validates the edge count and copies. */
    public Cell {
        edges = List.copyOf(Objects.requireNonNull(edges, "cell.edges"));
        if (edges.size() != EDGE_NAMES.size()) {
            throw new IllegalArgumentException("a cell has " + EDGE_NAMES.size() + " edges, got " + edges.size());
        }
    }

    /** The op on the edge into node {@code to} from node {@code from} (0 &lt;= from &lt; to &lt;= 3). */
    public CellOp op(int to, int from) {
        if (to < 1 || to >= NODES || from < 0 || from >= to) {
            throw new IllegalArgumentException("no edge " + to + "<-" + from + " in a " + NODES + "-node cell");
        }
        return edges.get(to * (to - 1) / 2 + from);
    }

    /** The standard architecture string, e.g. {@code |nor_conv_3x3~0|+|none~0|skip_connect~1|+|...|}. */
    public String arch() {
        StringBuilder sb = new StringBuilder();
        for (int to = 1; to < NODES; to++) {
            if (to > 1) {
                sb.append('+');
            }
            sb.append('|');
            for (int from = 0; from < to; from++) {
                sb.append(op(to, from).word()).append('~').append(from).append('|');
            }
        }
        return sb.toString();
    }

    /**
     * Parses a standard architecture string.
     *
     * @throws IllegalArgumentException saying what is wrong with the string
     */
    public static Cell parse(String arch) {
        Objects.requireNonNull(arch, "arch");
        String[] nodes = arch.trim().split("\\+", -1);
        if (nodes.length != NODES - 1) {
            throw new IllegalArgumentException("'" + arch + "' is not a cell string: expected " + (NODES - 1)
                    + " node groups joined by '+', like |op~0|+|op~0|op~1|+|op~0|op~1|op~2|");
        }
        List<CellOp> ops = new ArrayList<>();
        for (int to = 1; to < NODES; to++) {
            String group = nodes[to - 1];
            if (group.length() < 2 || !group.startsWith("|") || !group.endsWith("|")) {
                throw new IllegalArgumentException("'" + arch + "': node " + to + " group '" + group
                        + "' must start and end with '|'");
            }
            String[] inputs = group.substring(1, group.length() - 1).split("\\|", -1);
            if (inputs.length != to) {
                throw new IllegalArgumentException("'" + arch + "': node " + to + " needs " + to + " inputs, got "
                        + inputs.length);
            }
            for (int from = 0; from < to; from++) {
                String[] opAndNode = inputs[from].split("~", -1);
                if (opAndNode.length != 2 || !opAndNode[1].equals(Integer.toString(from))) {
                    throw new IllegalArgumentException("'" + arch + "': node " + to + " input '" + inputs[from]
                            + "' must be op~" + from);
                }
                ops.add(CellOp.fromWord(opAndNode[0]));
            }
        }
        return new Cell(ops);
    }

    @Override
    public LayerType type() {
        return LayerType.CELL;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            m.put(EDGE_NAMES.get(i), edges.get(i).word());
        }
        return m;
    }

    /** The architecture string, e.g. {@code cell|nor_conv_3x3~0|+...}. */
    @Override
    public String describe() {
        return "cell" + arch();
    }
}
