package io.nas4j.strategies.pareto;

import io.jenetics.ext.moea.Pareto;
import io.jenetics.util.ISeq;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pareto fronts of trials, as {@code nas4j pareto} shows them. */
public final class ParetoFronts {
    private ParetoFronts() {
    }

    /**
     * The COMPLETE trials that no other COMPLETE trial dominates on {@code objectives} (values
     * as {@link ObjectiveVectors#oriented} reads them; trials missing a value are left out), in
     * trial-number order. Trials with equal vectors are all kept.
     */
    public static List<TrialRecord> front(List<TrialRecord> trials, List<Objective> objectives) {
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a Pareto front needs at least one objective");
        }
        Map<TrialRecord, double[]> vectors = new IdentityHashMap<>();
        for (TrialRecord t : trials) {
            if (t.state() == TrialState.COMPLETE) {
                Optional<double[]> v = ObjectiveVectors.oriented(t, objectives);
                v.ifPresent(x -> vectors.put(t, x));
            }
        }
        List<TrialRecord> usable = trials.stream().filter(vectors::containsKey).toList();
        ISeq<TrialRecord> front = Pareto.front(ISeq.of(usable),
                (a, b) -> Pareto.dominance(vectors.get(a), vectors.get(b)));
        return front.stream().sorted(Comparator.comparingInt(TrialRecord::number)).toList();
    }
}
