package io.nas4j.searchspace.shape;

/**
 * One row of a shape report.
 *
 * @param block what the row describes, e.g. {@code conv2d(32,3,1,same,relu)} or {@code output(10,softmax)}
 * @param output output shape of the block
 * @param params parameter count, counted as DJL counts them
 * @param flops floating point operations for one example (multiply-add counts 2)
 */
public record LayerShape(String block, Shape output, long params, long flops) {
}
