package io.nas4j.ui.api;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.LayerShape;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.store.Study;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An architecture as the UI draws it: the input, one block per layer with its output shape,
 * parameter count and FLOPs (from {@link ShapeInference} with the study's {@link ModelIO}), and
 * the output head. Without a recorded model I/O the blocks are shown without shapes.
 *
 * @param input the input shape, or null when unknown
 * @param blocks the blocks in order, output head last
 * @param params total parameters, or -1 when unknown
 * @param flops total FLOPs per example, or -1 when unknown
 * @param repairs what shape inference repaired
 * @param error why the architecture cannot be built, or null
 */
public record ArchitectureDiagram(String input, List<Block> blocks, long params, long flops, List<String> repairs,
        String error) {
    /** Provenance key of the input shape, e.g. {@code 1,28,28}. */
    public static final String INPUT_SHAPE = "io.input_shape";
    /** Provenance key of the task word. */
    public static final String TASK = "io.task";
    /** Provenance key of the class count. */
    public static final String CLASSES = "io.classes";

    /**
     * One block.
     *
     * @param type the layer type word ({@code dense}, {@code conv2d}, ..., {@code output})
     * @param label the block as one line, e.g. {@code conv2d(32,3,1,same,relu)}
     * @param output the output shape, or null when unknown
     * @param params its parameter count, or -1 when unknown
     * @param flops its FLOPs per example, or -1 when unknown
     */
    public record Block(String type, String label, String output, long params, long flops) {
    }

    /** Copies. */
    public ArchitectureDiagram {
        blocks = List.copyOf(blocks);
        repairs = List.copyOf(repairs);
    }

    /** The diagram of {@code architecture} for the data {@code io} (when known). */
    public static ArchitectureDiagram of(Architecture architecture, Optional<ModelIO> io) {
        if (io.isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            for (Layer l : architecture.layers()) {
                blocks.add(new Block(l.type().word(), l.describe(), null, -1, -1));
            }
            return new ArchitectureDiagram(null, blocks, -1, -1, List.of(), null);
        }
        try {
            ShapeReport r = ShapeInference.infer(architecture, io.get());
            List<Block> blocks = new ArrayList<>();
            for (LayerShape row : r.rows()) {
                String label = row.block();
                int paren = label.indexOf('(');
                String type = paren > 0 ? label.substring(0, paren) : label;
                blocks.add(new Block(type, label, row.output().toString(), row.params(), row.flops()));
            }
            return new ArchitectureDiagram(io.get().input().toString(), blocks, r.params(), r.flops(), r.repairs(), null);
        } catch (InfeasibleArchitectureException e) {
            List<Block> blocks = new ArrayList<>();
            for (Layer l : architecture.layers()) {
                blocks.add(new Block(l.type().word(), l.describe(), null, -1, -1));
            }
            return new ArchitectureDiagram(io.get().input().toString(), blocks, -1, -1, List.of(), e.getMessage());
        }
    }

    /** The model I/O a study recorded in its provenance ({@code io.input_shape}, {@code io.task}, {@code io.classes}). */
    public static Optional<ModelIO> modelIo(Study study) {
        Map<String, String> p = study.provenance();
        if (!p.containsKey(INPUT_SHAPE) || !p.containsKey(TASK) || !p.containsKey(CLASSES)) {
            return Optional.empty();
        }
        try {
            int[] dims = Arrays.stream(p.get(INPUT_SHAPE).split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            return Optional.of(new ModelIO(new Shape(dims), Task.fromWord(p.get(TASK)), Integer.parseInt(p.get(CLASSES))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
