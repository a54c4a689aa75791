package io.nas4j.cli;

/** Exit codes of the command line. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected error (a bug or an environment problem); the message says which. */
    public static final int ERROR = 1;
    /** Bad input: a spec, an option, a name. Nothing was written. */
    public static final int USAGE = 2;
    /** Interrupted by Ctrl-C; running trials were put back and the database closed. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
