package dev.alphabench.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the Maven profile baked into this build: the hardware target and the backend it expects. */
public record BuildInfo(String target, String expectedBackend, String dl4jVersion, String version) {

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/alphabench-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String target = System.getProperty("alphabench.target", clean(p.getProperty("target"), "cpu"));
        return new BuildInfo(target,
                clean(p.getProperty("expected.backend"), "CPU"),
                clean(p.getProperty("dl4j.version"), "unknown"),
                clean(p.getProperty("version"), "unknown"));
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
