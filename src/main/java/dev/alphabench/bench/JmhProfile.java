package dev.alphabench.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JMH parameter set as data: {@code profiles/jmh-NAME.yaml}. Unset keys keep the benchmark's
 * annotation defaults; JMH options given on the command line override the file key by key.
 *
 * @param params JMH @Param values by parameter name (see {@link BenchCell#PARAMS})
 */
public record JmhProfile(
        String name,
        String description,
        Integer forks,
        @JsonProperty("warmup-iterations") Integer warmupIterations,
        @JsonProperty("measurement-iterations") Integer measurementIterations,
        Map<String, List<String>> params) {

    /** No file: the annotations' defaults (every tutorial scenario, real forks and iterations). */
    public static final JmhProfile DEFAULT = new JmhProfile("jmh-default", "annotation defaults", null, null, null, Map.of());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    /**
     * NAME (profiles/jmh-NAME.yaml, or profiles/NAME.yaml when NAME already starts with jmh-) or a
     * path to a file. IllegalArgumentException with one clear line when missing or malformed.
     */
    public static JmhProfile load(Path dir, String nameOrPath) {
        String base = nameOrPath.startsWith("jmh-") ? nameOrPath : "jmh-" + nameOrPath;
        Path file = dir.resolve(base + ".yaml");
        if (!Files.isRegularFile(file)) {
            file = Path.of(nameOrPath);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("unknown JMH profile '" + nameOrPath + "' (no " + dir.resolve(base + ".yaml")
                    + "; available: " + available(dir) + ")");
        }
        try {
            JmhProfile p = YAML.readValue(file.toFile(), JmhProfile.class);
            if (p == null) {
                throw new IllegalArgumentException("JMH profile " + file + " is empty");
            }
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            return new JmhProfile(name, p.description(), p.forks(), p.warmupIterations(), p.measurementIterations(),
                    p.params() == null ? Map.of() : p.params()).validated(file);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("JMH profile " + file + " is not valid: " + msg);
        }
    }

    private JmhProfile validated(Path file) {
        for (String key : params.keySet()) {
            if (!BenchCell.PARAMS.contains(key)) {
                throw new IllegalArgumentException("JMH profile " + file + ": unknown parameter '" + key
                        + "' (valid: " + String.join(", ", BenchCell.PARAMS) + ")");
            }
        }
        positive(file, "forks", forks, 0);
        positive(file, "warmup-iterations", warmupIterations, 0);
        positive(file, "measurement-iterations", measurementIterations, 1);
        return this;
    }

    private static void positive(Path file, String key, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException("JMH profile " + file + ": " + key + " must be at least " + min
                    + " (got " + value + ")");
        }
    }

    private static String available(Path dir) {
        try (var files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("jmh-") && n.endsWith(".yaml"))
                    .map(n -> n.substring(4, n.length() - 5)).sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (" + dir + " not readable)";
        }
    }
}
