package io.nas4j.searchspace.shape;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.BatchNorm;
import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.Conv2d;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.arch.Padding;
import io.nas4j.searchspace.arch.Pool;
import io.nas4j.searchspace.arch.Recurrent;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers every block's output shape, parameter count and FLOPs before anything is trained,
 * repairing what has one obvious fix and rejecting the rest with the reason.
 *
 * <p>Repairs: a {@code flatten} is inserted before a dense block (and before the output head)
 * whose input is not a vector; a {@code flatten} whose input already is a vector is dropped.
 * Rejections: convolution or pooling of a non-image, a window larger than its (padded) input,
 * recurrent blocks on non-sequences.
 *
 * <p>A {@link Cell} (NAS-Bench-201) stands for a benchmark's fixed network that a table answers
 * for: it passes its input on as a vector, with no parameters and no FLOPs counted here.
 *
 * <p>Conventions shared with the DJL builder: {@code same} padding pads {@code (k-1)/2} on each
 * side, so output size is {@code floor((n + 2p - k) / s) + 1}; pooling strides default to the
 * window size; parameter counts include batch-norm running statistics and both recurrent biases,
 * as DJL counts them.
 */
public final class ShapeInference {
    private ShapeInference() {
    }

    /**
     * Repairs and checks {@code architecture} for {@code io}.
     *
     * @throws InfeasibleArchitectureException with a reason naming the block
     */
    public static ShapeReport infer(Architecture architecture, ModelIO io) throws InfeasibleArchitectureException {
        List<Layer> built = new ArrayList<>();
        List<LayerShape> rows = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        Shape shape = io.input();
        long params = 0;
        long flops = 0;
        int index = 0;
        for (Layer layer : architecture.layers()) {
            index++;
            if (layer instanceof Flatten && shape.rank() == 1) {
                repairs.add("dropped flatten at block " + index + " (its input is already a vector)");
                continue;
            }
            if (layer instanceof Dense && shape.rank() > 1) {
                Shape flat = new Shape((int) shape.size());
                rows.add(new LayerShape("flatten", flat, 0, 0));
                built.add(new Flatten());
                repairs.add("inserted flatten before block " + index + " (" + layer.describe() + ")");
                shape = flat;
            }
            LayerShape row = step(layer, shape, index);
            rows.add(row);
            built.add(layer);
            params += row.params();
            flops += row.flops();
            shape = row.output();
        }
        if (shape.rank() > 1) {
            Shape flat = new Shape((int) shape.size());
            rows.add(new LayerShape("flatten", flat, 0, 0));
            built.add(new Flatten());
            repairs.add("inserted flatten before the output head");
            shape = flat;
        }
        int in = shape.dim(0);
        int out = io.outputs();
        long headParams = (long) in * out + out;
        long headFlops = 2L * in * out;
        rows.add(new LayerShape("output(" + out + "," + io.outputActivation() + ")", new Shape(out), headParams, headFlops));
        return new ShapeReport(new Architecture(built), rows, params + headParams, flops + headFlops, repairs);
    }

    private static LayerShape step(Layer layer, Shape in, int index) throws InfeasibleArchitectureException {
        String where = layer.describe() + " at block " + index;
        if (layer instanceof Dense d) {
            return new LayerShape(layer.describe(), new Shape(d.units()),
                    (long) in.dim(0) * d.units() + d.units(), 2L * in.dim(0) * d.units());
        }
        if (layer instanceof Conv2d c) {
            requireImage(in, where);
            int h = window(in.dim(1), c.kernel(), c.stride(), c.padding(), where, "height");
            int w = window(in.dim(2), c.kernel(), c.stride(), c.padding(), where, "width");
            long weights = (long) in.dim(0) * c.kernel() * c.kernel() * c.filters();
            return new LayerShape(layer.describe(), new Shape(c.filters(), h, w), weights + c.filters(),
                    2L * weights * h * w);
        }
        if (layer instanceof Pool p) {
            requireImage(in, where);
            int h = window(in.dim(1), p.size(), p.stride(), p.padding(), where, "height");
            int w = window(in.dim(2), p.size(), p.stride(), p.padding(), where, "width");
            return new LayerShape(layer.describe(), new Shape(in.dim(0), h, w), 0,
                    (long) in.dim(0) * h * w * p.size() * p.size());
        }
        if (layer instanceof Recurrent r) {
            return recurrent(r, in, where);
        }
        if (layer instanceof BatchNorm) {
            return new LayerShape(layer.describe(), in, 4L * in.dim(0), 4 * in.size());
        }
        if (layer instanceof Flatten || layer instanceof Cell) {
            return new LayerShape(layer.describe(), new Shape((int) in.size()), 0, 0);
        }
        return new LayerShape(layer.describe(), in, 0, 0); // dropout
    }

    private static LayerShape recurrent(Recurrent r, Shape in, String where) throws InfeasibleArchitectureException {
        if (in.rank() != 2) {
            throw new InfeasibleArchitectureException(where + " needs a sequence input (time, features) but gets "
                    + in + (in.rank() == 3 ? "; declare dataset.as_sequence: true to read images row by row" : ""));
        }
        int gates = r.type() == LayerType.LSTM ? 4 : r.type() == LayerType.GRU ? 3 : 1;
        int dirs = r.bidirectional() ? 2 : 1;
        long p = 0;
        long f = 0;
        int width = in.dim(1);
        for (int l = 0; l < r.layers(); l++) {
            long perDir = (long) gates * r.hidden() * (width + r.hidden() + 2);
            p += dirs * perDir;
            f += dirs * 2L * gates * r.hidden() * (width + r.hidden()) * in.dim(0);
            width = r.outputWidth();
        }
        Shape out = r.returnSequences() ? new Shape(in.dim(0), r.outputWidth()) : new Shape(r.outputWidth());
        return new LayerShape(r.describe(), out, p, f);
    }

    private static void requireImage(Shape in, String where) throws InfeasibleArchitectureException {
        if (in.rank() != 3) {
            throw new InfeasibleArchitectureException(where + " needs an image input (channels, height, width) but gets "
                    + in + (in.rank() == 1 ? " (after a flatten or dense block no spatial block can follow)" : ""));
        }
    }

    /** Output size of a window of side {@code k} sliding over {@code n} cells. */
    static int window(int n, int k, int stride, Padding padding, String where, String axis)
            throws InfeasibleArchitectureException {
        int pad = padding == Padding.SAME ? (k - 1) / 2 : 0;
        int out = Math.floorDiv(n + 2 * pad - k, stride) + 1;
        if (out < 1) {
            throw new InfeasibleArchitectureException(where + " does not fit: its " + k + "x" + k
                    + " window is larger than the " + axis + " of " + n + (pad > 0 ? " (padded " + (n + 2 * pad) + ")" : ""));
        }
        return out;
    }
}
