/**
 * {@code nas4j export}: turns a trial into a self-contained directory (architecture, weights,
 * preprocessing, provenance, model card, generated code), and the helpers the commands that use
 * an export ({@code predict}, {@code evaluate}, {@code train}) share.
 */
package io.nas4j.cli.export;
