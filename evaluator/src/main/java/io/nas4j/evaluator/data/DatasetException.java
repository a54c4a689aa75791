package io.nas4j.evaluator.data;

/**
 * A dataset cannot be read, fetched or verified. The message names the file (and line, where there
 * is one) and the problem, so it can be shown to the user as is.
 */
public class DatasetException extends RuntimeException {

    /** An error with a self-contained message. */
    public DatasetException(String message) {
        super(message);
    }

    /** An error caused by {@code cause}. */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
