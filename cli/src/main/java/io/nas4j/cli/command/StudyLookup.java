package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;

/** Finds a study by name or fails with a message that lists the studies there are. */
final class StudyLookup {
    private StudyLookup() {
    }

    static Study find(StudyStorage storage, String name) {
        return storage.findStudy(name).orElseThrow(() -> {
            var names = storage.listStudies().stream().map(s -> s.name()).toList();
            return new UsageException("no study named '" + name + "' in " + storage.location()
                    + (names.isEmpty() ? " (it has no studies)" : " (studies: " + String.join(", ", names) + ")"));
        });
    }
}
