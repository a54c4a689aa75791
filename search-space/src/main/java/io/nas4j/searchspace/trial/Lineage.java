package io.nas4j.searchspace.trial;

import java.util.List;
import java.util.Objects;

/**
 * Where a candidate came from: its generation, its parents' trial numbers and the operator.
 *
 * @param generation 0 for initial candidates
 * @param parents trial numbers of the parents (empty for random ones)
 * @param operator what made it: {@code random}, {@code grid}, {@code mutation}, {@code crossover},
 *     {@code seed} (given by the user), ...
 */
public record Lineage(int generation, List<Integer> parents, String operator) {
    /** A random candidate of generation 0. */
    public static final Lineage RANDOM = new Lineage(0, List.of(), "random");

    /** Validates and copies. */
    public Lineage {
        if (generation < 0) {
            throw new IllegalArgumentException("generation must be >= 0");
        }
        parents = List.copyOf(parents);
        Objects.requireNonNull(operator, "operator");
        if (operator.isBlank()) {
            throw new IllegalArgumentException("operator must not be blank");
        }
    }

    /** Generation 0 made by {@code operator}, with no parents. */
    public static Lineage initial(String operator) {
        return new Lineage(0, List.of(), operator);
    }
}
