package io.nas4j.searchspace.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSpecTest {

    private static DatasetSpec spec(String name, String type, String path, String label, String images, String labels,
            String testImages, String testLabels) {
        return new DatasetSpec(name, type, path, label, null, images, labels, testImages, testLabels, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void builtInDatasets() {
        for (String name : DatasetSpec.BUILT_IN) {
            DatasetSpec d = DatasetSpec.builtIn(name);
            assertTrue(d.isBuiltIn());
            assertEquals("builtin", d.type());
            assertEquals(name, d.describe());
        }
        assertEquals("dataset.name: unknown dataset 'cifar' (built-in: iris, xor, fashion-mnist, mnist; "
                + "or use type: csv, idx, image_folder)", error(() -> DatasetSpec.builtIn("cifar")));
    }

    @Test
    void userDatasetsNeedTheirFiles() {
        assertEquals("csv:data/x.csv", spec(null, "csv", "data/x.csv", "y", null, null, null, null).describe());
        assertEquals("dataset.path: missing (a csv dataset needs the CSV file's path)",
                error(() -> spec(null, "csv", null, "y", null, null, null, null)));
        assertEquals("dataset.label: missing (a csv dataset needs the label column's name)",
                error(() -> spec(null, "csv", "x.csv", null, null, null, null, null)));
        assertEquals("dataset.path: missing (an image_folder dataset needs the folder's path)",
                error(() -> spec(null, "image_folder", null, null, null, null, null, null)));
        assertEquals("dataset.labels: missing (an idx dataset needs the label file)",
                error(() -> spec(null, "idx", null, null, "i.gz", null, null, null)));
        assertEquals("dataset.test_images: give test_images and test_labels together",
                error(() -> spec(null, "IDX", null, null, "i", "l", "ti", null)));
        assertFalse(spec(null, "IDX", null, null, "i", "l", null, null).isBuiltIn());
        assertEquals("dataset: give a built-in 'name' (iris, xor, fashion-mnist, mnist) or a 'type' (csv, idx, image_folder)",
                error(() -> spec(null, null, null, null, null, null, null, null)));
        assertEquals("dataset.type: unknown type 'parquet' (expected builtin, csv, idx, image_folder)",
                error(() -> spec(null, "parquet", "x", null, null, null, null, null)));
        assertEquals("dataset.name: missing (a built-in dataset needs a name)",
                error(() -> spec(null, "builtin", null, null, null, null, null, null)));
    }

    @Test
    void optionsAreChecked() {
        assertEquals("dataset.normalization: unknown normalization 'l2' (expected none, minmax, zscore)",
                error(() -> new DatasetSpec("iris", null, null, null, null, null, null, null, null, null, null, null,
                        null, "l2", null, null, null, null, null)));
        assertEquals("dataset.validation: must be a fraction in [0, 1), got 1.0",
                error(() -> new DatasetSpec("iris", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, 1.0, null, null, null, null)));
        assertEquals("dataset.test: must be a fraction in [0, 1), got -0.1",
                error(() -> new DatasetSpec("iris", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, -0.1, null, null, null)));
        assertEquals("dataset.width: must be positive, got 0",
                error(() -> new DatasetSpec(null, "image_folder", "p", null, null, null, null, null, null, 0, null, null,
                        null, null, null, null, null, null, null)));
        assertEquals("dataset.channels: must be 1 (grayscale) or 3 (RGB), got 2",
                error(() -> new DatasetSpec(null, "image_folder", "p", null, null, null, null, null, null, null, null, 2,
                        null, null, null, null, null, null, null)));
        assertEquals("dataset.max_train: must be positive, got -1",
                error(() -> new DatasetSpec("iris", null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, -1, null, null)));
        assertEquals("dataset.augmentation.shift: must be >= 0, got -1",
                error(() -> new DatasetSpec.Augmentation(true, -1)));
        assertTrue(new DatasetSpec.Augmentation(null, 2).any());
        assertFalse(new DatasetSpec.Augmentation(false, 0).any());
    }

    @Test
    void withPathsMapsOnlyFilePaths() {
        DatasetSpec d = new DatasetSpec(null, "idx", null, null, List.of("a"), "img", "lab", "timg", "tlab", null, null,
                null, null, null, null, null, null, null, null);
        DatasetSpec mapped = d.withPaths(p -> "/root/" + p);
        assertEquals("/root/img", mapped.images());
        assertEquals("/root/lab", mapped.labels());
        assertEquals("/root/timg", mapped.testImages());
        assertEquals("/root/tlab", mapped.testLabels());
        assertEquals(null, mapped.path());
        assertEquals(List.of("a"), mapped.features());
    }
}
