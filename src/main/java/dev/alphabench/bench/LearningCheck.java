package dev.alphabench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.Trainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What one JMH trial (one fork) learned, checked after measurement and written as a small JSON file
 * into the directory named by {@code -D}{@value Settings#JMH_CHECKS}; the converter joins it to JMH's result by the
 * parameter values and turns a failed check into {@code status=invalid}.
 *
 * @param backend  the ND4J backend the forked JVM loaded
 * @param settings the performance-relevant settings of the forked JVM that measured
 */
public record LearningCheck(Map<String, String> params, int epochs, double initialLoss, double finalLoss,
                            double accuracy, String problem, String backend, String settings) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static LearningCheck of(List<String> paramValues, int epochs, double initialLoss, double finalLoss, double accuracy,
                            String settings) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < BenchCell.PARAMS.size(); i++) {
            params.put(BenchCell.PARAMS.get(i), paramValues.get(i));
        }
        String problem = Trainer.validate(initialLoss, finalLoss);
        String backend = String.valueOf(Nd4j.getExecutioner().getEnvironmentInformation()
                .getOrDefault("backend", Nd4j.getBackend().getClass().getSimpleName()));
        return new LearningCheck(params, epochs, initialLoss, finalLoss, accuracy, problem, backend, forkSettings(settings));
    }

    /** The fork's settings without what differs on every run (the checks directory, JMH's temp files). */
    static String forkSettings(String settings) {
        return Arrays.stream(settings.split(" "))
                .filter(a -> !a.startsWith("-D" + Settings.JMH_CHECKS) && !a.startsWith("-XX:CompileCommandFile="))
                .collect(Collectors.joining(" "));
    }

    /** Writes this check when the run asked for it (the bench command does); a plain JMH run only prints. */
    void record(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Path file = Files.createTempFile(Files.createDirectories(dir), "check-", ".json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the learning check in " + dir, e);
        }
    }

    /** Every check recorded in {@code dir}; none when the directory does not exist. */
    public static List<LearningCheck> readAll(Path dir) {
        List<LearningCheck> checks = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return checks;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                checks.add(JSON.readValue(f.toFile(), LearningCheck.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read learning checks in " + dir + ": " + e.getMessage(), e);
        }
        return checks;
    }
}
