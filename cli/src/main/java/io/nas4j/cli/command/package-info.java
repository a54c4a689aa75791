/** One class per {@code nas4j} subcommand. */
package io.nas4j.cli.command;
