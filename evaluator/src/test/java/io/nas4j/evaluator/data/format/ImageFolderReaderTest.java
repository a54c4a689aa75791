package io.nas4j.evaluator.data.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.Fixtures;
import io.nas4j.evaluator.data.raw.RawDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {

    @TempDir
    Path dir;

    @Test
    void greyPngsKeepExactValuesAndTheFirstImagesSize() throws Exception {
        Fixtures.greyPng(dir.resolve("b_class/1.png"), 5, 4, 100);
        Fixtures.greyPng(dir.resolve("b_class/0.png"), 5, 4, 50);
        Fixtures.greyPng(dir.resolve("a_class/x.png"), 5, 4, 0);
        Files.writeString(dir.resolve("a_class/notes.txt"), "ignored");
        RawDataset raw = ImageFolderReader.read(dir, null, null, 1);
        assertEquals(List.of("a_class", "b_class"), raw.classNames());
        assertArrayEquals(new int[] {1, 4, 5}, raw.shape());
        assertArrayEquals(new float[] {0, 1, 1}, raw.examples().targets());
        // b_class/0.png comes before 1.png; pixel (x=3, y=2) = base + 23
        assertEquals(50 + 23, raw.examples().features().get(1, 2 * 5 + 3));
        assertEquals(100 + 23, raw.examples().features().get(2, 2 * 5 + 3));
    }

    @Test
    void rgbImagesGiveThreeChannelPlanesOrLuminance() throws Exception {
        Fixtures.rgbPng(dir.resolve("c/a.png"), 3, 2, 10);
        RawDataset rgb = ImageFolderReader.read(dir, null, null, 3);
        assertArrayEquals(new int[] {3, 2, 3}, rgb.shape());
        // pixel (x=2, y=1): r=12, g=2, b=200; planes [C, H, W]
        assertEquals(12, rgb.examples().features().get(0, 0 * 6 + 1 * 3 + 2));
        assertEquals(2, rgb.examples().features().get(0, 1 * 6 + 1 * 3 + 2));
        assertEquals(200, rgb.examples().features().get(0, 2 * 6 + 1 * 3 + 2));
        RawDataset grey = ImageFolderReader.read(dir, null, null, 1);
        assertEquals(Math.round(0.299 * 12 + 0.587 * 2 + 0.114 * 200), grey.examples().features().get(0, 5));
    }

    @Test
    void resizesToTheGivenSize() throws Exception {
        Fixtures.greyPng(dir.resolve("c/a.png"), 8, 8, 0);
        Fixtures.greyPng(dir.resolve("c/b.png"), 3, 5, 0);
        RawDataset raw = ImageFolderReader.read(dir, 4, 2, 1);
        assertArrayEquals(new int[] {1, 2, 4}, raw.shape());
        assertEquals(2, raw.examples().count());
        // 8x8 -> 4x2: output (0,0) averages source rows 1.5 and columns 0.5 of 10*y + x
        assertEquals(Math.round(10 * 1.5 + 0.5), raw.examples().features().get(0, 0));
    }

    @Test
    void unreadableImageIsNamed() throws Exception {
        Fixtures.greyPng(dir.resolve("c/a.png"), 4, 4, 0);
        Files.write(dir.resolve("c/broken.png"), new byte[] {1, 2, 3, 4, 5});
        DatasetException e = assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, null, null, 1));
        assertTrue(e.getMessage().contains("broken.png: unreadable image"), e.getMessage());
    }

    @Test
    void emptyClassFolderAndNoClassesAreErrors() throws Exception {
        DatasetException none = assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, null, null, 1));
        assertTrue(none.getMessage().contains("no class subfolders"), none.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        DatasetException e = assertThrows(DatasetException.class, () -> ImageFolderReader.read(dir, null, null, 1));
        assertTrue(e.getMessage().contains("empty: class folder has no images"), e.getMessage());
    }
}
