package io.nas4j.cli.worker;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialLease;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a finished test run left in its database, read after nas4j exited. */
record StudyRows(List<TrialRecord> trials, Map<Integer, TrialLease> leases, Map<Integer, Map<String, String>> attributes,
        Map<TrialState, Integer> counts) {

    static StudyRows read(Path db, String study) {
        try (StudyStorage storage = Storages.open(db.toString())) {
            Study s = storage.findStudy(study).orElseThrow();
            List<TrialRecord> trials = storage.trials(s.id());
            Map<Integer, TrialLease> leases = new java.util.TreeMap<>();
            Map<Integer, Map<String, String>> attributes = new java.util.TreeMap<>();
            for (TrialRecord t : trials) {
                storage.lease(s.id(), t.number()).ifPresent(l -> leases.put(t.number(), l));
                attributes.put(t.number(), storage.attributes(s.id(), t.number()));
            }
            return new StudyRows(trials, leases, attributes, storage.counts(s.id()));
        }
    }

    long evaluated() {
        return trials.stream().filter(t -> t.state() == TrialState.COMPLETE || t.state() == TrialState.PRUNED
                || t.state() == TrialState.FAILED).count();
    }

    int count(TrialState state) {
        return counts.getOrDefault(state, 0);
    }
}
