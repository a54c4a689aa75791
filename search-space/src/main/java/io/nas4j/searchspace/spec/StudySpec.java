package io.nas4j.searchspace.spec;

import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.space.ArchitectureSpace;
import io.nas4j.searchspace.space.Constraints;
import io.nas4j.searchspace.space.HyperparameterSpace;
import io.nas4j.searchspace.space.SearchSpace;
import java.util.List;
import java.util.Objects;

/**
 * A whole study as declared in a spec file. Read one with {@link SpecLoader}.
 *
 * @param name default study name (the file's base name unless the spec says {@code name:})
 * @param dataset the data
 * @param task classification or regression
 * @param objectives the objectives, primary first (one for single-objective search)
 * @param seed the study seed: one seed, one sequence of trials
 * @param budget when to stop
 * @param architecture the architecture space
 * @param hyperparameters the hyperparameter space
 * @param constraints parameter and FLOP limits
 * @param strategy which strategy proposes candidates
 * @param evaluator which evaluator trains them ({@code djl} by default)
 * @param pruner optional early-stopping rule, or null
 * @param scheduler optional multi-fidelity scheduler, or null
 * @param json the spec as canonical JSON (stored with the study, read back by workers)
 */
public record StudySpec(String name, DatasetSpec dataset, Task task, List<Objective> objectives, long seed,
        Budget budget, ArchitectureSpace architecture, HyperparameterSpace hyperparameters, Constraints constraints,
        ComponentSpec strategy, ComponentSpec evaluator, ComponentSpec pruner, ComponentSpec scheduler, String json) {

    /** Validates and copies. */
    public StudySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(task, "task");
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one objective");
        }
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(json, "json");
    }

    /** The primary objective. */
    public Objective objective() {
        return objectives.get(0);
    }

    /** Direction of the primary objective. */
    public Direction direction() {
        return objective().direction();
    }

    /** The search space for data with the given input and output. */
    public SearchSpace space(ModelIO io) {
        return new SearchSpace(architecture, hyperparameters, io, constraints);
    }
}
