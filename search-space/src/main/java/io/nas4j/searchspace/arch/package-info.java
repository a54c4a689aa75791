/** Architectures as immutable values: layers, activations, and the architecture chain itself. */
package io.nas4j.searchspace.arch;
