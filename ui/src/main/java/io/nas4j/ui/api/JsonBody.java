package io.nas4j.ui.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/**
 * Writes API answers as JSON. Non-finite numbers (NaN for a missing value) become {@code null}, so
 * every answer is valid JSON for a browser's {@code JSON.parse}.
 */
public final class JsonBody {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new FiniteDouble()).addSerializer(double.class, new FiniteDouble()));

    private JsonBody() {
    }

    /** Answers {@code value} as JSON with status 200. */
    public static void ok(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(write(value));
    }

    /** Answers {@code {"status":S,"error":"message"}} with status {@code status}. */
    public static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(write(Map.of("status", status, "error", message == null ? "" : message)));
    }

    /** The JSON text of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static final class FiniteDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value == null || value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
