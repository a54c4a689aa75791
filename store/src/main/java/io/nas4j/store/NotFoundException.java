package io.nas4j.store;

/** A study or trial that an operation names does not exist. */
public class NotFoundException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** With a message naming what is missing. */
    public NotFoundException(String message) {
        super(message);
    }
}
