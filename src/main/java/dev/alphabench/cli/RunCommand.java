package dev.alphabench.cli;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.Environment;
import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import dev.alphabench.report.RowFactory;
import dev.alphabench.report.RunContext;
import dev.alphabench.report.TextTable;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.ResultSink;
import dev.alphabench.sweep.SweepRunner;
import dev.alphabench.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", description = "Train scenarios and write the results CSV (summary + raw).")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--scenario", split = ",", paramLabel = "ID",
            description = "Scenario ids, comma-separated (see 'list'). Default: all six.")
    List<String> scenarioIds = new ArrayList<>();

    @Option(names = "--epochs", description = "Override the scenario's epochs.")
    Integer epochs;

    @Option(names = "--batch-size", description = "Override the scenario's batch size.")
    Integer batchSize;

    @Option(names = "--layout", description = "Override the layout: time-steps, features, masked.")
    String layout;

    @Option(names = "--window", description = "Override the window (variable-length: maximum length).")
    Integer window;

    @Option(names = "--hidden-units", description = "Override the LSTM units.")
    Integer hiddenUnits;

    @Option(names = "--sequences", description = "Override the number of variable-length sequences.")
    Integer sequences;

    @Option(names = "--seed", defaultValue = "1", description = "First seed; repetition i uses seed + i. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--repetitions", defaultValue = "1", description = "Trainings per cell. Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(names = "--warmup", defaultValue = "50",
            description = "Warm-up fit calls on a throw-away network, excluded from timing. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory. Default: results/<target>.")
    Path out;

    @Override
    public Integer call() {
        List<Cell> cells = cells();
        BuildInfo build = BuildInfo.load();
        Path dir = OutputDirs.writable(out != null ? out : Path.of("results", build.target()));
        Environment env = Backends.initialise();
        RunContext ctx = RunContext.start("adhoc", "cli", env);
        ResultSink sink = new ResultSink(dir.resolve(ctx.runId() + ".csv"));
        Thread hook = new Thread(sink::publishLatest, "alphabench-publish-latest");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.printf(Locale.ROOT, "alphabench run %s: target %s, backend %s (%s), %d threads, %s%n",
                ctx.runId(), env.target(), env.backend(), env.blas(), env.threads(), env.device());
        List<Row> rows = new SweepRunner(new Trainer(), ctx, sink, new LineProgress()).run(cells);
        Runtime.getRuntime().removeShutdownHook(hook);
        sink.publishLatest();
        System.out.print(summaryTable(rows).render());
        System.out.println("wrote " + sink.summaryFile() + " and " + sink.rawFile());
        List<String> failed = rows.stream().filter(r -> !RowFactory.OK.equals(r.get(Column.STATUS)))
                .map(r -> r.get(Column.SCENARIO) + " (" + r.get(Column.STATUS) + ": " + r.get(Column.ERROR) + ")").toList();
        if (!failed.isEmpty()) {
            System.err.println("alphabench: " + failed.size() + " cell(s) did not complete: " + String.join("; ", failed));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    /** Validates every option and builds the cells; throws BadInputException before anything runs. */
    List<Cell> cells() {
        if (repetitions <= 0) throw new BadInputException("--repetitions must be positive (got " + repetitions + ")");
        if (warmup < 0) throw new BadInputException("--warmup must be zero or positive (got " + warmup + ")");
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positive("--window", window);
        positive("--hidden-units", hiddenUnits);
        positive("--sequences", sequences);
        List<Scenario> base = new ArrayList<>();
        if (scenarioIds.isEmpty()) {
            base.addAll(Scenarios.all());
        }
        for (String id : scenarioIds) {
            base.add(Scenarios.find(id).orElseThrow(() -> new BadInputException(
                    "unknown scenario '" + id + "' (valid: " + Scenarios.ids() + ")")));
        }
        List<Cell> cells = new ArrayList<>();
        for (Scenario s : base) {
            Scenario cell = override(s);
            String problem = cell.problem();
            if (problem != null) {
                throw new BadInputException(problem);
            }
            cells.add(new Cell(cell, seed, repetitions, warmup));
        }
        return cells;
    }

    private Scenario override(Scenario s) {
        Scenario c = s;
        if (epochs != null) c = c.withEpochs(epochs);
        if (batchSize != null) c = c.withBatchSize(batchSize);
        if (window != null) c = c.withWindow(window);
        if (hiddenUnits != null) c = c.withHiddenUnits(hiddenUnits);
        if (sequences != null) {
            if (!c.variableLength()) {
                throw new BadInputException("--sequences applies to variable-length only, not to " + s.id());
            }
            c = c.withSequences(sequences);
        }
        if (layout != null) {
            try {
                c = c.withLayout(Layout.parse(layout));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return c;
    }

    private static void positive(String option, Integer value) {
        if (value != null && value <= 0) {
            throw new BadInputException(option + " must be positive (got " + value + ")");
        }
    }

    static TextTable summaryTable(List<Row> rows) {
        TextTable t = new TextTable("scenario", "layout", "batch", "epochs", "reps", "samples/s (median)", "min..max",
                "ms/iter", "train s", "accuracy", "to target", "status");
        for (Row r : rows) {
            t.add(r.get(Column.SCENARIO), r.get(Column.LAYOUT), r.get(Column.BATCH_SIZE), r.get(Column.EPOCHS),
                    r.get(Column.REPETITIONS), fmt(r.number(Column.SAMPLES_PER_SEC), "%.1f"),
                    fmt(r.number(Column.SAMPLES_PER_SEC_MIN), "%.1f") + ".." + fmt(r.number(Column.SAMPLES_PER_SEC_MAX), "%.1f"),
                    fmt(r.number(Column.MS_PER_ITERATION), "%.3f"), fmt(r.number(Column.TRAIN_SECONDS), "%.2f"),
                    fmt(100 * r.number(Column.ACCURACY), "%.2f%%") + " [" + r.get(Column.ACCURACIES) + "]",
                    r.get(Column.SECONDS_TO_TARGET).isEmpty() ? "not reached" : fmt(r.number(Column.SECONDS_TO_TARGET), "%.2fs"),
                    r.get(Column.STATUS));
            if (!r.get(Column.GENERATION).isEmpty()) {
                t.add("  generation: " + r.get(Column.GENERATION));
            }
        }
        return t;
    }

    private static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }
}
