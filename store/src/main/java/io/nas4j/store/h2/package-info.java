/**
 * The H2 implementation of the study store: embedded file databases, in-memory databases and
 * H2 TCP servers, migrated with Flyway and accessed with plain JDBC.
 */
package io.nas4j.store.h2;
