package io.nas4j.searchspace.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nas4j.searchspace.spec.Task;
import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void sizesRankAndText() {
        Shape s = new Shape(3, 32, 32);
        assertEquals(3, s.rank());
        assertEquals(3L * 32 * 32, s.size());
        assertEquals(32, s.dim(2));
        assertEquals("(3, 32, 32)", s.toString());
        assertEquals(new Shape(3, 32, 32), s);
        assertEquals(new Shape(3, 32, 32).hashCode(), s.hashCode());
        assertNotEquals(new Shape(3, 32), s);
    }

    @Test
    void dimsAreCopied() {
        int[] dims = {1, 2};
        Shape s = new Shape(dims);
        dims[0] = 9;
        s.dims()[1] = 9;
        assertEquals(new Shape(1, 2), s);
    }

    @Test
    void invalidShapesAreRejected() {
        assertEquals("a shape needs at least one axis", assertThrows(IllegalArgumentException.class, Shape::new).getMessage());
        assertEquals("shape sizes must be >= 1: [3, 0]",
                assertThrows(IllegalArgumentException.class, () -> new Shape(3, 0)).getMessage());
    }

    @Test
    void modelIoHeads() {
        assertEquals(10, new ModelIO(new Shape(4), Task.CLASSIFICATION, 10).outputs());
        assertEquals("softmax", new ModelIO(new Shape(4), Task.CLASSIFICATION, 3).outputActivation());
        ModelIO binary = new ModelIO(new Shape(4), Task.CLASSIFICATION, 2);
        assertEquals(1, binary.outputs());
        assertEquals("sigmoid", binary.outputActivation());
        ModelIO regression = new ModelIO(new Shape(4), Task.REGRESSION, 0);
        assertEquals(1, regression.outputs());
        assertEquals("linear", regression.outputActivation());
        assertEquals("classification needs at least 2 classes, got 1", assertThrows(IllegalArgumentException.class,
                () -> new ModelIO(new Shape(4), Task.CLASSIFICATION, 1)).getMessage());
        assertEquals("regression has no classes, got 3", assertThrows(IllegalArgumentException.class,
                () -> new ModelIO(new Shape(4), Task.REGRESSION, 3)).getMessage());
    }
}
