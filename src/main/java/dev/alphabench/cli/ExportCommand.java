package dev.alphabench.cli;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.ResultFormat;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.export.ExportFormat;
import dev.alphabench.report.export.ExportInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write a run's results as JSON for a CI benchmark tracker: github-action-benchmark (customBiggerIsBetter) or Bencher (BMF).",
        "Exit 0 written, 1 no ok cell to export, 2 unusable input (unknown format, unreadable file, a JMH run)."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "github-action-benchmark or bencher.")
    ExportFormat format;

    @Parameters(index = "0", paramLabel = "RUN.csv", description = "A run's summary CSV, e.g. results/cpu/latest.csv "
            + "(its -raw.csv beside it adds the ms-per-iteration bounds).")
    Path run;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON. Default: standard output.")
    Path out;

    @Override
    public Integer call() {
        if (out != null) {
            OutputDirs.writable(out.toAbsolutePath().getParent());
        }
        List<CellSummary> skipped = new ArrayList<>();
        RunResults results = ExportInput.read(run, skipped);
        skipped.forEach(c -> System.err.println("alphabench export: skipped " + c.cell().label() + " (" + c.status().id() + ")"));
        if (results.summaries().isEmpty()) {
            System.err.println("alphabench export: " + run + " has no ok cell; nothing written");
            return ExitCode.FAILED;
        }
        String json = format.render(results);
        if (out == null) {
            System.out.print(json);
            System.out.flush();
            return ExitCode.OK;
        }
        write(json);
        System.err.println("alphabench export: wrote " + results.summaries().size() + " cell(s) to " + out);
        return ExitCode.OK;
    }

    private void write(String json) {
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "." + out.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Picks the format by name through the writer seam; an unknown name is the usual one-line parameter error. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ResultFormat.byName(ExportFormat.class, value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
