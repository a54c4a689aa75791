package io.nas4j.searchspace.shape;

import io.nas4j.searchspace.spec.Task;
import java.util.Objects;

/**
 * What the data fixes about every network of a study: the input shape and the output head.
 *
 * @param input input shape of one example
 * @param task classification or regression
 * @param classes number of classes (classification), 0 for regression
 */
public record ModelIO(Shape input, Task task, int classes) {
    /** Validates the class count against the task. */
    public ModelIO {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(task, "task");
        if (task == Task.CLASSIFICATION && classes < 2) {
            throw new IllegalArgumentException("classification needs at least 2 classes, got " + classes);
        }
        if (task == Task.REGRESSION && classes != 0) {
            throw new IllegalArgumentException("regression has no classes, got " + classes);
        }
    }

    /** Whether the head is one sigmoid unit with binary cross-entropy (two classes). */
    public boolean binary() {
        return task == Task.CLASSIFICATION && classes == 2;
    }

    /**
     * Output units of the head: classes for multiclass (softmax), 1 for binary (sigmoid) and
     * 1 for regression (linear).
     */
    public int outputs() {
        return task == Task.REGRESSION || binary() ? 1 : classes;
    }

    /** The head's activation word: softmax, sigmoid or linear. */
    public String outputActivation() {
        return task == Task.REGRESSION ? "linear" : binary() ? "sigmoid" : "softmax";
    }
}
