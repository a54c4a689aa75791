package io.nas4j.cli.run;

import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.ComponentSpec;
import io.nas4j.searchspace.spec.DatasetSpec;
import io.nas4j.searchspace.spec.Task;
import java.util.List;

/**
 * The input/output a synthetic evaluator pretends to have, without loading data: from the
 * evaluator options {@code input} (a list of sizes) and {@code classes}, else from the built-in
 * dataset's known shape.
 */
final class SyntheticIO {
    private SyntheticIO() {
    }

    static ModelIO of(ComponentSpec evaluator, DatasetSpec dataset, Task task) {
        Object input = evaluator.options().get("input");
        int[] dims;
        int classes;
        if (input instanceof List<?> list) {
            dims = list.stream().mapToInt(o -> ((Number) o).intValue()).toArray();
            classes = evaluator.integer("classes", task == Task.REGRESSION ? 0 : 2);
        } else {
            boolean seq = Boolean.TRUE.equals(dataset.asSequence());
            switch (dataset.isBuiltIn() ? dataset.name() : "") {
                case "iris" -> {
                    dims = new int[] {4};
                    classes = 3;
                }
                case "xor" -> {
                    dims = new int[] {2};
                    classes = 2;
                }
                case "fashion-mnist", "mnist" -> {
                    dims = seq ? new int[] {28, 28} : new int[] {1, 28, 28};
                    classes = 10;
                }
                default -> throw new IllegalArgumentException(
                        "evaluator.input: the synthetic evaluator needs input (a list of sizes) and classes for "
                                + dataset.describe());
            }
        }
        return new ModelIO(new Shape(dims), task, task == Task.REGRESSION ? 0 : classes);
    }
}
