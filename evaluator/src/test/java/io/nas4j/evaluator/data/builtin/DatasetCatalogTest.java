package io.nas4j.evaluator.data.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.evaluator.data.DatasetException;
import io.nas4j.evaluator.data.raw.RawDataset;
import io.nas4j.evaluator.data.raw.Sha256;
import io.nas4j.searchspace.spec.DatasetSpec;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryBuiltInWithItsCacheState() {
        List<DatasetCatalog.Entry> list = DatasetCatalog.list(new DatasetCache(dir));
        assertEquals(DatasetSpec.BUILT_IN, list.stream().map(DatasetCatalog.Entry::name).toList());
        Map<String, Boolean> cached = list.stream()
                .collect(Collectors.toMap(DatasetCatalog.Entry::name, DatasetCatalog.Entry::cached));
        assertEquals(Map.of("iris", true, "xor", true, "fashion-mnist", false, "mnist", false), cached);
        assertTrue(list.stream().allMatch(e -> !e.description().isBlank() && !e.size().isBlank()));
    }

    @Test
    void unknownNameListsTheBuiltIns() {
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetCatalog.get("cifar"));
        assertTrue(e.getMessage().contains("iris, xor, fashion-mnist, mnist"), e.getMessage());
    }

    @Test
    void bundledDatasetsNeedNoFetch() {
        List<String> progress = new java.util.ArrayList<>();
        assertTrue(DatasetFetcher.npmOnly(new DatasetCache(dir)).fetch("iris", false, progress::add).isEmpty());
        assertTrue(progress.get(0).contains("bundled"));
    }

    @Test
    void irisIsTheBundledFisherData() throws Exception {
        RawDataset iris = BuiltInDatasets.iris();
        assertEquals(150, iris.examples().count());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        int[] counts = new int[3];
        double[] sepalLength = new double[3];
        for (int i = 0; i < 150; i++) {
            int c = (int) iris.examples().targets()[i];
            counts[c]++;
            sepalLength[c] += iris.examples().features().get(i, 0);
        }
        assertEquals(List.of(50, 50, 50), List.of(counts[0], counts[1], counts[2]));
        // the textbook class means of sepal length
        assertEquals(5.006, sepalLength[0] / 50, 1e-4);
        assertEquals(5.936, sepalLength[1] / 50, 1e-4);
        assertEquals(6.588, sepalLength[2] / 50, 1e-4);
        try (InputStream in = getClass().getResourceAsStream("/io/nas4j/evaluator/data/iris.csv")) {
            assertEquals(Sha256.of(in.readAllBytes()), iris.checksum());
        }
    }

    @Test
    void xorIsReproducible() {
        assertEquals(BuiltInDatasets.xor(50).checksum(), BuiltInDatasets.xor(50).checksum());
        assertEquals(50, BuiltInDatasets.xor(50).examples().count());
    }
}
