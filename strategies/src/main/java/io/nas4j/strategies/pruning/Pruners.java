package io.nas4j.strategies.pruning;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds pruners from the spec's {@code pruner:} section.
 *
 * <table>
 *   <caption>Pruner types and options (defaults in brackets)</caption>
 *   <tr><th>type</th><th>options</th></tr>
 *   <tr><td>{@code none}</td><td>none</td></tr>
 *   <tr><td>{@code median}</td><td>{@code n_startup_trials} [5], {@code n_warmup_epochs} [1],
 *       {@code interval} [1], {@code n_min_trials} [1]</td></tr>
 *   <tr><td>{@code percentile}</td><td>{@code percentile} (required, in (0, 100): the best share
 *       that goes on) and the {@code median} options</td></tr>
 *   <tr><td>{@code patience}</td><td>{@code patience} [3], {@code min_delta} [0],
 *       {@code n_warmup_epochs} [0]</td></tr>
 *   <tr><td>{@code threshold}</td><td>{@code lower}, {@code upper} (both optional),
 *       {@code n_warmup_epochs} [0], {@code interval} [1]</td></tr>
 * </table>
 *
 * <p>Errors name the option as written: {@code pruner.percentile: must be in (0, 100), got 120}.
 */
public final class Pruners {
    /** The pruner types, in the order error messages list them. */
    public static final List<String> TYPES = List.of("none", "median", "percentile", "patience", "threshold");

    private static final List<String> MEDIAN_OPTIONS = List.of("n_startup_trials", "n_warmup_epochs", "interval",
            "n_min_trials");
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "none", List.of(),
            "median", MEDIAN_OPTIONS,
            "percentile", List.of("percentile", "n_startup_trials", "n_warmup_epochs", "interval", "n_min_trials"),
            "patience", List.of("patience", "min_delta", "n_warmup_epochs"),
            "threshold", List.of("lower", "upper", "n_warmup_epochs", "interval"));

    private Pruners() {
    }

    /**
     * The pruner {@code spec} describes, watching {@code metric} in {@code direction}; a null
     * spec gives {@code none}.
     *
     * @throws IllegalArgumentException naming the bad option, e.g.
     *     {@code pruner.n_warmup_epochs: must be >= 0, got -1}
     */
    public static Pruner create(ComponentSpec spec, String metric, Direction direction) {
        java.util.Objects.requireNonNull(metric, "metric");
        java.util.Objects.requireNonNull(direction, "direction");
        if (spec == null) {
            return NoPruner.INSTANCE;
        }
        List<String> known = OPTIONS.get(spec.type());
        if (known == null) {
            throw new IllegalArgumentException("pruner.type: unknown pruner '" + spec.type() + "' (expected "
                    + String.join(", ", TYPES) + ")");
        }
        ComponentOptions o = ComponentOptions.of("pruner", spec, known);
        switch (spec.type()) {
            case "median":
                return percentile(o, metric, direction, 50.0);
            case "percentile":
                if (!o.has("percentile")) {
                    throw o.problem("percentile", "missing (e.g. percentile: 25 lets the best 25% go on)");
                }
                double p = o.number("percentile", Double.NaN);
                if (!(p > 0 && p < 100)) {
                    throw o.problem("percentile", "must be in (0, 100), got " + o.raw("percentile"));
                }
                return percentile(o, metric, direction, p);
            case "patience":
                double minDelta = o.number("min_delta", 0.0);
                if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
                    throw o.problem("min_delta", "must be a finite number >= 0, got " + o.raw("min_delta"));
                }
                return new PatiencePruner(metric, direction, o.integer("patience", 3, 1), minDelta,
                        o.integer("n_warmup_epochs", 0, 0));
            case "threshold":
                OptionalDouble lower = o.optionalNumber("lower");
                OptionalDouble upper = o.optionalNumber("upper");
                if (lower.isPresent() && upper.isPresent() && lower.getAsDouble() > upper.getAsDouble()) {
                    throw o.problem("upper", "must be >= lower (" + o.raw("lower") + "), got " + o.raw("upper"));
                }
                return new ThresholdPruner(metric, direction, lower, upper, o.integer("n_warmup_epochs", 0, 0),
                        o.integer("interval", 1, 1));
            default:
                return NoPruner.INSTANCE;
        }
    }

    /**
     * The pruner for a study's objectives, following the multi-objective rule of this package:
     * it watches the first objective that is measured while training (see
     * {@link #pruningObjective}); when there is none, nothing is pruned.
     */
    public static Pruner create(ComponentSpec spec, List<Objective> objectives) {
        validate(spec);
        return pruningObjective(objectives).map(o -> create(spec, o.metric(), o.direction()))
                .orElse(NoPruner.INSTANCE);
    }

    /**
     * The objective pruning watches: the first objective, in the study's order, that is reported
     * per epoch, i.e. neither structural ({@code param_count}, {@code flops}: known before
     * training, so stopping early cannot change them) nor a latency ({@code latency*}: measured
     * after training). Empty when every objective is one of those.
     */
    public static Optional<Objective> pruningObjective(List<Objective> objectives) {
        return objectives.stream().filter(o -> !o.isStructural() && !o.metric().startsWith("latency")).findFirst();
    }

    /**
     * Checks a {@code pruner:} section without building anything for a metric.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    public static void validate(ComponentSpec spec) {
        create(spec, "validated_metric", Direction.MAXIMIZE);
    }

    private static Pruner percentile(ComponentOptions o, String metric, Direction direction, double p) {
        return new PercentilePruner(metric, direction, p, o.integer("n_startup_trials", 5, 0),
                o.integer("n_warmup_epochs", 1, 0), o.integer("interval", 1, 1), o.integer("n_min_trials", 1, 1));
    }
}
