package io.nas4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of nas4j and the libraries it runs on, recorded as provenance with every study. */
public final class Versions {
    private static final Map<String, String> VERSIONS = load();

    private Versions() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/nas4j-versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions are informative only
        }
        m.put("nas4j", p.getProperty("nas4j", "dev"));
        m.put("java", System.getProperty("java.version"));
        m.put("djl", p.getProperty("djl", "?"));
        m.put("engine", "MXNet " + p.getProperty("mxnet", "?"));
        m.put("jenetics", p.getProperty("jenetics", "?"));
        m.put("h2", p.getProperty("h2", "?"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    /** nas4j's own version. */
    public static String nas4j() {
        return VERSIONS.get("nas4j");
    }

    /** Provenance recorded with a study: versions of nas4j, Java, DJL and the engine. */
    public static Map<String, String> provenance() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nas4j.version", VERSIONS.get("nas4j"));
        m.put("java.version", VERSIONS.get("java"));
        m.put("djl.version", VERSIONS.get("djl"));
        m.put("engine", VERSIONS.get("engine"));
        m.put("jenetics.version", VERSIONS.get("jenetics"));
        m.put("h2.version", VERSIONS.get("h2"));
        m.put("os", VERSIONS.get("os"));
        return m;
    }

    /** All versions by component. */
    public static Map<String, String> all() {
        return VERSIONS;
    }
}
