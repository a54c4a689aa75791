package io.nas4j.searchspace.spec;

/**
 * A spec file that cannot be used. The message is one line naming the file, the field and
 * what is wrong, e.g. {@code iris.yaml: architecture.blocks[0].units: min 64 is greater than max 8}.
 */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String field;
    private final String problem;

    /** Creates the exception. */
    public SpecException(String source, String field, String problem) {
        super(source + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem);
        this.source = source;
        this.field = field;
        this.problem = problem;
    }

    /** The file (or other source) read. */
    public String source() {
        return source;
    }

    /** The field path such as {@code architecture.blocks[1].type}, or empty for the whole file. */
    public String field() {
        return field;
    }

    /** What is wrong. */
    public String problem() {
        return problem;
    }
}
