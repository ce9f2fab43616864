package dev.alphabench.report.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.report.ResultFormat;
import dev.alphabench.report.RunResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A run's results as the JSON a CI benchmark tracker reads, chosen by name
 * ({@code github-action-benchmark}, {@code bencher}); {@link #write} writes {@code base.json}.
 * Only ok cells are exported; {@link ExportInput#read} refuses a JMH run, whose own JSON the trackers read.
 */
public enum ExportFormat implements ResultFormat<RunResults> {
    /** github-action-benchmark's {@code customBiggerIsBetter}: a list of {name, unit, value, range, extra}, throughput per cell. */
    GITHUB_ACTION_BENCHMARK(GithubActionBenchmark::json),
    /** Bencher Metric Format: {benchmark: {measure: {value, lower_value, upper_value}}}, three measures per cell. */
    BENCHER(BencherMetricFormat::json);

    static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private final Function<RunResults, JsonNode> json;

    ExportFormat(Function<RunResults, JsonNode> json) {
        this.json = json;
    }

    /** The JSON text, two-space indented, ending with a newline. */
    public String render(RunResults results) {
        try {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
            return JSON.writer(pretty)
                    .writeValueAsString(json.apply(results)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Path> write(RunResults results, Path base) {
        Path file = base.resolveSibling(base.getFileName() + ".json");
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, render(results), StandardCharsets.UTF_8);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return List.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
