package io.nas4j.store;

/**
 * A worker wrote to a trial it no longer owns: the trial was requeued and claimed by another
 * worker, or it is no longer RUNNING. The worker should drop the trial and claim another.
 */
public class LeaseLostException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the trial, the worker and the current owner or state. */
    public LeaseLostException(String message) {
        super(message);
    }
}
