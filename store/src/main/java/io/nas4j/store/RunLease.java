package io.nas4j.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The right to propose a study's trials, held by one {@code nas4j run} at a time (whatever the
 * number of its workers), so that two runs on one database server do not both fill the queue.
 *
 * @param studyId the study
 * @param holder who holds it, {@code pid@host}
 * @param acquiredAt when it was taken
 * @param renewedAt the holder's last sign of life
 */
public record RunLease(long studyId, String holder, Instant acquiredAt, Instant renewedAt) {
    /** Checks for nulls and blanks. */
    public RunLease {
        Objects.requireNonNull(holder, "holder");
        if (holder.isBlank()) {
            throw new IllegalArgumentException("holder must not be blank");
        }
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(renewedAt, "renewedAt");
    }

    /** How long the holder has not renewed the lease at {@code now} (zero if the clocks disagree). */
    public Duration silentFor(Instant now) {
        Duration d = Duration.between(renewedAt, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Whether the holder's last renewal is older than {@code staleAfter} at {@code now}. */
    public boolean staleAt(Instant now, Duration staleAfter) {
        return silentFor(now).compareTo(staleAfter) > 0;
    }
}
