package io.nas4j.cli.command;

import io.nas4j.searchspace.shape.ModelIO;
import io.nas4j.searchspace.shape.Shape;
import io.nas4j.searchspace.spec.Task;
import io.nas4j.store.Study;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The data's input shape and output head, recorded in a study's provenance when it is created. */
final class StudyIO {
    static final String INPUT = "io.input_shape";
    static final String TASK = "io.task";
    static final String CLASSES = "io.classes";

    private StudyIO() {
    }

    static Map<String, String> entries(ModelIO io) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(INPUT, Arrays.stream(io.input().dims()).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        m.put(TASK, io.task().word());
        m.put(CLASSES, Integer.toString(io.classes()));
        return m;
    }

    static Optional<ModelIO> of(Study study) {
        Map<String, String> p = study.provenance();
        if (!p.containsKey(INPUT) || !p.containsKey(TASK) || !p.containsKey(CLASSES)) {
            return Optional.empty();
        }
        try {
            int[] dims = Arrays.stream(p.get(INPUT).split(",")).mapToInt(Integer::parseInt).toArray();
            return Optional.of(new ModelIO(new Shape(dims), Task.fromWord(p.get(TASK)), Integer.parseInt(p.get(CLASSES))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
