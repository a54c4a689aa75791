package io.nas4j.searchspace.arch;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A chain of hidden blocks. The input comes from the dataset and the output head from the task,
 * so neither is part of the architecture.
 *
 * @param layers hidden blocks in order (may be empty: a linear model)
 */
public record Architecture(List<Layer> layers) {
    /** Copies the list. */
    public Architecture {
        layers = List.copyOf(layers);
    }

    /** The JSON form: a list of layer maps. */
    public List<Map<String, Object>> toList() {
        return layers.stream().map(Layer::toMap).toList();
    }

    /** Reads the JSON form. */
    public static Architecture fromList(List<? extends Map<String, ?>> list) {
        return new Architecture(list.stream().<Layer>map(Layers::fromMap).toList());
    }

    /** A one-line form such as {@code dense(64,relu) > dropout(0.2)}. */
    public String describe() {
        return layers.isEmpty() ? "(no hidden blocks)"
                : layers.stream().map(Layer::describe).collect(Collectors.joining(" > "));
    }
}
