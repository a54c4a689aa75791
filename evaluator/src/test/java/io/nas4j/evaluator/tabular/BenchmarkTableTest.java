package io.nas4j.evaluator.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Cell;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTableTest {
    private static final String A = "|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|skip_connect~0|nor_conv_1x1~1|none~2|";
    private static final String B = "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|";
    private static final TableColumns COLUMNS = new TableColumns("arch", "val", "test", null);

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsChosenColumnsAndFindsCellsByTheirString() throws Exception {
        BenchmarkTable t = BenchmarkTable.load(csv("params,arch,val,test\n1.5,\" " + A + " \",0.81,0.93\n0.1," + B
                + ",0.1,0.1\n"), COLUMNS);
        assertEquals(2, t.size());
        TableRow row = t.lookup(Cell.parse(A)).orElseThrow();
        assertEquals(0.81, row.objective());
        assertEquals(0.93, row.report());
        assertEquals(0, row.epochs());
        assertTrue(t.lookup(Cell.parse(A.replace("none~2", "skip_connect~2"))).isEmpty());
    }

    @Test
    void readsCurvesInEpochOrder() throws Exception {
        BenchmarkTable t = BenchmarkTable.load(csv("arch,ep2,ep1,val,test,ep3\n" + A + ",0.5,0.4,0.6,0.7,0.6\n"),
                new TableColumns("arch", "val", "test", "ep"));
        assertArrayEquals(new double[] {0.4, 0.5, 0.6}, t.lookup(Cell.parse(A)).orElseThrow().curve());
    }

    @Test
    void generatedTableReadsBackAsTheInMemoryOne() throws Exception {
        Path f = dir.resolve("synthetic.csv");
        SyntheticBenchmark.write(f, 4);
        BenchmarkTable read = BenchmarkTable.load(f, TableColumns.SYNTHETIC);
        BenchmarkTable memory = SyntheticBenchmark.table(4);
        assertEquals(SyntheticBenchmark.SIZE, read.size());
        memory.rows().forEach((arch, row) -> {
            TableRow other = read.rows().get(arch);
            assertEquals(row.objective(), other.objective(), arch);
            assertEquals(row.report(), other.report(), arch);
            assertArrayEquals(row.curve(), other.curve(), arch);
        });
    }

    @Test
    void badTablesAreNamedWithLineAndColumn() throws Exception {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkTable.load(csv("arch,val\n"), COLUMNS))
                .getMessage().endsWith("no column 'test' (columns: arch, val)"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchmarkTable.load(csv("arch,val,test\n" + A + ",x,0.9\n"), COLUMNS))
                .getMessage().endsWith(", line 2: column val must be a number, got 'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchmarkTable.load(csv("arch,val,test\n" + A + ",0.1,0.9\n" + A + ",0.2,0.8\n"), COLUMNS))
                .getMessage().contains(", line 3: architecture " + A + " is listed twice"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchmarkTable.load(csv("arch,val,test\n|conv~0|,0.1,0.9\n"), COLUMNS))
                .getMessage().contains(", line 2: column arch: '|conv~0|' is not a cell string"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchmarkTable.load(csv("arch,val,test\n" + A + ",0.1\n"), COLUMNS))
                .getMessage().contains(", line 2: 2 fields, but the header has 3"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> BenchmarkTable.load(csv("arch,val,test,ep1,ep3\n"), new TableColumns("arch", "val", "test", "ep")))
                .getMessage().contains("must run from 1 without gaps"));
        assertThrows(NoSuchFileException.class, () -> BenchmarkTable.load(dir.resolve("missing.csv"), COLUMNS));
    }

    @Test
    void splitsQuotedFields() {
        assertEquals(List.of("a", "b,c", "d\"e", ""), BenchmarkTable.split("a,\"b,c\",\"d\"\"e\","));
    }
}
