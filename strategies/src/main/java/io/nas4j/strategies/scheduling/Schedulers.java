package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.strategies.pruning.ComponentOptions;
import io.nas4j.strategies.pruning.Numbers;
import java.util.List;
import java.util.Objects;

/**
 * Builds schedulers from the spec's {@code scheduler:} section.
 *
 * <table>
 *   <caption>Scheduler types and options (defaults in brackets)</caption>
 *   <tr><th>type</th><th>options</th></tr>
 *   <tr><td>{@code asha} (recommended)</td><td>{@code resource} [epochs], {@code min_resource},
 *       {@code max_resource}, {@code reduction_factor} [3], {@code brackets} [1]</td></tr>
 *   <tr><td>{@code successive-halving}</td><td>{@code resource}, {@code min_resource},
 *       {@code max_resource}, {@code reduction_factor}</td></tr>
 *   <tr><td>{@code hyperband}</td><td>same as {@code successive-halving}</td></tr>
 * </table>
 *
 * <p>{@code resource: epochs}: {@code min_resource} is a whole number of epochs [1];
 * {@code max_resource} [for {@code asha}: each candidate's own epochs; otherwise the study's
 * epochs, {@code defaultEpochs}]. {@code resource: data_fraction}: {@code max_resource} in (0, 1]
 * [1], {@code min_resource} in (0, max_resource] [max_resource / reduction_factor²]. Whenever
 * both ends are known, {@code min_resource · reduction_factor <= max_resource} must hold (at
 * least one halving).
 */
public final class Schedulers {
    /** The scheduler types. */
    public static final List<String> TYPES = List.of("asha", "successive-halving", "hyperband");

    private static final List<String> HALVING_OPTIONS = List.of("resource", "min_resource", "max_resource",
            "reduction_factor");
    private static final List<String> ASHA_OPTIONS = List.of("resource", "min_resource", "max_resource",
            "reduction_factor", "brackets");

    private Schedulers() {
    }

    /**
     * The scheduler {@code spec} describes, ranking trials by {@code metric} in
     * {@code direction}.
     *
     * @param defaultEpochs the epochs a trial trains without a scheduler (the study's
     *     {@code epochs} hyperparameter when fixed, else its largest value); used as
     *     {@code max_resource} of {@code successive-halving} and {@code hyperband} when the spec
     *     gives none; 0 when unknown
     * @throws IllegalArgumentException naming the bad option, e.g.
     *     {@code scheduler.reduction_factor: must be >= 2, got 1}
     */
    public static Scheduler create(ComponentSpec spec, String metric, Direction direction, int defaultEpochs) {
        return build(spec, metric, direction, defaultEpochs, false);
    }

    /**
     * Checks a {@code scheduler:} section without knowing the study's epochs (a missing
     * {@code max_resource} is then accepted).
     *
     * @throws IllegalArgumentException naming the bad option
     */
    public static void validate(ComponentSpec spec) {
        build(spec, "validated_metric", Direction.MAXIMIZE, 0, true);
    }

    private static Scheduler build(ComponentSpec spec, String metric, Direction direction, int defaultEpochs,
            boolean validating) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if (defaultEpochs < 0) {
            throw new IllegalArgumentException("defaultEpochs must be >= 0 (0 = unknown), got " + defaultEpochs);
        }
        boolean asha = spec.type().equals("asha");
        if (!TYPES.contains(spec.type())) {
            throw new IllegalArgumentException("scheduler.type: unknown scheduler '" + spec.type() + "' (expected "
                    + String.join(", ", TYPES) + ")");
        }
        ComponentOptions o = ComponentOptions.of("scheduler", spec, asha ? ASHA_OPTIONS : HALVING_OPTIONS);
        Resource resource = Resource.fromWord(o.word("resource", "epochs", List.of("epochs", "data_fraction")));
        int eta = o.integer("reduction_factor", 3, 2);
        double min;
        double max;
        if (resource == Resource.EPOCHS) {
            min = o.integer("min_resource", 1, 1);
            max = o.integer("max_resource", asha ? 0 : defaultEpochs, 1);
            if (max == 0 && !asha && validating) {
                return null;
            }
            if (max == 0 && !asha) {
                throw o.problem("max_resource", "missing, and the study gives no epoch count to default to");
            }
        } else {
            max = o.number("max_resource", 1.0);
            if (!(max > 0 && max <= 1)) {
                throw o.problem("max_resource", "a data fraction must be in (0, 1], got " + o.raw("max_resource"));
            }
            min = o.number("min_resource", max / eta / eta);
            if (!(min > 0 && min <= max)) {
                throw o.problem("min_resource", "a data fraction must be in (0, max_resource = "
                        + Numbers.format(max) + "], got " + o.raw("min_resource"));
            }
        }
        if (max > 0 && min * eta > max * (1 + 1e-9)) {
            if (resource == Resource.EPOCHS && !o.has("max_resource")) {
                throw o.problem("max_resource", "missing, and the study's " + (int) max + " epochs leave no room for "
                        + "halving from min_resource " + Numbers.format(min) + " with reduction_factor " + eta
                        + ": give max_resource >= " + Numbers.format(min * eta));
            }
            throw o.problem(o.has("min_resource") ? "min_resource" : "max_resource", "min_resource ("
                    + Numbers.format(min) + ") × reduction_factor (" + eta + ") must be <= max_resource ("
                    + Numbers.format(max) + ") so that at least one halving happens");
        }
        if (asha) {
            int brackets = o.integer("brackets", 1, 1);
            if (max > 0) {
                int most = BracketPlan.maxHalvings(min, max, eta);
                if (brackets > most) {
                    throw o.problem("brackets", "at most " + most + " with min_resource " + Numbers.format(min)
                            + ", max_resource " + Numbers.format(max) + " and reduction_factor " + eta
                            + " (each bracket needs a halving), got " + brackets);
                }
            }
            return new Asha(metric, direction, resource, min, max, eta, brackets);
        }
        return spec.type().equals("hyperband") ? SynchronousHalving.hyperband(metric, direction, resource, min, max, eta)
                : SynchronousHalving.successiveHalving(metric, direction, resource, min, max, eta);
    }
}
