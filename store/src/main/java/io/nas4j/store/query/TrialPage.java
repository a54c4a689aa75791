package io.nas4j.store.query;

import io.nas4j.searchspace.trial.TrialRecord;
import java.util.List;

/**
 * One page of a trial query.
 *
 * @param trials the trials on this page, in query order
 * @param total how many trials match the query in all
 * @param offset the query's offset
 * @param limit the query's page size
 */
public record TrialPage(List<TrialRecord> trials, long total, int offset, int limit) {
    /** Copies. */
    public TrialPage {
        trials = List.copyOf(trials);
    }

    /** Whether more trials follow this page. */
    public boolean hasMore() {
        return offset + trials.size() < total;
    }
}
