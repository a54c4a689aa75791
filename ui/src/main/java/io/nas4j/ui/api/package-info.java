/**
 * The read-only JSON API under {@code /api}: what each endpoint answers and how request
 * parameters are validated (bad input is a 400, unknown ids a 404, both with a JSON error body).
 */
package io.nas4j.ui.api;
