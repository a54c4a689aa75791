package io.nas4j.evaluator.data.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.Fixtures;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void classificationEncodesSortedLabelsAndKeepsOtherColumnsAsFeatures() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "x, y ,kind", "1,2,zebra", "3,4,ant", "", "5,6,zebra");
        RawDataset raw = CsvReader.read(f, "kind", null, Task.CLASSIFICATION);
        assertEquals(List.of("ant", "zebra"), raw.classNames());
        assertArrayEquals(new int[] {2}, raw.shape());
        assertArrayEquals(new float[] {1, 0, 1}, raw.examples().targets());
        assertEquals(3f, raw.examples().features().get(1, 0));
        assertEquals(6f, raw.examples().features().get(2, 1));
        assertEquals(Sha256.of(Files.readAllBytes(f)), raw.checksum());
    }

    @Test
    void numericLabelsSortNumerically() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "x,y", "1,10", "2,2", "3,1");
        assertEquals(List.of("1", "2", "10"), CsvReader.read(f, "y", null, Task.CLASSIFICATION).classNames());
    }

    @Test
    void listedFeaturesKeepTheirOrderAndQuotedFieldsParse() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "a,b,\"the label\",c", "1,2,\"x, y\",3", "4,5,z,6");
        RawDataset raw = CsvReader.read(f, "the label", List.of("c", "a"), Task.CLASSIFICATION);
        assertEquals(List.of("x, y", "z"), raw.classNames());
        assertEquals(3f, raw.examples().features().get(0, 0));
        assertEquals(1f, raw.examples().features().get(0, 1));
    }

    @Test
    void regressionParsesTheLabel() throws Exception {
        Path f = Fixtures.text(dir.resolve("r.csv"), "x,price", "1,2.5", "2,-3e2");
        RawDataset raw = CsvReader.read(f, "price", null, Task.REGRESSION);
        assertEquals(List.of(), raw.classNames());
        assertArrayEquals(new float[] {2.5f, -300f}, raw.examples().targets());
    }

    @Test
    void unknownColumnListsTheAvailableOnes() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "x,y,label", "1,2,a");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(f, "lable", null, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("d.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("no column 'lable'"), e.getMessage());
        assertTrue(e.getMessage().contains("available columns: x, y, label"), e.getMessage());
        DatasetException f2 = assertThrows(DatasetException.class,
                () -> CsvReader.read(f, "label", List.of("x", "z"), Task.CLASSIFICATION));
        assertTrue(f2.getMessage().contains("no column 'z'"), f2.getMessage());
    }

    @Test
    void raggedRowNamesLineAndCounts() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "x,y,label", "1,2,a", "3,b", "4,5,c");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(f, "label", null, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("d.csv line 3: expected 3 values (as in the header), got 2"), e.getMessage());
    }

    @Test
    void nonNumericFeatureNamesLineColumnAndValue() throws Exception {
        Path f = Fixtures.text(dir.resolve("d.csv"), "x,y,label", "1,2,a", "1,two,b");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(f, "label", null, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("d.csv line 3, column 'y': 'two' is not a finite number"), e.getMessage());
        Path r = Fixtures.text(dir.resolve("r.csv"), "x,y", "1,2", "1,high");
        DatasetException e2 = assertThrows(DatasetException.class, () -> CsvReader.read(r, "y", null, Task.REGRESSION));
        assertTrue(e2.getMessage().contains("r.csv line 3, column 'y': 'high'"), e2.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnlyAreClearErrors() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(empty, "label", null, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("empty.csv: the file is empty"), e.getMessage());
        Path header = Fixtures.text(dir.resolve("h.csv"), "x,label");
        DatasetException h = assertThrows(DatasetException.class,
                () -> CsvReader.read(header, "label", null, Task.CLASSIFICATION));
        assertTrue(h.getMessage().contains("no data rows"), h.getMessage());
    }

    @Test
    void missingFileIsADatasetException() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> CsvReader.read(dir.resolve("nope.csv"), "label", null, Task.CLASSIFICATION));
        assertTrue(e.getMessage().contains("nope.csv: cannot read"), e.getMessage());
    }
}
