package io.nas4j.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input exits 2 with one line that names the file, the field and the problem, and writes
 * nothing: the database file is not even created.
 */
class RunBadInputTest {
    private static final String GOOD_TAIL = """
            budget: {trials: 2}
            architecture:
              min_blocks: 1
              max_blocks: 2
              blocks:
                - type: dense
                  units: [8, 16]
            hyperparameters:
              epochs: 2
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> malformedSpecs() {
        return Stream.of(
                Arguments.of("malformed YAML", "dataset: {name: iris\nbudget: [", "", "malformed YAML"),
                Arguments.of("unknown layer type", "dataset: iris\n" + GOOD_TAIL.replace("type: dense", "type: dens"),
                        "architecture.blocks[0].type", "unknown layer type 'dens'"),
                Arguments.of("empty range list", "dataset: iris\n" + GOOD_TAIL.replace("units: [8, 16]", "units: []"),
                        "architecture.blocks[0].units", "empty list"),
                Arguments.of("min greater than max", "dataset: iris\n"
                        + GOOD_TAIL.replace("units: [8, 16]", "units: {min: 64, max: 8}"),
                        "architecture.blocks[0].units", "min 64 is greater than max 8"),
                Arguments.of("unknown dataset", "dataset: cifar-1000\n" + GOOD_TAIL, "dataset",
                        "unknown dataset 'cifar-1000'"),
                Arguments.of("missing dataset", GOOD_TAIL, "dataset", "missing"),
                Arguments.of("unknown top-level field", "dataset: iris\nbudjet: 3\n" + GOOD_TAIL, "budjet",
                        "unknown field"),
                Arguments.of("unknown activation", "dataset: iris\n"
                        + GOOD_TAIL.replace("units: [8, 16]", "units: [8, 16]\n      activation: [relu, swish]"),
                        "architecture.blocks[0].activation", "unknown activation 'swish'"),
                Arguments.of("unknown optimizer", "dataset: iris\n" + GOOD_TAIL + "  optimizer: [adam, adamw]\n",
                        "hyperparameters.optimizer", "unknown value 'adamw'"),
                Arguments.of("non-positive learning rate", "dataset: iris\n" + GOOD_TAIL
                        + "  learning_rate: {min: 0.0, max: 0.1}\n", "hyperparameters.learning_rate", "> 0"),
                Arguments.of("min_blocks above max_blocks", "dataset: iris\n"
                        + GOOD_TAIL.replace("min_blocks: 1", "min_blocks: 3"), "architecture", "greater than max_blocks"),
                Arguments.of("missing units", "dataset: iris\n" + GOOD_TAIL.replace("units: [8, 16]", "activation: relu"),
                        "architecture.blocks[0].units", "missing"),
                Arguments.of("csv without label", "dataset: {type: csv, path: data.csv}\n" + GOOD_TAIL,
                        "dataset.label", "missing"),
                Arguments.of("bad budget time", "dataset: iris\n" + GOOD_TAIL.replace("budget: {trials: 2}",
                        "budget: {time: ten minutes}"), "budget.time", "not a duration"),
                Arguments.of("unknown strategy", "dataset: iris\nstrategy: bayes\n" + GOOD_TAIL, "strategy",
                        "unknown strategy 'bayes'"),
                Arguments.of("bad strategy option", "dataset: iris\nstrategy: {type: genetic, population: 1}\n" + GOOD_TAIL,
                        "strategy.population", "must be >= 2"),
                Arguments.of("unknown evaluator", "dataset: iris\nevaluator: tensorflow\n" + GOOD_TAIL, "evaluator",
                        "unknown evaluator 'tensorflow'"),
                Arguments.of("bad pruner option", "dataset: iris\npruner: {type: percentile, percentile: 120}\n" + GOOD_TAIL,
                        "pruner.percentile", "(0, 100)"),
                Arguments.of("missing csv file", "dataset: {type: csv, path: nowhere.csv, label: y}\n" + GOOD_TAIL,
                        "nowhere.csv", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedSpecs")
    void badSpecExitsTwoWithOneClearLineAndWritesNothing(String title, String yaml, String field, String problem)
            throws Exception {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, yaml);
        Path db = dir.resolve("untouched.db");
        CliRunner.Result r = CliRunner.run("run", spec.toString(), "--db", db.toString());
        assertEquals(2, r.code(), title + ": " + r.all());
        String line = r.err().strip();
        assertEquals(1, line.split("\n").length, "one line: " + line);
        assertTrue(line.contains("bad.yaml"), "names the file: " + line);
        assertTrue(line.contains(field), "names the field '" + field + "': " + line);
        assertTrue(line.contains(problem), "says '" + problem + "': " + line);
        assertFalse(Files.exists(dir.resolve("untouched.mv.db")), "the database must not be created");
        assertEquals("", r.out());
    }

    @Test
    void missingSpecFile() {
        CliRunner.Result r = CliRunner.run("run", dir.resolve("nope.yaml").toString(), "--db", dir.resolve("x.db").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.yaml: file not found"), r.err());
        assertFalse(Files.exists(dir.resolve("x.mv.db")));
    }

    @Test
    void badOptionsExitTwo() throws Exception {
        Path spec = dir.resolve("ok.yaml");
        Files.writeString(spec, "dataset: iris\n" + GOOD_TAIL);
        assertEquals(2, CliRunner.run("run", spec.toString(), "--trials", "0").code());
        assertEquals(2, CliRunner.run("run", spec.toString(), "--trials", "x").code());
        assertEquals(2, CliRunner.run("run", spec.toString(), "--time", "soon").code());
        assertEquals(2, CliRunner.run("run", spec.toString(), "--study", "bad name!").code());
        assertEquals(2, CliRunner.run("run").code());
        assertEquals(2, CliRunner.run("frobnicate").code());
    }

    @Test
    void unknownStudyAndMissingDatabase() throws Exception {
        CliRunner.Result none = CliRunner.run("trials", "x", "--db", dir.resolve("absent.db").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no study database"), none.err());
        assertFalse(Files.exists(dir.resolve("absent.mv.db")));
    }
}
