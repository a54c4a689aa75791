package io.nas4j.cli;

/**
 * Bad input from the user (a spec, an option, a study name): the command prints the message as
 * one line and exits with code 2, having written nothing.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the one-line message shown to the user. */
    public UsageException(String message) {
        super(message);
    }

    /** Creates the exception with the one-line message and its cause (kept for --debug). */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
