package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.cli.bench.StrategyBenchmark;
import io.nas4j.cli.bench.StrategySummary;
import io.nas4j.cli.bench.TabularStudy;
import io.nas4j.cli.output.Table;
import io.nas4j.evaluator.tabular.BenchmarkTable;
import io.nas4j.evaluator.tabular.SyntheticBenchmark;
import io.nas4j.evaluator.tabular.TableColumns;
import io.nas4j.evaluator.tabular.TableRow;
import io.nas4j.evaluator.tabular.TabularEvaluator;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.strategies.StrategyFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nas4j bench strategies --table FILE}: runs each strategy for each budget and seed against a
 * tabular benchmark in memory and prints the mean ± standard deviation over seeds of the final
 * metric ({@code --report-column}) of the best trial, the best being chosen by the objective
 * ({@code --objective-column}), as a real search chooses. The objective's direction follows its
 * name (losses and errors are minimized, the rest maximized).
 */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = "Compare strategies on a tabular benchmark: mean ± std over seeds of the final metric of the "
                + "best trial (chosen by the objective column).")
public final class BenchStrategiesCommand implements Callable<Integer> {
    private static final String OBJECTIVE_METRIC = "val_accuracy";
    private static final String REPORT_METRIC = "test_accuracy";

    @Option(names = "--table", required = true, paramLabel = "FILE",
            description = "benchmark CSV (e.g. from: nas4j bench make-table --out FILE)")
    Path table;

    @Option(names = "--strategies", split = ",", paramLabel = "LIST",
            defaultValue = "random,genetic,regularized-evolution", description = "strategies (default: ${DEFAULT-VALUE})")
    List<String> strategies;

    @Option(names = "--evals", split = ",", paramLabel = "LIST", defaultValue = "50,100,200",
            description = "trial budgets (default: ${DEFAULT-VALUE})")
    List<Integer> evals;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "30", description = "seeds per strategy and budget "
            + "(0..N-1; default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--csv", paramLabel = "OUT", description = "also write the summary as CSV")
    Path csv;

    @Option(names = "--arch-column", paramLabel = "NAME", defaultValue = SyntheticBenchmark.ARCH,
            description = "architecture-string column (default: ${DEFAULT-VALUE})")
    String archColumn;

    @Option(names = "--objective-column", paramLabel = "NAME", defaultValue = SyntheticBenchmark.VALIDATION,
            description = "column the search optimizes (default: ${DEFAULT-VALUE})")
    String objectiveColumn;

    @Option(names = "--report-column", paramLabel = "NAME", defaultValue = SyntheticBenchmark.TEST,
            description = "final metric reported for the best trial (default: ${DEFAULT-VALUE})")
    String reportColumn;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        validate();
        BenchmarkTable t = load();
        Direction direction = Objective.naturalDirection(objectiveColumn);
        TabularStudy study = new TabularStudy(new TabularEvaluator(t, OBJECTIVE_METRIC, REPORT_METRIC),
                new Objective(OBJECTIVE_METRIC, direction));
        out.printf("table %s: %,d architectures; search on %s (%s), report %s%n", table, t.size(), objectiveColumn,
                direction.word(), reportColumn);
        printOracle(out, t, direction);
        long started = System.nanoTime();
        List<StrategySummary> summaries;
        try {
            summaries = new StrategyBenchmark(study, REPORT_METRIC).run(strategies, evals, seeds);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Integer> budgets = summaries.stream().map(StrategySummary::evals).distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of("strategy"));
        budgets.forEach(b -> header.add(b + " evals"));
        Table table = new Table(header.toArray(String[]::new));
        for (String s : strategies.stream().distinct().toList()) {
            List<Object> row = new ArrayList<>(List.of(s));
            for (int b : budgets) {
                StrategySummary x = summaries.stream().filter(y -> y.strategy().equals(s) && y.evals() == b)
                        .findFirst().orElseThrow();
                row.add(String.format(Locale.ROOT, "%.4f ± %.4f", x.mean(), x.std()));
            }
            table.add(row.toArray());
        }
        out.printf("mean ± std over %d seeds of %s of the best trial by %s:%n", seeds, reportColumn, objectiveColumn);
        table.print(out);
        out.printf(Locale.ROOT, "%d strategies x %d budgets x %d seeds in %.1fs%n", strategies.size(), budgets.size(),
                seeds, seconds);
        if (csv != null) {
            writeCsv(summaries);
            out.println("wrote " + csv);
        }
        return 0;
    }

    private void validate() {
        if (seeds < 1) {
            throw new UsageException("--seeds: must be >= 1, got " + seeds);
        }
        for (int e : evals) {
            if (e < 1) {
                throw new UsageException("--evals: budgets must be >= 1, got " + e);
            }
        }
        for (String s : strategies) {
            if (s.equals("nsga2")) {
                throw new UsageException("--strategies: nsga2 needs two objectives, and this benchmark has one (the "
                        + "objective column); compare it in a study with a cost objective instead");
            }
            if (!StrategyFactory.TYPES.contains(s)) {
                throw new UsageException("--strategies: unknown strategy '" + s + "' (expected some of "
                        + String.join(", ", StrategyFactory.TYPES) + ")");
            }
        }
    }

    private BenchmarkTable load() {
        try {
            return BenchmarkTable.load(table, new TableColumns(archColumn, objectiveColumn, reportColumn, null));
        } catch (NoSuchFileException e) {
            throw new UsageException("--table: " + table + ": file not found (generate one with: nas4j bench make-table "
                    + "--out " + table + ")", e);
        } catch (IOException e) {
            throw new UsageException("--table: cannot read " + table + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--table: " + e.getMessage(), e);
        }
    }

    /** What a perfect search could report: the best final metric, and that of the best objective. */
    private void printOracle(PrintWriter out, BenchmarkTable t, Direction direction) {
        Comparator<TableRow> byObjective = Comparator.comparingDouble(TableRow::objective);
        if (direction == Direction.MINIMIZE) {
            byObjective = byObjective.reversed();
        }
        TableRow bestByObjective = t.rows().values().stream().max(byObjective).orElseThrow();
        double bestReport = t.rows().values().stream().mapToDouble(TableRow::report).max().orElse(Double.NaN);
        out.printf(Locale.ROOT, "best %s in the table: %.4f; %s of the best %s: %.4f%n", reportColumn, bestReport,
                reportColumn, objectiveColumn, bestByObjective.report());
    }

    private void writeCsv(List<StrategySummary> summaries) {
        try {
            Path parent = csv.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("strategy,evals,seeds,mean,std,min,max\n");
                for (StrategySummary s : summaries) {
                    w.write(String.format(Locale.ROOT, "%s,%d,%d,%.6f,%.6f,%.6f,%.6f%n", s.strategy(), s.evals(),
                            s.seeds(), s.mean(), s.std(), s.min(), s.max()));
                }
            }
        } catch (IOException e) {
            throw new UsageException("--csv: cannot write " + csv + ": " + e.getMessage(), e);
        }
    }
}
