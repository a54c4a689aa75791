package io.nas4j.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.strategies.evolution.GeneticSearch;
import io.nas4j.strategies.evolution.RegularizedEvolution;
import io.nas4j.strategies.pareto.Nsga2Search;
import io.nas4j.strategies.sampling.GridSearch;
import io.nas4j.strategies.sampling.RandomSearch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyFactoryTest {
    private static final SearchSpace SPACE = SyntheticStudy.discreteSpace();
    private static final List<Objective> TWO = List.of(SyntheticStudy.SCORE, SyntheticStudy.PARAMS);

    private static String error(Map<String, Object> options, String type) {
        return assertThrows(IllegalArgumentException.class,
                () -> StrategyFactory.validate(new ComponentSpec(type, options))).getMessage();
    }

    @Test
    void createsEveryType() {
        assertInstanceOf(RandomSearch.class, StrategyFactory.create(ComponentSpec.of("random"), SPACE, TWO, 1));
        assertInstanceOf(GridSearch.class, StrategyFactory.create(ComponentSpec.of("grid"), SPACE, TWO, 1));
        assertInstanceOf(GeneticSearch.class, StrategyFactory.create(ComponentSpec.of("genetic"), SPACE, TWO, 1));
        assertInstanceOf(RegularizedEvolution.class,
                StrategyFactory.create(ComponentSpec.of("regularized-evolution"), SPACE, TWO, 1));
        assertInstanceOf(Nsga2Search.class, StrategyFactory.create(ComponentSpec.of("nsga2"), SPACE, TWO, 1));
    }

    @Test
    void defaultsAreDocumented() {
        assertEquals(new GeneticSearch.Options(20, 3, 2, 0.7, 0.2, 64), GeneticSearch.Options.of(ComponentSpec.of("genetic")));
        assertEquals(new RegularizedEvolution.Options(20, 5, 64),
                RegularizedEvolution.Options.of(ComponentSpec.of("regularized-evolution")));
        assertEquals(new Nsga2Search.Options(20, 0.7, 0.2, 64), Nsga2Search.Options.of(ComponentSpec.of("nsga2")));
        assertEquals(new GridSearch.Options(10_000), GridSearch.Options.of(ComponentSpec.of("grid")));
        assertEquals(new RandomSearch.Options(64), RandomSearch.Options.of(ComponentSpec.of("random")));
    }

    @Test
    void namesTheOffendingOption() {
        assertEquals("strategy.population: must be >= 2, got 1", error(Map.of("population", 1), "genetic"));
        assertEquals("strategy.population: must be >= 2, got 1", error(Map.of("population", 1), "regularized-evolution"));
        assertTrue(error(Map.of("sample", 30), "regularized-evolution").startsWith("strategy.sample: must be from 1 to population (20)"));
        assertTrue(error(Map.of("elitism", 20), "genetic").startsWith("strategy.elitism:"));
        assertTrue(error(Map.of("tournament_size", 1), "genetic").startsWith("strategy.tournament_size:"));
        assertTrue(error(Map.of("crossover_probability", 1.5), "nsga2").startsWith("strategy.crossover_probability: must be a probability"));
        assertTrue(error(Map.of("mutation_probability", "often"), "genetic").startsWith("strategy.mutation_probability: must be a number"));
        assertTrue(error(Map.of("population", 2.5), "genetic").startsWith("strategy.population: must be a whole number"));
        assertTrue(error(Map.of("max_grid", 0), "grid").startsWith("strategy.max_grid: must be >= 1"));
    }

    @Test
    void rejectsUnknownOptionsAndTypes() {
        assertEquals("strategy.populaton: unknown option for genetic (expected population, tournament_size, elitism,"
                + " crossover_probability, mutation_probability, max_attempts)", error(Map.of("populaton", 10), "genetic"));
        assertEquals("strategy.type: unknown strategy 'bayes' (expected one of random, grid, genetic,"
                + " regularized-evolution, nsga2)", error(Map.of(), "bayes"));
    }

    @Test
    void nsga2NeedsTwoObjectives() {
        String m = assertThrows(IllegalArgumentException.class, () -> StrategyFactory.create(
                ComponentSpec.of("nsga2"), SPACE, List.of(SyntheticStudy.SCORE), 1)).getMessage();
        assertTrue(m.contains("nsga2 needs at least two objectives"), m);
    }
}
