/** The {@code nas4j} command line: entry point, exit codes and shared options. */
package io.nas4j.cli;
