package io.nas4j.searchspace.arch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hidden block of an architecture. Implementations are immutable records that validate
 * their parameters; {@link #parameters()} gives the canonical parameter map used in JSON.
 */
public sealed interface Layer permits Dense, Conv2d, Pool, Dropout, BatchNorm, Flatten, Recurrent,
        Cell {

    /** The block's type. */
    LayerType type();

    /** Parameter values by canonical name, in canonical order (no {@code type} key). */
    Map<String, Object> parameters();

    /** The JSON form: {@code type} followed by the parameters. */
    default Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type().word());
        m.putAll(parameters());
        return m;
    }

    /** A short form such as {@code dense(64,relu)} or {@code dropout(0.25)}. */
    default String describe() {
        if (parameters().isEmpty()) {
            return type().word();
        }
        StringBuilder sb = new StringBuilder(type().word()).append('(');
        boolean first = true;
        for (Object v : parameters().values()) {
            if (!first) {
                sb.append(',');
            }
            sb.append(v);
            first = false;
        }
        return sb.append(')').toString();
    }
}
