/**
 * Source code that rebuilds an exported network outside nas4j: DJL Java
 * ({@link io.nas4j.cli.export.code.JavaSource}), PyTorch ({@link io.nas4j.cli.export.code.PyTorchSource})
 * and Keras ({@link io.nas4j.cli.export.code.KerasSource}), all following
 * {@link io.nas4j.evaluator.djl.NetworkBuilder}'s conventions layer by layer.
 */
package io.nas4j.cli.export.code;
