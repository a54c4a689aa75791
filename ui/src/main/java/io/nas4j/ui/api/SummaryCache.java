package io.nas4j.ui.api;

import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.TrialSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trial summaries of each study, read once and then kept current incrementally: each request
 * asks the store only for the trials changed since the previous one
 * ({@link StudyStorage#trialsChangedSince}), so study-wide charts of 10,000+ trials cost one
 * small indexed query once the first read is done.
 */
final class SummaryCache {
    private final StudyStorage storage;
    private final Map<Long, Entry> studies = new HashMap<>();

    SummaryCache(StudyStorage storage) {
        this.storage = storage;
    }

    private static final class Entry {
        final List<TrialSummary> byNumber = new ArrayList<>();
        long cursor;
    }

    /** The study's trial summaries by number, current as of this call. */
    List<TrialSummary> summaries(long studyId) {
        Entry e;
        synchronized (studies) {
            e = studies.computeIfAbsent(studyId, k -> new Entry());
        }
        synchronized (e) {
            long now = System.currentTimeMillis();
            if (e.cursor == 0) {
                e.byNumber.addAll(storage.trialSummaries(studyId));
            } else {
                List<TrialRecord> changed = storage.trialsChangedSince(studyId,
                        Instant.ofEpochMilli(e.cursor - LiveUpdates.SLACK_MILLIS));
                for (TrialRecord t : changed) {
                    TrialSummary s = summary(t);
                    if (t.number() < e.byNumber.size() && e.byNumber.get(t.number()).number() == t.number()) {
                        e.byNumber.set(t.number(), s);
                    } else {
                        replaceOrInsert(e.byNumber, s);
                    }
                }
            }
            e.cursor = now;
            return List.copyOf(e.byNumber);
        }
    }

    /** Forgets a study (when it is not found any more). */
    void forget(long studyId) {
        synchronized (studies) {
            studies.remove(studyId);
        }
    }

    private static void replaceOrInsert(List<TrialSummary> list, TrialSummary s) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).number() < s.number()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < list.size() && list.get(lo).number() == s.number()) {
            list.set(lo, s);
        } else {
            list.add(lo, s);
        }
    }

    static TrialSummary summary(TrialRecord t) {
        return new TrialSummary(t.number(), t.state(), t.values(), t.paramCount(), t.flops(), t.lineage().generation(),
                t.lineage().parents(), t.lineage().operator(), t.startedAt(), t.finishedAt());
    }
}
