package io.nas4j.searchspace.spec;

import java.util.Objects;

/**
 * A metric to optimize and its direction.
 *
 * @param metric a metric name: an evaluation metric ({@code val_accuracy}, {@code val_loss},
 *     {@code val_rmse}, {@code val_mae}, {@code test_accuracy}, ...) or a cost ({@code param_count},
 *     {@code flops}, {@code latency_ms})
 * @param direction maximize or minimize
 */
public record Objective(String metric, Direction direction) {
    /** Validates the name. */
    public Objective {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if (!metric.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric name '" + metric + "' must be lower_snake_case");
        }
    }

    /** The natural direction of a metric: losses, errors and costs are minimized, the rest maximized. */
    public static Direction naturalDirection(String metric) {
        return metric.contains("loss") || metric.contains("mse") || metric.contains("mae") || metric.contains("error")
                || metric.equals("param_count") || metric.equals("flops") || metric.startsWith("latency")
                ? Direction.MINIMIZE : Direction.MAXIMIZE;
    }

    /** The default objective of a task: validation accuracy, or validation RMSE for regression. */
    public static Objective defaultFor(Task task) {
        return task == Task.REGRESSION ? new Objective("val_rmse", Direction.MINIMIZE)
                : new Objective("val_accuracy", Direction.MAXIMIZE);
    }

    /** Whether the metric is a cost known before training (params, FLOPs). */
    public boolean isStructural() {
        return metric.equals("param_count") || metric.equals("flops");
    }
}
