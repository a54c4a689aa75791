package io.nas4j.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.cli.ExitCodes;
import io.nas4j.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    private static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void makeTableThenCompareStrategies() throws Exception {
        Path table = dir.resolve("nb.csv");
        CliRunner.Result made = run("bench", "make-table", "--out", table.toString(), "--seed", "2");
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("wrote 15,625 architectures"), made.out());
        assertEquals(15_626, Files.readAllLines(table).size());

        Path csv = dir.resolve("out/summary.csv");
        CliRunner.Result r = run("bench", "strategies", "--table", table.toString(), "--strategies",
                "random,regularized-evolution", "--evals", "10,30", "--seeds", "3", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("15,625 architectures; search on val_acc_ep12 (maximize), report test_acc_200ep"),
                r.out());
        assertTrue(r.out().contains("strategy") && r.out().contains("10 evals") && r.out().contains("30 evals"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("regularized-evolution") && l.contains(" ± ")), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("strategy,evals,seeds,mean,std,min,max", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("random,10,3,0."), lines.get(1));
    }

    @Test
    void usageErrorsNameTheOption() throws Exception {
        CliRunner.Result missing = run("bench", "strategies", "--table", dir.resolve("none.csv").toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("file not found (generate one with: nas4j bench make-table"), missing.err());
        Path table = dir.resolve("t.csv");
        Files.writeString(table, "arch,val_acc_ep12\n");
        CliRunner.Result columns = run("bench", "strategies", "--table", table.toString());
        assertEquals(ExitCodes.USAGE, columns.code());
        assertTrue(columns.err().contains("no column 'test_acc_200ep'"), columns.err());
        CliRunner.Result strategy = run("bench", "strategies", "--table", table.toString(), "--strategies", "random,annealing");
        assertEquals(ExitCodes.USAGE, strategy.code());
        assertTrue(strategy.err().contains("--strategies: unknown strategy 'annealing'"), strategy.err());
        CliRunner.Result nsga2 = run("bench", "strategies", "--table", table.toString(), "--strategies", "nsga2");
        assertEquals(ExitCodes.USAGE, nsga2.code());
        assertTrue(nsga2.err().contains("nsga2 needs two objectives"), nsga2.err());
        CliRunner.Result bench = run("bench");
        assertEquals(0, bench.code());
        assertTrue(bench.out().contains("strategies") && bench.out().contains("make-table"), bench.out());
    }

    @Test
    void aCellStudyRunsFromASpecThroughTheStore() throws Exception {
        Path table = dir.resolve("nb201.csv");
        assertEquals(0, run("bench", "make-table", "--out", table.toString()).code());
        Path spec = dir.resolve("cells.yaml");
        Files.writeString(spec, """
                name: cells
                dataset: {type: csv, path: nb201.csv, label: test_acc_200ep}
                evaluator: {type: tabular, table: nb201.csv, curve_prefix: val_acc_ep}
                seed: 4
                budget: {trials: 30}
                architecture: {family: cell}
                strategy: {type: regularized-evolution, population: 10, sample: 3}
                """);
        Path db = dir.resolve("db");
        CliRunner.Result r = run("run", spec.toString(), "--db", db.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("30 trials evaluated"), r.out());
        CliRunner.Result trials = run("trials", "cells", "--db", db.toString());
        assertEquals(0, trials.code(), trials.err());
        assertTrue(trials.out().contains("|+|") && trials.out().contains("mutation"), trials.out());
        Path noTable = dir.resolve("missing.yaml");
        Files.writeString(noTable, Files.readString(spec).replace("table: nb201.csv", "table: gone.csv"));
        CliRunner.Result missing = run("run", noTable.toString(), "--db", db.toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("evaluator.table: ") && missing.err().contains("gone.csv not found"),
                missing.err());
    }
}
