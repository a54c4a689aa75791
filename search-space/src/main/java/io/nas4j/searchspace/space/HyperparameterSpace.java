package io.nas4j.searchspace.space;

import io.nas4j.searchspace.domain.Domain;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training hyperparameters to search, by name, in declared order. Well-known names are checked
 * (see {@link TrainingDefaults}); other names are carried along for custom evaluators.
 *
 * @param domains domain per hyperparameter
 */
public record HyperparameterSpace(Map<String, Domain> domains) {
    /** Copies the map (keeping order) and validates well-known names. */
    public HyperparameterSpace {
        domains = Collections.unmodifiableMap(new LinkedHashMap<>(domains));
        domains.forEach(TrainingDefaults::validate);
    }

    /** An empty space: every hyperparameter at its default. */
    public static HyperparameterSpace empty() {
        return new HyperparameterSpace(Map.of());
    }

    /** Names in declared order. */
    public List<String> names() {
        return List.copyOf(domains.keySet());
    }
}
