package io.nas4j.searchspace.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.candidate.Candidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellTest {
    private static final String ARCH = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|nor_conv_3x3~2|";

    @Test
    void parsesAndWritesTheStandardString() {
        Cell cell = Cell.parse(ARCH);
        assertEquals(List.of(CellOp.NOR_CONV_3X3, CellOp.NONE, CellOp.SKIP_CONNECT, CellOp.AVG_POOL_3X3,
                CellOp.NOR_CONV_1X1, CellOp.NOR_CONV_3X3), cell.edges());
        assertEquals(ARCH, cell.arch());
        assertEquals(CellOp.SKIP_CONNECT, cell.op(2, 1));
        assertEquals(CellOp.AVG_POOL_3X3, cell.op(3, 0));
        assertEquals("cell" + ARCH, cell.describe());
    }

    @Test
    void jsonFormRoundTripsThroughLayersAndCandidates() {
        Cell cell = Cell.parse(ARCH);
        Map<String, Object> map = cell.toMap();
        assertEquals("cell", map.get("type"));
        assertEquals("nor_conv_3x3", map.get("edge_1_0"));
        assertEquals("nor_conv_3x3", map.get("edge_3_2"));
        assertEquals(cell, Layers.fromMap(map));
        Candidate c = new Candidate(new Architecture(List.of(cell)), Map.of());
        assertEquals(c, Candidate.fromJson(c.canonicalJson()));
        assertEquals(c.fingerprint(), Candidate.fromJson(c.canonicalJson()).fingerprint());
    }

    @Test
    void edgesLeftOutAreNotConnected() {
        assertEquals("|skip_connect~0|+|none~0|none~1|+|none~0|none~1|none~2|",
                ((Cell) Layers.of(LayerType.CELL, Map.of("edge_1_0", "skip_connect"))).arch());
    }

    @Test
    void malformedStringsAreRejectedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cell.parse("|none~0|+|none~0|none~1|"))
                .getMessage().contains("expected 3 node groups"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Cell.parse("|none~0|+|none~0|+|none~0|none~1|none~2|")).getMessage()
                .contains("node 2 needs 2 inputs, got 1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Cell.parse("|none~0|+|none~0|none~0|+|none~0|none~1|none~2|")).getMessage()
                .contains("must be op~1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Cell.parse("|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|")).getMessage()
                .contains("unknown cell op 'conv'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Layers.of(LayerType.CELL, Map.of("edge_1_0", "none", "edge_4_0", "none"))).getMessage()
                .contains("unknown parameter 'edge_4_0' for cell"));
    }
}
