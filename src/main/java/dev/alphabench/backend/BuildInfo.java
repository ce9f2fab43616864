package dev.alphabench.backend;

import dev.alphabench.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * What the Maven profile baked into this build: the hardware target, the backend it expects, and
 * for CUDA builds where the CUDA runtime comes from ("bundled" or "system") and whether cuDNN is on;
 * for CPU builds the native binary level the profile bundles (generic, avx2, avx512).
 */
public record BuildInfo(String target, String expectedBackend, String dl4jVersion, String version,
                        String cudaRuntime, boolean cudnn, String cpuLevel) {

    /** The build's info; {@link Settings#target()} renames the target when set. */
    public static BuildInfo load(Settings settings) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/alphabench-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String target = settings.target() != null ? settings.target() : clean(p.getProperty("target"), "cpu");
        return new BuildInfo(target,
                clean(p.getProperty("expected.backend"), "CPU"),
                clean(p.getProperty("dl4j.version"), "unknown"),
                clean(p.getProperty("version"), "unknown"),
                clean(p.getProperty("cuda.runtime"), ""),
                Boolean.parseBoolean(clean(p.getProperty("cudnn"), "false")),
                clean(p.getProperty("cpu.level"), ""));
    }

    public boolean expectsCuda() {
        return "CUDA".equals(expectedBackend.toUpperCase(Locale.ROOT));
    }

    /** A cuda-system build: CUDA 11.6 must be installed on the machine. */
    public boolean systemCuda() {
        return expectsCuda() && "system".equals(cudaRuntime);
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
