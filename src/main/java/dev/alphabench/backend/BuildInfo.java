package dev.alphabench.backend;

import dev.alphabench.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the Maven profile baked into this build: its target's registry entry ({@code spec}: backend,
 * binary, CUDA runtime, cuDNN) and the name results are recorded under ({@code target}: the entry's
 * id unless {@link Settings#target()} relabels it, e.g. to tell two thread settings apart).
 */
public record BuildInfo(String target, Target spec, String dl4jVersion, String version) {

    public static BuildInfo load(Settings settings) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/alphabench-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Target spec = Targets.get(clean(p.getProperty("target"), "cpu"));
        return new BuildInfo(settings.target() != null ? settings.target() : spec.id(), spec,
                clean(p.getProperty("dl4j.version"), "unknown"),
                clean(p.getProperty("version"), "unknown"));
    }

    /** The record a build of the given target would carry (version "test"). */
    public static BuildInfo of(String targetId, String dl4jVersion) {
        return new BuildInfo(targetId, Targets.get(targetId), dl4jVersion, "test");
    }

    public String expectedBackend() {
        return spec.backend();
    }

    public boolean expectsCuda() {
        return spec.gpu();
    }

    /** A cuda-system build: the CUDA runtime must be installed on the machine. */
    public boolean systemCuda() {
        return spec.systemCuda();
    }

    public boolean cudnn() {
        return spec.cudnn();
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
