package io.nas4j.strategies;

import io.nas4j.searchspace.arch.Activation;
import io.nas4j.searchspace.arch.Dense;
import io.nas4j.searchspace.arch.Layer;
import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.space.ArchitectureSpace;
import io.nas4j.searchspace.space.BlockSpace;
import io.nas4j.searchspace.space.Constraints;
import io.nas4j.searchspace.space.HyperparameterSpace;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.space.StageSpace;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Proposal;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search space with a synthetic objective and a tiny study runner that records trials the way
 * the real one does (repaired candidate, fingerprint, values in objective order), with no training.
 */
public final class SyntheticStudy {
    /** Maximize the synthetic score. */
    public static final Objective SCORE = new Objective("val_accuracy", Direction.MAXIMIZE);
    /** Minimize the parameter count. */
    public static final Objective PARAMS = new Objective("param_count", Direction.MINIMIZE);
    private static final ModelIO IO = new ModelIO(new Shape(16), Task.CLASSIFICATION, 10);

    private SyntheticStudy() {
    }

    /**
     * 1 to 3 dense blocks of {16, 32, 64, 128} units and {relu, tanh}; learning rate in five
     * values and batch size in two: 584 architectures x 10 = 5,840 points.
     */
    public static SearchSpace discreteSpace() {
        return space(1, Choice.of(1e-4, 3e-4, 1e-3, 3e-3, 1e-2), Constraints.NONE);
    }

    /**
     * Exactly 3 dense blocks, otherwise like {@link #discreteSpace()}: 5,120 points, and uniform
     * random genes hit every point with the same probability.
     */
    public static SearchSpace fixedDepthSpace() {
        return space(3, Choice.of(1e-4, 3e-4, 1e-3, 3e-3, 1e-2), Constraints.NONE);
    }

    /** The discrete space with a continuous learning rate. */
    public static SearchSpace continuousSpace() {
        return space(1, new FloatRange(1e-4, 1e-2, true), Constraints.NONE);
    }

    /** The discrete space with a parameter limit. */
    public static SearchSpace constrainedSpace(long maxParams) {
        return space(1, Choice.of(1e-4, 3e-4, 1e-3, 3e-3, 1e-2), new Constraints(maxParams, 0));
    }

    private static SearchSpace space(int minBlocks, Domain learningRate, Constraints constraints) {
        Map<String, Domain> dense = new LinkedHashMap<>();
        dense.put("units", Choice.of(16, 32, 64, 128));
        dense.put("activation", Choice.of("relu", "tanh"));
        StageSpace stage = new StageSpace(minBlocks, 3, List.of(new BlockSpace(LayerType.DENSE, dense)));
        Map<String, Domain> hp = new LinkedHashMap<>();
        hp.put("learning_rate", learningRate);
        hp.put("batch_size", Choice.of(32, 64));
        return new SearchSpace(new ArchitectureSpace(List.of(stage)), new HyperparameterSpace(hp), IO, constraints);
    }

    /**
     * A smooth score with one optimum per depth: dense(64, relu) blocks, learning rate 1e-3,
     * batch size 32, best of all at two blocks. Every term is a distance from the optimum, so close
     * candidates score close; weights differ per block position and per side, so few points tie.
     */
    public static double score(Candidate c) {
        List<Layer> layers = c.architecture().layers();
        double s = 1.0 - 0.12 * Math.abs(layers.size() - 2);
        for (int j = 0; j < layers.size(); j++) {
            Dense d = (Dense) layers.get(j);
            double weight = 1 + 0.3 * j;
            double octaves = Math.log(d.units() / 64.0) / Math.log(2);
            s -= weight * (0.04 * octaves * octaves + 0.01 * octaves);
            s -= d.activation() == Activation.RELU ? 0 : 0.03 * weight;
        }
        double decades = Math.log10(c.number("learning_rate", 1e-3) / 1e-3);
        s -= 0.2 * decades * decades;
        s -= c.integer("batch_size", 32) == 32 ? 0 : 0.015;
        return s;
    }

    /** Runs a study: proposes in batches of {@code batch} and completes every trial at once. */
    public static List<TrialRecord> run(Strategy strategy, SearchSpace space, List<Objective> objectives,
            int budget, int batch) {
        return resume(strategy, space, objectives, List.of(), budget, batch);
    }

    /** Continues a study from {@code start} until {@code budget} trials or nothing is proposed. */
    public static List<TrialRecord> resume(Strategy strategy, SearchSpace space, List<Objective> objectives,
            List<TrialRecord> start, int budget, int batch) {
        List<TrialRecord> trials = new ArrayList<>(start);
        while (trials.size() < budget) {
            History history = new History(trials, objectives.get(0).direction());
            List<Proposal> proposals = strategy.propose(history, Math.min(batch, budget - trials.size()));
            if (proposals.isEmpty()) {
                break;
            }
            for (Proposal p : proposals) {
                trials.add(record(space, objectives, trials.size(), p, TrialState.COMPLETE));
            }
        }
        return trials;
    }

    /** Records a proposal as the runner would: repaired, checked, scored when {@code state} is COMPLETE. */
    public static TrialRecord record(SearchSpace space, List<Objective> objectives, int number, Proposal p,
            TrialState state) {
        try {
            ShapeReport report = space.check(p.candidate());
            Candidate c = space.repaired(p.candidate(), report);
            List<Double> values = new ArrayList<>();
            if (state == TrialState.COMPLETE) {
                for (Objective o : objectives) {
                    values.add(o.metric().equals("param_count") ? (double) report.params() : score(c));
                }
            }
            return new TrialRecord(number, state, c, c.fingerprint(), p.lineage(), values, Map.of(), report.params(),
                    report.flops(), null, null, null);
        } catch (InfeasibleArchitectureException e) {
            return new TrialRecord(number, TrialState.INFEASIBLE, p.candidate(), p.candidate().fingerprint(),
                    p.lineage(), List.of(), Map.of(), -1, -1, e.getMessage(), null, null);
        }
    }

    /** The fingerprints of trials, in order. */
    public static List<String> fingerprints(List<TrialRecord> trials) {
        return trials.stream().map(TrialRecord::fingerprint).toList();
    }
}
