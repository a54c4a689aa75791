package io.nas4j.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialSummary;
import io.nas4j.ui.UiFixtures;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cached summaries follow the store: new trials and state changes show up on the next read. */
class SummaryCacheTest {
    @Test
    void followsNewTrialsAndStateChanges() {
        try (StudyStorage storage = Storages.open("mem:ui-cache-" + UUID.randomUUID())) {
            Study study = UiFixtures.study(storage, "cache");
            UiFixtures.fill(storage, study, 4, 2, 3);
            SummaryCache cache = new SummaryCache(storage);
            assertEquals(storage.trialSummaries(study.id()), cache.summaries(study.id()));
            TrialRecord added = UiFixtures.addTrial(storage, study, 4, 2, new Random(1));
            List<TrialSummary> now = cache.summaries(study.id());
            assertEquals(5, now.size());
            assertEquals(added.state(), now.get(4).state());
            assertEquals(storage.trialSummaries(study.id()), now);
            assertEquals(TrialState.COMPLETE, now.get(0).state());
        }
    }
}
