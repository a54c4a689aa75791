/**
 * The study store: one contract ({@link io.nas4j.store.StudyStorage}) for recording studies,
 * trials, their parameters, per-epoch metrics and lineage, with the value types it takes and
 * returns. Open one with {@link io.nas4j.store.Storages#open(String)}.
 */
package io.nas4j.store;
