package io.nas4j.searchspace.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a study learns: the task decides the output head, the loss and the default objective. */
public enum Task {
    /** Multiclass classification: softmax output, cross-entropy loss, accuracy. */
    CLASSIFICATION,
    /** Regression of one real target: linear output, squared loss, RMSE/MAE. */
    REGRESSION;

    /** The spelling used in spec files. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the spec spelling, naming the accepted words when it is unknown. */
    @JsonCreator
    public static Task fromWord(String word) {
        for (Task t : values()) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + word + "' (expected one of "
                + Arrays.stream(values()).map(Task::word).collect(Collectors.joining(", ")) + ")");
    }
}
