package io.nas4j.store;

import io.nas4j.searchspace.spec.Objective;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A study to create. Build one with {@link #builder()}.
 *
 * @param name unique study name (1 to 200 characters)
 * @param specJson the study spec as canonical JSON ({@link io.nas4j.searchspace.spec.StudySpec#json()})
 * @param objectives the objectives, primary first
 * @param seed the study seed
 * @param strategy the strategy type word ({@code random}, {@code evolution}, ...)
 * @param dataset a description of the data (name, source, split)
 * @param provenance what produced the study: keys such as {@link #JAVA_VERSION}, {@link #DJL_VERSION},
 *     {@link #ENGINE}, {@link #NAS4J_VERSION}
 */
public record NewStudy(String name, String specJson, List<Objective> objectives, long seed, String strategy,
        String dataset, Map<String, String> provenance) {
    /** Provenance key: the Java runtime version. */
    public static final String JAVA_VERSION = "java.version";
    /** Provenance key: the DJL version. */
    public static final String DJL_VERSION = "djl.version";
    /** Provenance key: the DJL engine and its version. */
    public static final String ENGINE = "engine";
    /** Provenance key: the nas4j version. */
    public static final String NAS4J_VERSION = "nas4j.version";

    /** Validates and copies. */
    public NewStudy {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a study name has 1 to 200 characters, got '" + name + "'");
        }
        Objects.requireNonNull(specJson, "specJson");
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one objective");
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(dataset, "dataset");
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** A builder; name, spec JSON, objectives and strategy are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewStudy}: {@code setX} for required parts, {@code optX} for optional ones. */
    public static final class Builder {
        private String name;
        private String specJson;
        private List<Objective> objectives;
        private long seed;
        private String strategy;
        private String dataset = "";
        private final Map<String, String> provenance = new TreeMap<>();

        private Builder() {
        }

        /** The unique study name. */
        public Builder setName(String name) {
            this.name = name;
            return this;
        }

        /** The spec as canonical JSON. */
        public Builder setSpecJson(String specJson) {
            this.specJson = specJson;
            return this;
        }

        /** The objectives, primary first. */
        public Builder setObjectives(List<Objective> objectives) {
            this.objectives = objectives;
            return this;
        }

        /** The strategy type word. */
        public Builder setStrategy(String strategy) {
            this.strategy = strategy;
            return this;
        }

        /** The study seed (default 0). */
        public Builder optSeed(long seed) {
            this.seed = seed;
            return this;
        }

        /** A description of the data (default empty). */
        public Builder optDataset(String dataset) {
            this.dataset = dataset;
            return this;
        }

        /** One provenance entry. */
        public Builder optProvenance(String key, String value) {
            provenance.put(key, value);
            return this;
        }

        /** Several provenance entries. */
        public Builder optProvenance(Map<String, String> entries) {
            provenance.putAll(entries);
            return this;
        }

        /** The study. */
        public NewStudy build() {
            return new NewStudy(name, specJson, Objects.requireNonNull(objectives, "objectives"), seed, strategy,
                    dataset, provenance);
        }
    }
}
