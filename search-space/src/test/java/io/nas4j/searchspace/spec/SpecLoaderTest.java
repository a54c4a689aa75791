package io.nas4j.searchspace.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.LayerType;
import io.nas4j.searchspace.domain.Choice;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.domain.IntRange;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.space.SearchSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecLoaderTest {

    /** A complete, valid spec; malformed specs below change one thing in it. */
    private static final String GOOD = """
            name: mnist-cnn
            dataset:
              name: fashion-mnist
              max_train: 5000
            task: classification
            objective:
              metric: val_accuracy
              direction: maximize
            seed: 3
            budget:
              trials: 20
              time: 1h30m
            architecture:
              stages:
                - min_blocks: 1
                  max_blocks: 2
                  blocks:
                    - type: conv2d
                      filters: [16, 32]
                      kernel: 3
                    - maxpool
                - min_blocks: 0
                  max_blocks: 2
                  blocks:
                    - type: dense
                      units: {min: 16, max: 128, log: true}
                      activation: [relu, tanh]
                    - type: dropout
                      rate: {min: 0.0, max: 0.5}
            hyperparameters:
              optimizer: [adam, sgd]
              learning_rate: {min: 0.0001, max: 0.1, log: true}
              batch_size: {min: 32, max: 128, step: 32}
              epochs: 2
            constraints:
              max_params: 1000000
            strategy:
              type: genetic
              population: 8
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private StudySpec load(String text) throws Exception {
        return SpecLoader.load(write("study.yaml", text));
    }

    /** Loads {@code text}, expects a SpecException, and checks it is one line naming file, field and problem. */
    private SpecException fails(String text, String field, String problemFragment) throws IOException {
        Path file = write("study.yaml", text);
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertEquals(file.toString(), e.source());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problemFragment), () -> "'" + problemFragment + "' not in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": " + (field.isEmpty() ? "" : field + ": ")), e.getMessage());
        assertFalse(e.problem().startsWith(field + ":") && !field.isEmpty(), () -> "field twice: " + e.getMessage());
        return e;
    }

    private static String good(String from, String to) {
        assertTrue(GOOD.contains(from), from);
        return GOOD.replace(from, to);
    }

    // ---- good specs

    @Test
    void readsACompleteSpec() throws Exception {
        StudySpec s = load(GOOD);
        assertEquals("mnist-cnn", s.name());
        assertEquals("fashion-mnist", s.dataset().name());
        assertEquals(5000, s.dataset().maxTrain());
        assertEquals(Task.CLASSIFICATION, s.task());
        assertEquals(List.of(new Objective("val_accuracy", Direction.MAXIMIZE)), s.objectives());
        assertEquals(3, s.seed());
        assertEquals(new Budget(20, Duration.ofMinutes(90)), s.budget());
        assertEquals(2, s.architecture().stages().size());
        var convStage = s.architecture().stages().get(0);
        assertEquals(LayerType.CONV2D, convStage.options().get(0).type());
        assertEquals(Map.of("filters", Choice.of(16, 32), "kernel", Choice.of(3)), convStage.options().get(0).domains());
        assertEquals(LayerType.MAXPOOL, convStage.options().get(1).type());
        var dense = s.architecture().stages().get(1).options().get(0);
        assertEquals(new IntRange(16, 128, 1, true), dense.domains().get("units"));
        assertEquals(new FloatRange(0.0, 0.5, false), s.architecture().stages().get(1).options().get(1).domains().get("rate"));
        assertEquals(List.of("optimizer", "learning_rate", "batch_size", "epochs"), s.hyperparameters().names());
        assertEquals(new IntRange(32, 128, 32, false), s.hyperparameters().domains().get("batch_size"));
        assertEquals(new FloatRange(0.0001, 0.1, true), s.hyperparameters().domains().get("learning_rate"));
        assertEquals(Choice.of(2), s.hyperparameters().domains().get("epochs"));
        assertEquals(1_000_000, s.constraints().maxParams());
        assertEquals("genetic", s.strategy().type());
        assertEquals(8, s.strategy().integer("population", 0));
        assertEquals("djl", s.evaluator().type());
        assertNull(s.pruner());
        assertNull(s.scheduler());
    }

    @Test
    void defaultsFillWhatASpecLeavesOut() throws Exception {
        StudySpec s = SpecLoader.load(write("tiny.yml", """
                dataset: iris
                architecture:
                  blocks: [dense]
                """.replace("[dense]", "\n    - {type: dense, units: 8}")));
        assertEquals("tiny", s.name());
        assertEquals(Task.CLASSIFICATION, s.task());
        assertEquals(Objective.defaultFor(Task.CLASSIFICATION), s.objective());
        assertEquals(42, s.seed());
        assertEquals(new Budget(10, null), s.budget());
        assertEquals(1, s.architecture().stages().get(0).minBlocks());
        assertEquals(1, s.architecture().stages().get(0).maxBlocks());
        assertEquals("random", s.strategy().type());
        assertTrue(s.hyperparameters().domains().isEmpty());
    }

    @Test
    void jsonFormReadsBackToTheSameSpec() throws Exception {
        StudySpec s = load(GOOD);
        StudySpec again = SpecLoader.parse(s.json(), "stored", "x");
        assertEquals(s.json(), again.json());
        assertEquals(s.architecture(), again.architecture());
        assertEquals(s.hyperparameters(), again.hyperparameters());
        assertEquals(s.dataset(), again.dataset());
    }

    @Test
    void loadsTheIrisExample() throws Exception {
        StudySpec s = SpecLoader.load(Path.of("../examples/iris.yaml"));
        assertEquals("iris", s.name());
        assertEquals("iris", s.dataset().name());
        assertEquals("zscore", s.dataset().normalization());
        assertEquals(10, s.budget().trials());
        assertEquals(7, s.seed());
        SearchSpace space = s.space(new ModelIO(new Shape(4), Task.CLASSIFICATION, 3));
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            var c = space.sample(random);
            assertEquals(c, space.decode(space.encode(c).orElseThrow()));
            assertTrue(space.check(c).params() > 0);
        }
    }

    @Test
    void relativeDatasetPathsResolveAgainstTheSpecsFolder() throws Exception {
        StudySpec s = SpecLoader.load(write("csv.yaml", """
                dataset: {type: csv, path: data/wine.csv, label: quality}
                task: regression
                architecture: {blocks: [{type: dense, units: 4}]}
                """));
        assertEquals(dir.resolve("data/wine.csv").toString(), s.dataset().path());
        assertEquals(Objective.defaultFor(Task.REGRESSION), s.objective());
    }

    @Test
    void objectivesListAndNaturalDirections() throws Exception {
        StudySpec s = load(good("""
                objective:
                  metric: val_accuracy
                  direction: maximize
                """, """
                objectives: [val_loss, {metric: param_count}, {metric: test_accuracy, direction: min}]
                """));
        assertEquals(List.of(new Objective("val_loss", Direction.MINIMIZE), new Objective("param_count", Direction.MINIMIZE),
                new Objective("test_accuracy", Direction.MINIMIZE)), s.objectives());
    }

    @Test
    void typedDomains() throws Exception {
        StudySpec s = load(good("  epochs: 2\n", """
                  epochs: 2
                  nesterov: {type: bool}
                  schedule: {type: categorical, values: [cosine, step]}
                  warmup: {min: 1, max: 5, type: float}
                  momentum: {min: 0, max: 1}
                """));
        var d = s.hyperparameters().domains();
        assertEquals(Choice.of(false, true), d.get("nesterov"));
        assertEquals(Choice.of("cosine", "step"), d.get("schedule"));
        assertEquals(new FloatRange(1, 5, false), d.get("warmup"));
        assertEquals(new FloatRange(0, 1, false), d.get("momentum"));
    }

    // ---- malformed specs: one problem each, exact field, clear one-line message

    @Test
    void missingFile() throws Exception {
        Path file = dir.resolve("nope.yaml");
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertEquals(file + ": file not found", e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        fails("", "", "the file is empty");
        fails("# only a comment\n", "", "the file is empty");
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws Exception {
        SpecException e = fails("dataset: iris\narchitecture:\n  blocks: [dense\n  min_blocks: 1\n", "", "malformed YAML");
        assertTrue(e.problem().matches("line \\d+, column \\d+: malformed YAML: .+"), e.getMessage());
        SpecException tab = fails("dataset: iris\n\tarchitecture: x\n", "", "line 2, column 1: malformed YAML");
        assertTrue(tab.problem().length() > "line 2, column 1: malformed YAML: ".length() + 5, tab.getMessage());
    }

    @Test
    void malformedYamlNamesTheActualProblem() throws Exception {
        SpecException e = fails("dataset: iris\n  task: x\n", "", "malformed YAML");
        assertTrue(e.problem().contains("mapping values are not allowed"), e.getMessage());
    }

    @Test
    void duplicateKey() throws Exception {
        fails(GOOD + "seed: 4\n", "seed", "given twice");
    }

    @Test
    void notAMapping() throws Exception {
        fails("- a\n- b\n", "", "must be a mapping");
    }

    @Test
    void unknownTopLevelFieldSuggestsTheNearestOne() throws Exception {
        SpecException e = fails(good("budget:", "budjet:"), "budjet", "unknown field");
        assertTrue(e.problem().contains("did you mean 'budget'?"), e.getMessage());
    }

    @Test
    void unknownLayerType() throws Exception {
        fails(good("- type: conv2d", "- type: dens"), "architecture.stages[0].blocks[0].type", "unknown layer type 'dens'");
        fails("dataset: iris\narchitecture:\n  blocks:\n    - type: dens\n      units: 8\n",
                "architecture.blocks[0].type", "unknown layer type 'dens' (expected one of dense, conv2d");
    }

    @Test
    void missingLayerType() throws Exception {
        fails("dataset: iris\narchitecture:\n  blocks:\n    - units: 8\n", "architecture.blocks[0].type", "missing");
    }

    @Test
    void emptyChoiceList() throws Exception {
        fails(good("filters: [16, 32]", "filters: []"), "architecture.stages[0].blocks[0].filters",
                "empty list: give at least one value");
    }

    @Test
    void duplicateChoiceValue() throws Exception {
        fails(good("activation: [relu, tanh]", "activation: [relu, relu]"),
                "architecture.stages[1].blocks[0].activation", "a choice lists a value twice");
    }

    @Test
    void minGreaterThanMax() throws Exception {
        fails("dataset: iris\narchitecture:\n  blocks:\n    - type: dense\n      units: {min: 64, max: 8}\n",
                "architecture.blocks[0].units", "min 64 is greater than max 8");
    }

    @Test
    void missingUnitsForDense() throws Exception {
        fails("dataset: iris\narchitecture:\n  blocks:\n    - type: dense\n      activation: relu\n",
                "architecture.blocks[0].units", "missing (dense needs units)");
    }

    @Test
    void unknownBlockParameter() throws Exception {
        fails(good("kernel: 3", "kernal: 3"), "architecture.stages[0].blocks[0].kernal",
                "unknown parameter for conv2d (expected filters, kernel, stride, padding, activation)");
    }

    @Test
    void unknownActivation() throws Exception {
        fails(good("activation: [relu, tanh]", "activation: [relu, swish]"),
                "architecture.stages[1].blocks[0].activation", "unknown activation 'swish'");
    }

    @Test
    void dropoutRateOutOfRange() throws Exception {
        fails(good("rate: {min: 0.0, max: 0.5}", "rate: {min: 0.0, max: 1.5}"),
                "architecture.stages[1].blocks[1].rate", "dropout.rate must be in [0, 1), got 1.5");
    }

    @Test
    void integerParameterGivenAsFraction() throws Exception {
        fails(good("units: {min: 16, max: 128, log: true}", "units: {min: 16.5, max: 128}"),
                "architecture.stages[1].blocks[0].units", "an integer range needs whole-number min, max and step");
    }

    @Test
    void unknownDatasetName() throws Exception {
        fails(good("name: fashion-mnist", "name: fashion"), "dataset.name", "unknown dataset 'fashion'");
        fails("dataset: cifar\narchitecture: {blocks: [{type: dense, units: 3}]}\n", "dataset.name",
                "unknown dataset 'cifar'");
    }

    @Test
    void csvDatasetWithoutLabel() throws Exception {
        fails(good("  name: fashion-mnist\n", "  type: csv\n  path: x.csv\n"), "dataset.label",
                "missing (a csv dataset needs the label column's name)");
    }

    @Test
    void unknownDatasetField() throws Exception {
        fails(good("max_train: 5000", "max_trian: 5000"), "dataset.max_trian", "unknown field");
    }

    @Test
    void datasetFieldOfTheWrongKind() throws Exception {
        fails(good("max_train: 5000", "max_train: lots"), "dataset.max_train", "must be a whole number, got the text 'lots'");
    }

    @Test
    void unknownAugmentationField() throws Exception {
        fails(good("max_train: 5000", "augmentation: {flip: true}"), "dataset.augmentation.flip", "unknown field");
        fails(good("max_train: 5000", "augmentation: {shift: -2}"), "dataset.augmentation.shift", "must be >= 0, got -2");
    }

    @Test
    void unknownOptimizer() throws Exception {
        fails(good("optimizer: [adam, sgd]", "optimizer: [adam, adamw]"), "hyperparameters.optimizer",
                "unknown value 'adamw' (expected one of sgd, momentum, rmsprop, adam)");
    }

    @Test
    void learningRateMustBePositive() throws Exception {
        fails(good("learning_rate: {min: 0.0001, max: 0.1, log: true}", "learning_rate: {min: 0, max: 0.1}"),
                "hyperparameters.learning_rate", "must be > 0");
        fails(good("learning_rate: {min: 0.0001, max: 0.1, log: true}", "learning_rate: -0.01"),
                "hyperparameters.learning_rate", "must be > 0");
        fails(good("learning_rate: {min: 0.0001, max: 0.1, log: true}", "learning_rate: {min: 0, max: 0.1, log: true}"),
                "hyperparameters.learning_rate", "a log-scaled range needs min > 0");
    }

    @Test
    void negativeTrials() throws Exception {
        fails(good("trials: 20", "trials: -5"), "budget.trials", "must be >= 0, got -5");
    }

    @Test
    void badTime() throws Exception {
        fails(good("time: 1h30m", "time: 10 minutes"), "budget.time", "'10 minutes' is not a duration");
        fails(good("time: 1h30m", "time: 0s"), "budget.time", "must be positive");
    }

    @Test
    void emptyBudget() throws Exception {
        fails(good("  trials: 20\n  time: 1h30m\n", "  {}\n").replace("budget:\n  {}", "budget: {}"), "budget",
                "give trials, time or both");
    }

    @Test
    void minBlocksGreaterThanMaxBlocks() throws Exception {
        fails(good("min_blocks: 0\n", "min_blocks: 3\n"), "architecture.stages[1].min_blocks",
                "min_blocks 3 is greater than max_blocks 2");
    }

    @Test
    void tooManyBlocks() throws Exception {
        fails(good("max_blocks: 2\n      blocks:\n        - type: dense", "max_blocks: 100\n      blocks:\n        - type: dense")
                .replace("max_blocks: 100\n      blocks:\n        - type: dense", "max_blocks: 100\n      blocks:\n        - type: dense"),
                "architecture.stages[1].max_blocks", "max_blocks 100 is more than 64");
    }

    @Test
    void unknownObjectiveDirection() throws Exception {
        fails(good("direction: maximize", "direction: up"), "objective.direction",
                "unknown direction 'up' (expected maximize, minimize)");
    }

    @Test
    void badMetricName() throws Exception {
        fails(good("metric: val_accuracy", "metric: Val-Accuracy"), "objective.metric", "must be lower_snake_case");
    }

    @Test
    void badStudyName() throws Exception {
        fails(good("name: mnist-cnn", "name: my study!"), "name", "'my study!' is not a valid study name");
    }

    @Test
    void unknownTask() throws Exception {
        fails(good("task: classification", "task: clustering"), "task",
                "unknown task 'clustering' (expected one of classification, regression)");
    }

    @Test
    void seedMustBeAWholeNumber() throws Exception {
        fails(good("seed: 3", "seed: three"), "seed", "must be a whole number, got the text 'three'");
    }

    @Test
    void missingArchitectureAndDataset() throws Exception {
        fails("dataset: iris\n", "architecture", "missing");
        fails("architecture: {blocks: [{type: dense, units: 3}]}\n", "dataset", "missing");
    }

    @Test
    void unknownConstraint() throws Exception {
        fails(good("max_params: 1000000", "max_parameters: 1000000"), "constraints.max_parameters", "unknown field");
        fails(good("max_params: 1000000", "max_params: -1"), "constraints.max_params", "must be >= 0");
    }

    @Test
    void floatRangeWithStep() throws Exception {
        fails(good("rate: {min: 0.0, max: 0.5}", "rate: {min: 0.0, max: 0.5, step: 0.1}"),
                "architecture.stages[1].blocks[1].rate.step", "a float range has no step");
    }

    @Test
    void wholeNumberHyperparameterGivenAsFraction() throws Exception {
        fails(good("epochs: 2", "epochs: [2, 2.5]"), "hyperparameters.epochs", "must be whole numbers");
    }

    @Test
    void duplicateNestedKeyNamesItsPath() throws Exception {
        fails("dataset: iris\narchitecture:\n  blocks:\n    - type: dense\n      units: 3\n      units: 4\n",
                "architecture.blocks[0].units", "given twice (again at line 6)");
    }

    @Test
    void malformedYamlSaysWhereTheUnfinishedPartStarted() throws Exception {
        fails("dataset: iris\nname: 'unclosed\n", "",
                "line 3, column 1: malformed YAML: found unexpected end of stream (while scanning a quoted scalar started at"
                        + " line 2, column 7)");
    }

    @Test
    void notUtf8() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertEquals(file + ": not UTF-8 text", assertThrows(SpecException.class, () -> SpecLoader.load(file)).getMessage());
    }

    @Test
    void blockGivenByTypeAloneStillNeedsItsRequiredParameters() throws Exception {
        fails("dataset: iris\narchitecture: {blocks: [dense]}\n", "architecture.blocks[0].units",
                "missing (dense needs units)");
        fails("dataset: iris\narchitecture: {blocks: [dens]}\n", "architecture.blocks[0]", "unknown layer type 'dens'");
    }

    @Test
    void unknownFieldsSuggestTheNearestKnownOne() throws Exception {
        SpecException e = fails(good("max_train: 5000", "max_trian: 5000"), "dataset.max_trian", "unknown field");
        assertTrue(e.problem().contains("did you mean 'max_train'?"), e.getMessage());
        e = fails(good("max_params: 1000000", "max_param: 1000000"), "constraints.max_param", "did you mean 'max_params'?");
        e = fails(good("seed: 3", "colour: 3"), "colour", "unknown field (expected one of");
        assertFalse(e.problem().contains("did you mean"), e.getMessage());
    }

    @Test
    void datasetBooleanOfTheWrongKind() throws Exception {
        fails(good("max_train: 5000", "as_sequence: maybe"), "dataset.as_sequence", "must be true or false, got the text 'maybe'");
    }

    @Test
    void negativeFlopLimit() throws Exception {
        fails(good("max_params: 1000000", "max_flops: -3"), "constraints.max_flops", "must be >= 0 (0 means no limit), got -3");
    }

    @Test
    void recurrentParameterErrorsNameTheParameter() throws Exception {
        fails("dataset: iris\narchitecture: {blocks: [{type: rnn, hidden: 4, activation: [tanh, sigmoid]}]}\n",
                "architecture.blocks[0].activation", "rnn.activation must be tanh or relu, got sigmoid");
        fails("dataset: iris\narchitecture: {blocks: [{type: lstm, hidden: 4, activation: relu}]}\n",
                "architecture.blocks[0].activation", "unknown parameter for lstm");
    }

    // ---- values

    @ParameterizedTest
    @CsvSource({"90s, 90000", "30m, 1800000", "2h, 7200000", "1h30m, 5400000", "1.5h, 5400000", "250ms, 250",
            "1d, 86400000", "' 2H ', 7200000", "1m30s, 90000"})
    void parsesDurations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Budget.parseDuration(text));
    }

    @ParameterizedTest
    @CsvSource({"10 minutes", "30", "''", "-5m", "m", "1h 30m", "1m30", "h1"})
    void rejectsNonDurations(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Budget.parseDuration(text));
        assertEquals("'" + text + "' is not a duration (examples: 90s, 30m, 2h, 1h30m)", e.getMessage());
    }

    @Test
    void budgetNeedsALimit() {
        assertEquals("budget: give trials, time or both",
                assertThrows(IllegalArgumentException.class, () -> new Budget(0, null)).getMessage());
        assertEquals("budget.time: must be positive",
                assertThrows(IllegalArgumentException.class, () -> new Budget(1, Duration.ZERO)).getMessage());
        assertEquals(Duration.ofHours(1), new Budget(0, Duration.ofHours(1)).wallTime());
    }

    @ParameterizedTest
    @CsvSource({"val_accuracy, MAXIMIZE", "test_accuracy, MAXIMIZE", "val_f1, MAXIMIZE", "val_loss, MINIMIZE",
            "test_loss, MINIMIZE", "val_rmse, MINIMIZE", "val_mae, MINIMIZE", "val_mse, MINIMIZE", "val_error, MINIMIZE",
            "param_count, MINIMIZE", "flops, MINIMIZE", "latency_ms, MINIMIZE"})
    void naturalDirections(String metric, Direction direction) {
        assertEquals(direction, Objective.naturalDirection(metric));
    }

    @Test
    void objectiveBasics() {
        assertTrue(new Objective("flops", Direction.MINIMIZE).isStructural());
        assertFalse(new Objective("val_loss", Direction.MINIMIZE).isStructural());
        assertEquals(new Objective("val_rmse", Direction.MINIMIZE), Objective.defaultFor(Task.REGRESSION));
        assertEquals("metric name 'ValAcc' must be lower_snake_case",
                assertThrows(IllegalArgumentException.class, () -> new Objective("ValAcc", Direction.MAXIMIZE)).getMessage());
    }

    @Test
    void taskAndDirectionWords() {
        for (Task t : Task.values()) {
            assertEquals(t, Task.fromWord(t.word()));
        }
        assertEquals("regression", Task.REGRESSION.word());
        assertEquals("unknown task 'x' (expected one of classification, regression)",
                assertThrows(IllegalArgumentException.class, () -> Task.fromWord("x")).getMessage());
        for (Direction d : Direction.values()) {
            assertEquals(d, Direction.fromWord(d.word()));
        }
        assertEquals(Direction.MAXIMIZE, Direction.fromWord("MAX"));
        assertEquals(Direction.MINIMIZE, Direction.fromWord("min"));
        assertEquals("unknown direction 'up' (expected maximize, minimize)",
                assertThrows(IllegalArgumentException.class, () -> Direction.fromWord("up")).getMessage());
        assertTrue(Direction.MAXIMIZE.better(2, 1));
        assertFalse(Direction.MAXIMIZE.better(1, 1));
        assertTrue(Direction.MINIMIZE.better(1, 2));
    }
}
