/**
 * The nas4j web UI: {@link io.nas4j.ui.UiServer} serves a read-only JSON API over a
 * {@link io.nas4j.store.StudyStorage} and the pages that draw studies, trials, architectures and
 * their comparison, with live updates while a study runs.
 */
package io.nas4j.ui;
