package io.nas4j.searchspace.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.Architecture;
import io.nas4j.searchspace.arch.Cell;
import io.nas4j.searchspace.arch.CellOp;
import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.shape.InfeasibleArchitectureException;
import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.shape.ShapeReport;
import io.nas4j.searchspace.spec.Task;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The NAS-Bench-201 cell space through the shared gene codec. */
class CellSpaceTest {
    private static final ModelIO CIFAR = new ModelIO(new Shape(3, 32, 32), Task.CLASSIFICATION, 10);
    private static final SearchSpace SPACE = new SearchSpace(ArchitectureSpace.cell(List.of(CellOp.values())),
            HyperparameterSpace.empty(), CIFAR, Constraints.NONE);

    @Test
    void gridEnumeratesDistinctCells() {
        assertEquals(15_625, SPACE.gridSize());
        Set<String> archs = new HashSet<>();
        // every grid point enumerates the whole stage (15,625 cells, ~0.1-0.5 s), so visit a spread of 8
        for (long i = 0; i < SPACE.gridSize(); i += 2000) {
            List<?> layers = SPACE.gridPoint(i).architecture().layers();
            assertEquals(1, layers.size());
            archs.add(((Cell) layers.get(0)).arch());
        }
        assertEquals(8, archs.size());
    }

    @Test
    void everyDecodedCellEncodesBackToGenesThatDecodeToIt() {
        Random random = new Random(3);
        for (int k = 0; k < 500; k++) {
            Candidate c = SPACE.sample(random);
            Optional<double[]> genes = SPACE.encode(c);
            assertTrue(genes.isPresent(), c.describe());
            assertEquals(c, SPACE.decode(genes.get()));
            assertArrayEquals(genes.get(), SPACE.encode(SPACE.decode(genes.get())).orElseThrow());
        }
    }

    @Test
    void aParsedCellEncodesAndRepairLeavesItAlone() throws InfeasibleArchitectureException {
        Cell cell = Cell.parse("|nor_conv_3x3~0|+|nor_conv_3x3~0|skip_connect~1|+|skip_connect~0|nor_conv_1x1~1|none~2|");
        Candidate c = new Candidate(new Architecture(List.of(cell)), Map.of());
        assertEquals(c, SPACE.decode(SPACE.encode(c).orElseThrow()));
        ShapeReport report = SPACE.check(c);
        assertEquals(c, SPACE.repaired(c, report));
        assertTrue(report.repairs().isEmpty());
        assertEquals(3L * 32 * 32 * 10 + 10, report.params()); // only the output head is counted
    }

    @Test
    void aRestrictedOpListIsOutsideTheSpaceForOtherOps() {
        SearchSpace convs = new SearchSpace(ArchitectureSpace.cell(List.of(CellOp.NOR_CONV_1X1, CellOp.NOR_CONV_3X3)),
                HyperparameterSpace.empty(), CIFAR, Constraints.NONE);
        assertEquals(64, convs.gridSize());
        Candidate withNone = new Candidate(new Architecture(List.of(Cell.parse(
                "|none~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|"))), Map.of());
        assertTrue(convs.encode(withNone).isEmpty());
    }
}
