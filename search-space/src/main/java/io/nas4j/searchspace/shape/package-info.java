/** Shape inference before training: output shapes, parameter counts, FLOPs, repair or rejection. */
package io.nas4j.searchspace.shape;
