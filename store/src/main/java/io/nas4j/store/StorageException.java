package io.nas4j.store;

/**
 * A store operation failed. The message names the database and the problem in words a user can
 * act on; the JDBC cause, if any, is kept for logs.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message only. */
    public StorageException(String message) {
        super(message);
    }

    /** A failure caused by {@code cause} (usually a {@link java.sql.SQLException}). */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
