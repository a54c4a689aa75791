package io.nas4j.searchspace.space;

import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.domain.IntRange;
import java.util.List;
import java.util.Map;

/**
 * The training hyperparameters every evaluator understands, their defaults and allowed values.
 * A candidate that does not name one trains with the default.
 */
public final class TrainingDefaults {
    /** Optimizers: plain SGD, SGD with momentum 0.9, RMSProp, Adam. */
    public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "rmsprop", "adam");
    /** Weight initializations. */
    public static final List<String> INITS = List.of("xavier", "he", "normal", "uniform");

    /** Default values by name. */
    public static final Map<String, Object> DEFAULTS = Map.of(
            "optimizer", "adam",
            "learning_rate", 0.001,
            "batch_size", 32,
            "epochs", 10,
            "weight_decay", 0.0,
            "weight_init", "xavier");

    private TrainingDefaults() {
    }

    /** Checks the domain of a well-known hyperparameter; unknown names pass. */
    static void validate(String name, Domain d) {
        switch (name) {
            case "optimizer" -> words(name, d, OPTIMIZERS);
            case "weight_init" -> words(name, d, INITS);
            case "learning_rate" -> positive(name, d, false);
            case "weight_decay" -> positive(name, d, true);
            case "batch_size", "epochs" -> {
                if (!(d instanceof IntRange) && !(d instanceof Choice c && c.options().stream()
                        .allMatch(o -> o instanceof Integer))) {
                    throw new IllegalArgumentException(name + ": must be whole numbers, got " + d.describe());
                }
                positive(name, d, false);
            }
            default -> { }
        }
    }

    private static void words(String name, Domain d, List<String> allowed) {
        if (!(d instanceof Choice c)) {
            throw new IllegalArgumentException(name + ": must be a list of words from " + allowed);
        }
        for (Object o : c.options()) {
            if (!allowed.contains(o)) {
                throw new IllegalArgumentException(name + ": unknown value '" + o + "' (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private static void positive(String name, Domain d, boolean zeroAllowed) {
        double lo;
        if (d instanceof IntRange r) {
            lo = r.min();
        } else if (d instanceof FloatRange r) {
            lo = r.min();
        } else {
            Choice c = (Choice) d;
            if (!c.options().stream().allMatch(o -> o instanceof Number)) {
                throw new IllegalArgumentException(name + ": must be numbers, got " + d.describe());
            }
            lo = c.options().stream().mapToDouble(o -> ((Number) o).doubleValue()).min().orElse(0);
        }
        if (zeroAllowed ? lo < 0 : lo <= 0) {
            throw new IllegalArgumentException(name + ": must be " + (zeroAllowed ? ">= 0" : "> 0") + ", got " + d.describe());
        }
    }
}
