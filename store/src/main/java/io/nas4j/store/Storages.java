package io.nas4j.store;

import io.nas4j.store.h2.H2StudyStorage;

/** Opens study stores. */
public final class Storages {
    private Storages() {
    }

    /**
     * Opens (creating if needed, and migrating to the current schema) the store at
     * {@code location}: a file path, {@code mem:NAME} or a {@code jdbc:h2:} URL. See
     * {@link io.nas4j.store.h2.H2Location} for how each maps to files.
     *
     * @throws StorageException if the database is in use by another process, damaged or unreachable
     */
    public static StudyStorage open(String location) {
        return H2StudyStorage.open(location);
    }
}
