package io.nas4j.cli.run;

import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.IntRange;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.space.TrainingDefaults;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.spec.StudySpec;
import io.nas4j.searchspace.trial.History;
import io.nas4j.store.MetricPoint;
import io.nas4j.store.StudyStorage;
import io.nas4j.strategies.pruning.LearningCurves;
import io.nas4j.strategies.pruning.PruneDecision;
import io.nas4j.strategies.pruning.Pruner;
import io.nas4j.strategies.pruning.Pruners;
import io.nas4j.strategies.scheduling.Scheduler;
import io.nas4j.strategies.scheduling.Schedulers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A study's early stopping: its pruner and optional multi-fidelity scheduler, fed with the
 * learning curves recorded in the store (so decisions survive restarts and work across workers).
 */
public final class EarlyStopping {
    private final Objective watched;
    private final Pruner pruner;
    private final Scheduler scheduler;

    private EarlyStopping(Objective watched, Pruner pruner, Scheduler scheduler) {
        this.watched = watched;
        this.pruner = pruner;
        this.scheduler = scheduler;
    }

    /** Checks the spec's {@code pruner} and {@code scheduler} sections (before anything runs). */
    public static void validate(StudySpec spec) {
        if (spec.pruner() != null) {
            Pruners.validate(spec.pruner());
        }
        if (spec.scheduler() != null) {
            Schedulers.validate(spec.scheduler());
        }
    }

    /** The early stopping a spec declares (none when it declares neither section). */
    public static EarlyStopping of(StudySpec spec) {
        Optional<Objective> watched = Pruners.pruningObjective(spec.objectives());
        if (watched.isEmpty() || (spec.pruner() == null && spec.scheduler() == null)) {
            return new EarlyStopping(null, null, null);
        }
        Pruner pruner = spec.pruner() == null ? null : Pruners.create(spec.pruner(), spec.objectives());
        Scheduler scheduler = spec.scheduler() == null ? null : Schedulers.create(spec.scheduler(),
                watched.get().metric(), watched.get().direction(), studyEpochs(spec));
        return new EarlyStopping(watched.get(), pruner, scheduler);
    }

    /** The largest epoch count the hyperparameter space allows (the default when it is not searched). */
    static int studyEpochs(StudySpec spec) {
        Domain d = spec.hyperparameters().domains().get("epochs");
        if (d instanceof IntRange r) {
            return r.max();
        }
        if (d instanceof Choice c) {
            return c.options().stream().mapToInt(o -> ((Number) o).intValue()).max().orElse(1);
        }
        return (Integer) TrainingDefaults.DEFAULTS.get("epochs");
    }

    /** Whether anything can stop a trial early. */
    public boolean active() {
        return pruner != null || scheduler != null;
    }

    /** The scheduler, when the spec declares one. */
    public Optional<Scheduler> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    /** The learning curves of the watched metric, as recorded. */
    public LearningCurves curves(StudyStorage storage, long studyId, History history) {
        Map<Integer, List<EpochMetrics>> byTrial = new HashMap<>();
        for (MetricPoint p : storage.metricPoints(studyId, watched.metric())) {
            byTrial.computeIfAbsent(p.trialNumber(), k -> new ArrayList<>())
                    .add(new EpochMetrics(p.epoch(), Map.of(watched.metric(), p.value()), 0));
        }
        return LearningCurves.from(history, byTrial, watched.metric());
    }

    /** Decides after an epoch of trial {@code number}: the pruner first, then the scheduler. */
    public PruneDecision decide(int number, List<EpochMetrics> own, LearningCurves curves) {
        PruneDecision d = pruner == null ? PruneDecision.proceed() : pruner.decide(number, own, curves);
        if (!d.prune() && scheduler != null) {
            d = scheduler.decide(number, own, curves);
        }
        return d;
    }
}
