package io.nas4j.searchspace.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.arch.CellOp;
import io.nas4j.searchspace.space.ArchitectureSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code architecture: {family: cell, ops: [...]}} specs. */
class CellSpecTest {
    private static final String SPEC = """
            dataset: {name: iris}
            evaluator: {type: tabular, table: t.csv}
            architecture:
              family: cell
            """;

    @Test
    void aCellFamilyWithoutOpsUsesAllFive() throws Exception {
        StudySpec spec = SpecLoader.parse(SPEC, "s.yaml", "s");
        assertEquals(ArchitectureSpace.cell(List.of(CellOp.values())), spec.architecture());
    }

    @Test
    void opsRestrictTheEdges() throws Exception {
        StudySpec spec = SpecLoader.parse(SPEC + "  ops: [nor_conv_3x3, skip_connect]\n", "s.yaml", "s");
        assertEquals(ArchitectureSpace.cell(List.of(CellOp.NOR_CONV_3X3, CellOp.SKIP_CONNECT)), spec.architecture());
    }

    @Test
    void badCellSpecsNameTheField() {
        SpecException e = assertThrows(SpecException.class,
                () -> SpecLoader.parse(SPEC + "  ops: [conv5x5]\n", "s.yaml", "s"));
        assertEquals("architecture.ops[0]", e.field());
        assertTrue(e.problem().contains("unknown cell op 'conv5x5'"), e.getMessage());
        e = assertThrows(SpecException.class, () -> SpecLoader.parse(SPEC + "  ops: [none, none]\n", "s.yaml", "s"));
        assertEquals("architecture.ops", e.field());
        e = assertThrows(SpecException.class, () -> SpecLoader.parse(SPEC + "  blocks: [dense]\n", "s.yaml", "s"));
        assertEquals("architecture.blocks", e.field());
        e = assertThrows(SpecException.class,
                () -> SpecLoader.parse(SPEC.replace("family: cell", "family: dag"), "s.yaml", "s"));
        assertEquals("architecture.family", e.field());
        assertTrue(e.problem().contains("expected chain, cell"), e.getMessage());
    }
}
