package io.nas4j.evaluator.data.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.Fixtures;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.searchspace.spec.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void rawAndGzipReadTheSameWithTheSameChecksum() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("l"), 12, 3, 4, 3, false);
        Fixtures.idx(dir.resolve("i.gz"), dir.resolve("l.gz"), 12, 3, 4, 3, true);
        RawDataset raw = IdxReader.read(dir.resolve("i"), dir.resolve("l"), null, null, Task.CLASSIFICATION, null);
        RawDataset gz = IdxReader.read(dir.resolve("i.gz"), dir.resolve("l.gz"), null, null, Task.CLASSIFICATION, null);
        assertArrayEquals(new int[] {1, 3, 4}, raw.shape());
        assertTrue(raw.image());
        assertEquals(List.of("0", "1", "2"), raw.classNames());
        assertEquals(12, raw.examples().count());
        assertEquals((5 * 7 + 6) % 256, raw.examples().features().get(5, 6));
        assertEquals(2f, raw.examples().targets()[5]);
        assertEquals(raw.checksum(), gz.checksum());
        for (int r = 0; r < 12; r++) {
            for (int c = 0; c < 12; c++) {
                assertEquals(raw.examples().features().get(r, c), gz.examples().features().get(r, c));
            }
        }
        assertTrue(Files.size(dir.resolve("i.gz")) < Files.size(dir.resolve("i")) + 64);
    }

    @Test
    void fixedTestPairIsKept() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("l"), 10, 2, 2, 2, false);
        Fixtures.idx(dir.resolve("ti"), dir.resolve("tl"), 4, 2, 2, 2, true);
        RawDataset raw = IdxReader.read(dir.resolve("i"), dir.resolve("l"), dir.resolve("ti"), dir.resolve("tl"),
                Task.CLASSIFICATION, null);
        assertEquals(4, raw.fixedTest().count());
    }

    @Test
    void badMagicIsNamed() throws Exception {
        Files.write(dir.resolve("i"), new byte[] {1, 2, 8, 3, 0, 0, 0, 0});
        Fixtures.idx(dir.resolve("x"), dir.resolve("l"), 2, 2, 2, 2, false);
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxReader.read(dir.resolve("i"), dir.resolve("l"), null, null, Task.CLASSIFICATION, null));
        assertTrue(e.getMessage().contains("not an IDX file (bad magic"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("i").toString()), e.getMessage());
    }

    @Test
    void truncatedFileIsASizeMismatch() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("l"), 4, 2, 2, 2, false);
        byte[] b = Files.readAllBytes(dir.resolve("i"));
        Files.write(dir.resolve("i"), java.util.Arrays.copyOf(b, b.length - 1));
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxReader.read(dir.resolve("i"), dir.resolve("l"), null, null, Task.CLASSIFICATION, null));
        assertTrue(e.getMessage().contains("IDX size mismatch"), e.getMessage());
    }

    @Test
    void countMismatchNamesBothFiles() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("l5"), 5, 2, 2, 2, false);
        Fixtures.idx(dir.resolve("i6"), dir.resolve("l"), 6, 2, 2, 2, false);
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxReader.read(dir.resolve("i"), dir.resolve("l"), null, null, Task.CLASSIFICATION, null));
        assertTrue(e.getMessage().contains("has 5 images but"), e.getMessage());
        assertTrue(e.getMessage().contains("has 6 labels"), e.getMessage());
    }

    @Test
    void labelOutOfRangeIsRejected() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("unused"), 3, 2, 2, 2, false);
        Fixtures.intLabels(dir.resolve("l"), 0, 300, 1);
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxReader.read(dir.resolve("i"), dir.resolve("l"), null, null, Task.CLASSIFICATION, null));
        assertTrue(e.getMessage().contains("label 300 of item 1 is out of range (0..255)"), e.getMessage());
        Fixtures.intLabels(dir.resolve("neg"), 0, -1, 1);
        assertThrows(DatasetException.class,
                () -> IdxReader.read(dir.resolve("i"), dir.resolve("neg"), null, null, Task.CLASSIFICATION, null));
    }

    @Test
    void testLabelOutsideTheTrainingClassesIsInconsistent() throws Exception {
        Fixtures.idx(dir.resolve("i"), dir.resolve("l"), 6, 2, 2, 2, false);
        Fixtures.idx(dir.resolve("ti"), dir.resolve("tl"), 6, 2, 2, 3, false);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(dir.resolve("i"),
                dir.resolve("l"), dir.resolve("ti"), dir.resolve("tl"), Task.CLASSIFICATION, null));
        assertTrue(e.getMessage().contains("test label 2 does not occur in the training labels"), e.getMessage());
    }
}
