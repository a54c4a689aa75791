package io.nas4j.store;

/** A study with the requested name already exists. */
public class StudyExistsException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final String studyName;

    /** For the study called {@code studyName}. */
    public StudyExistsException(String studyName) {
        super("a study named '" + studyName + "' already exists (continue it, or choose another name)");
        this.studyName = studyName;
    }

    /** The name that is taken. */
    public String studyName() {
        return studyName;
    }
}
