package io.nas4j.store.h2;

import io.nas4j.store.StudyStorage;
import io.nas4j.store.StudyStorageContract;
import java.time.Clock;
import java.util.UUID;

/** The store contract on an H2 in-memory database. */
class H2MemStudyStorageTest extends StudyStorageContract {
    private String location;

    @Override
    protected void prepareDatabase() {
        location = "mem:contract-" + UUID.randomUUID();
    }

    @Override
    protected StudyStorage openStore(Clock clock) {
        return H2StudyStorage.open(H2Location.parse(location), clock);
    }
}
