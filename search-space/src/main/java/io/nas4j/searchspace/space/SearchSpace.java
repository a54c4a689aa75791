package io.nas4j.searchspace.space;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Flatten;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.ShapeInference;
import io.nas4j.searchspace.shape.ShapeReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * A study's whole search space: architectures, hyperparameters, the data's input/output and the
 * constraints. It is the one codec every strategy shares: a vector of {@link #dimension()} genes
 * in [0, 1) decodes to a candidate, and a candidate of the space encodes back to genes.
 *
 * <p>Gene layout: per stage one depth gene, then {@code max_blocks} slots of one option gene and
 * the option's parameter genes; then one gene per hyperparameter in declared order.
 *
 * @param architecture the architecture space
 * @param hyperparameters the hyperparameter space
 * @param io input shape and output head, from the dataset
 * @param constraints limits on parameters and FLOPs
 */
public record SearchSpace(ArchitectureSpace architecture, HyperparameterSpace hyperparameters, ModelIO io,
        Constraints constraints) {

    /** Checks that nothing is null. */
    public SearchSpace {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(io, "io");
        Objects.requireNonNull(constraints, "constraints");
    }

    /** Number of genes of a candidate. */
    public int dimension() {
        return architecture.width() + hyperparameters.domains().size();
    }

    /** A uniformly random candidate (before repair). */
    public Candidate sample(Random random) {
        double[] g = new double[dimension()];
        for (int i = 0; i < g.length; i++) {
            g[i] = random.nextDouble();
        }
        return decode(g);
    }

    /** Decodes genes (values outside [0, 1) are clamped) into a candidate, before repair. */
    public Candidate decode(double[] genes) {
        if (genes.length != dimension()) {
            throw new IllegalArgumentException("expected " + dimension() + " genes, got " + genes.length);
        }
        List<Layer> layers = new ArrayList<>();
        int at = 0;
        for (StageSpace stage : architecture.stages()) {
            int depth = stage.minBlocks() + pick(genes[at], stage.maxBlocks() - stage.minBlocks() + 1);
            int slots = at + 1;
            for (int j = 0; j < depth; j++) {
                int slot = slots + j * stage.slotWidth();
                BlockSpace option = stage.options().get(pick(genes[slot], stage.options().size()));
                layers.add(option.decode(genes, slot + 1));
            }
            at += stage.width();
        }
        Map<String, Object> hp = new LinkedHashMap<>();
        for (Map.Entry<String, Domain> e : hyperparameters.domains().entrySet()) {
            hp.put(e.getKey(), e.getValue().decode(genes[at++]));
        }
        return new Candidate(new Architecture(layers), hp);
    }

    private static int pick(double gene, int n) {
        return Math.min(n - 1, (int) Math.floor(Domain.clamp(gene) * n));
    }

    /**
     * Genes that decode to {@code candidate}, or empty when it is not in this space. Flatten
     * blocks that no option produces (repairs) are skipped. Unused slots get gene 0.5.
     */
    public Optional<double[]> encode(Candidate candidate) {
        double[] g = new double[dimension()];
        java.util.Arrays.fill(g, 0.5);
        List<Layer> layers = candidate.architecture().layers();
        if (!encodeStages(layers, 0, 0, 0, g)) {
            return Optional.empty();
        }
        int at = architecture.width();
        for (Map.Entry<String, Domain> e : hyperparameters.domains().entrySet()) {
            Object v = candidate.hyperparameters().get(e.getKey());
            if (v == null || !e.getValue().contains(v)) {
                return Optional.empty();
            }
            g[at++] = e.getValue().encode(v);
        }
        if (!candidate.hyperparameters().keySet().equals(hyperparameters.domains().keySet())) {
            return Optional.empty();
        }
        return Optional.of(g);
    }

    private boolean encodeStages(List<Layer> layers, int from, int stageIndex, int offset, double[] g) {
        if (stageIndex == architecture.stages().size()) {
            for (int i = from; i < layers.size(); i++) {
                if (!(layers.get(i) instanceof Flatten)) {
                    return false;
                }
            }
            return true;
        }
        StageSpace stage = architecture.stages().get(stageIndex);
        // try the longest match first, then shorter ones (backtracking)
        List<int[]> matched = new ArrayList<>(); // {layer index, option index}
        int i = from;
        while (matched.size() < stage.maxBlocks() && i < layers.size()) {
            int opt = optionOf(stage, layers.get(i));
            if (opt < 0) {
                if (layers.get(i) instanceof Flatten) {
                    i++;
                    continue;
                }
                break;
            }
            matched.add(new int[] {i, opt});
            i++;
        }
        for (int depth = matched.size(); depth >= stage.minBlocks(); depth--) {
            int next = depth == 0 ? from : matched.get(depth - 1)[0] + 1;
            double[] copy = g.clone();
            int n = stage.maxBlocks() - stage.minBlocks() + 1;
            copy[offset] = (depth - stage.minBlocks() + 0.5) / n;
            for (int j = 0; j < depth; j++) {
                int slot = offset + 1 + j * stage.slotWidth();
                int opt = matched.get(j)[1];
                copy[slot] = (opt + 0.5) / stage.options().size();
                double[] p = stage.options().get(opt).encode(layers.get(matched.get(j)[0]));
                System.arraycopy(p, 0, copy, slot + 1, p.length);
            }
            if (encodeStages(layers, next, stageIndex + 1, offset + stage.width(), copy)) {
                System.arraycopy(copy, 0, g, 0, g.length);
                return true;
            }
        }
        return false;
    }

    private static int optionOf(StageSpace stage, Layer layer) {
        for (int k = 0; k < stage.options().size(); k++) {
            if (stage.options().get(k).matches(layer)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Repairs and checks a candidate: shape inference for the study's input, then the
     * constraints.
     *
     * @return the report, whose architecture is the one to build
     * @throws InfeasibleArchitectureException with the reason
     */
    public ShapeReport check(Candidate candidate) throws InfeasibleArchitectureException {
        ShapeReport report = ShapeInference.infer(candidate.architecture(), io);
        if (constraints.maxParams() > 0 && report.params() > constraints.maxParams()) {
            throw new InfeasibleArchitectureException(String.format(Locale.ROOT,
                    "%,d parameters exceed constraints.max_params %,d", report.params(), constraints.maxParams()));
        }
        if (constraints.maxFlops() > 0 && report.flops() > constraints.maxFlops()) {
            throw new InfeasibleArchitectureException(String.format(Locale.ROOT,
                    "%,d FLOPs exceed constraints.max_flops %,d", report.flops(), constraints.maxFlops()));
        }
        return report;
    }

    /** The candidate with its architecture repaired, as it will be trained and fingerprinted. */
    public Candidate repaired(Candidate candidate, ShapeReport report) {
        return new Candidate(report.architecture(), candidate.hyperparameters());
    }

    /**
     * Number of grid points (every domain must be discrete), saturating at Long.MAX_VALUE.
     *
     * @throws IllegalArgumentException naming the first continuous parameter
     */
    public long gridSize() {
        long n = 1;
        for (StageSpace stage : architecture.stages()) {
            n = saturatingMultiply(n, stageCombinations(stage));
        }
        for (Map.Entry<String, Domain> e : hyperparameters.domains().entrySet()) {
            requireDiscrete("hyperparameters." + e.getKey(), e.getValue());
            n = saturatingMultiply(n, e.getValue().cardinality());
        }
        return n;
    }

    private static long stageCombinations(StageSpace stage) {
        long blocks = 0;
        for (BlockSpace b : stage.options()) {
            b.domains().forEach((k, d) -> requireDiscrete("architecture." + b.type().word() + "." + k, d));
            blocks = saturatingAdd(blocks, b.cardinality());
        }
        long total = 0;
        for (int d = stage.minBlocks(); d <= stage.maxBlocks(); d++) {
            total = saturatingAdd(total, saturatingPow(blocks, d));
        }
        return total;
    }

    private static void requireDiscrete(String field, Domain d) {
        if (!d.isDiscrete()) {
            throw new IllegalArgumentException(field + ": a grid needs a list of values or an integer range, but this is "
                    + d.describe());
        }
    }

    /** The grid point {@code index} (0 &lt;= index &lt; gridSize()), in a fixed mixed-radix order. */
    public Candidate gridPoint(long index) {
        long size = gridSize();
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("grid index " + index + " outside [0, " + size + ")");
        }
        long rest = index;
        Map<String, Object> hp = new LinkedHashMap<>();
        List<Map.Entry<String, Domain>> hps = new ArrayList<>(hyperparameters.domains().entrySet());
        for (int k = hps.size() - 1; k >= 0; k--) {
            Domain d = hps.get(k).getValue();
            hp.put(hps.get(k).getKey(), d.valueAt(rest % d.cardinality()));
            rest /= d.cardinality();
        }
        List<Layer> layers = new ArrayList<>();
        for (StageSpace stage : architecture.stages()) {
            long combos = stageCombinations(stage);
            long within = rest % combos;
            rest /= combos;
            layers.addAll(stageLayers(stage, within));
        }
        return new Candidate(new Architecture(layers), hp);
    }

    private static List<Layer> stageLayers(StageSpace stage, long index) {
        List<Layer> concrete = new ArrayList<>();
        for (BlockSpace b : stage.options()) {
            concrete.addAll(b.enumerate());
        }
        long rest = index;
        for (int d = stage.minBlocks(); d <= stage.maxBlocks(); d++) {
            long count = saturatingPow(concrete.size(), d);
            if (rest < count) {
                List<Layer> out = new ArrayList<>();
                for (int j = 0; j < d; j++) {
                    out.add(concrete.get((int) (rest % concrete.size())));
                    rest /= concrete.size();
                }
                return out;
            }
            rest -= count;
        }
        throw new IllegalStateException("stage index out of range");
    }

    static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    static long saturatingPow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) {
            r = saturatingMultiply(r, base);
        }
        return r;
    }
}
