package io.nas4j.store;

import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A stored study.
 *
 * @param id the store's key for the study, used by every trial operation
 * @param name unique name
 * @param specJson the spec as canonical JSON
 * @param objectives the objectives, primary first
 * @param seed the study seed
 * @param strategy the strategy type word
 * @param dataset the data description
 * @param provenance Java, DJL, engine and nas4j versions and anything else recorded at creation
 * @param createdAt when it was created
 */
public record Study(long id, String name, String specJson, List<Objective> objectives, long seed, String strategy,
        String dataset, Map<String, String> provenance, Instant createdAt) {
    /** Validates and copies. */
    public Study {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specJson, "specJson");
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one objective");
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(dataset, "dataset");
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The primary objective. */
    public Objective objective() {
        return objectives.get(0);
    }

    /** Direction of the primary objective. */
    public Direction direction() {
        return objective().direction();
    }
}
