package io.nas4j.store;

import java.util.Objects;

/** Another run holds the study's {@link RunLease} and renewed it recently. */
public class StudyBusyException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final transient RunLease lease;

    /** For the lease that is in the way. */
    public StudyBusyException(String message, RunLease lease) {
        super(message);
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    /** The lease held by the other run. */
    public RunLease lease() {
        return lease;
    }
}
