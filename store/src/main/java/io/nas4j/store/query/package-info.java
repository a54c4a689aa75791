/**
 * Server-side trial queries for the web UI and the CLI: filter by state and by ranges of
 * columns, parameters and final metrics, sort by a validated field, and page.
 */
package io.nas4j.store.query;
