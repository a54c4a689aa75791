package io.nas4j.searchspace.shape;

/** Thrown when an architecture cannot be built for the study's input; the message says why. */
public final class InfeasibleArchitectureException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its reason. */
    public InfeasibleArchitectureException(String reason) {
        super(reason);
    }
}
