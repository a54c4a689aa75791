package io.nas4j.cli.export.code;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The repaired layers of an architecture with each one's input and output shape (one example,
 * no batch axis), as the code generators need them.
 *
 * @param io the input shape and head
 * @param report the shape inference report (repaired architecture, parameter count, FLOPs)
 * @param steps the layers in order with their shapes
 */
public record LayerPlan(ModelIO io, ShapeReport report, List<Step> steps) {
    /**
     * One layer with its shapes.
     *
     * @param layer the layer
     * @param input its input shape
     * @param output its output shape
     */
    public record Step(Layer layer, Shape input, Shape output) {
    }

    /** Copies the steps. */
    public LayerPlan {
        steps = List.copyOf(steps);
    }

    /** Plans {@code architecture} for {@code io}. */
    public static LayerPlan of(Architecture architecture, ModelIO io) throws InfeasibleArchitectureException {
        ShapeReport report = ShapeInference.infer(architecture, io);
        List<Step> steps = new ArrayList<>();
        Shape in = io.input();
        List<Layer> layers = report.architecture().layers();
        for (int i = 0; i < layers.size(); i++) {
            Shape out = report.rows().get(i).output();
            steps.add(new Step(layers.get(i), in, out));
            in = out;
        }
        return new LayerPlan(io, report, steps);
    }

    /** The input width of the output head. */
    public int headInputs() {
        return steps.isEmpty() ? io.input().dim(0) : steps.get(steps.size() - 1).output().dim(0);
    }

    /** Padding per side of a conv or pool window, as {@link io.nas4j.evaluator.djl.NetworkBuilder} uses it. */
    static int padding(Padding padding, int window) {
        return padding == Padding.SAME ? (window - 1) / 2 : 0;
    }

    /** A shape as a comma-separated list ({@code 1, 28, 28}). */
    static String dims(Shape s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.rank(); i++) {
            sb.append(i == 0 ? "" : ", ").append(s.dim(i));
        }
        return sb.toString();
    }
}
