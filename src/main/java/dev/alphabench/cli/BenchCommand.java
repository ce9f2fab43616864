package dev.alphabench.cli;

import static dev.alphabench.report.ResultCsv.text;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.Environment;
import dev.alphabench.bench.BenchPlan;
import dev.alphabench.bench.JmhProfile;
import dev.alphabench.bench.JmhResults;
import dev.alphabench.bench.LearningCheck;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.RunContext;
import dev.alphabench.report.RunFormat;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.TextTable;
import dev.alphabench.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

@Command(name = "bench",
        description = {"Run the JMH benchmarks: one training epoch per operation, through the same Trainer as 'run'.",
                "Writes results/<target>/<run-id>-jmh.csv in the common schema (source=jmh) and JMH's JSON beside it.",
                "Every other argument is a JMH option, e.g. -f 2 -i 30 -p batchSize=1,5 -p hiddenUnits=32,128 ('bench -h': JMH's list)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "JMH parameter set: profiles/jmh-NAME.yaml (smoke, quick) or a file. "
                    + "Default: the benchmark's annotations (all six scenarios, 2 forks, 10+30 epochs).")
    String profile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory. Default: results/<target>.")
    Path out;

    @Option(names = "--help", usageHelp = true, description = "Show this help ('bench -h' shows JMH's options).")
    boolean help;

    @Unmatched
    List<String> jmhArgs = new ArrayList<>();

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        Settings settings = main.settings();
        CommandLineOptions jmh = badInput(() -> BenchPlan.parseJmh(jmhArgs));
        if (jmh.shouldHelp()) {
            jmh.showHelp();
            return ExitCode.OK;
        }
        if (jmh.shouldList() || jmh.shouldListWithParams()) {
            Runner runner = new Runner(jmh);
            if (jmh.shouldListWithParams()) runner.listWithParams(jmh); else runner.list();
            return ExitCode.OK;
        }
        JmhProfile p = profile == null ? JmhProfile.DEFAULT : badInput(() -> JmhProfile.load(settings.profiles(), profile));
        Path dir = OutputDirs.writable(out != null ? out : Path.of("results", BuildInfo.load(settings).target()));
        badInput(() -> BenchPlan.of(p, jmhArgs, dir.resolve("unused.json"), dir)); // all input checked before ND4J starts
        Environment env = Backends.initialise(settings);
        RunContext ctx = RunContext.start(p.name(), "jmh", env);
        Path json = dir.resolve(ctx.runId() + "-jmh.json");
        Path checks = dir.resolve(ctx.runId() + "-jmh-checks");
        BenchPlan plan = BenchPlan.of(p, jmhArgs, json, checks);
        System.out.printf(Locale.ROOT, "alphabench bench %s: profile %s, target %s, backend %s (%s), %d cell(s) x %d fork(s)%n",
                ctx.runId(), p.name(), env.target(), env.backend(), env.blas(), plan.cells().size(), plan.forks());
        try {
            new Runner(plan.options()).run();
        } catch (RunnerException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (msg.startsWith("No benchmarks to run") || msg.startsWith("No matching benchmarks")) {
                throw new BadInputException("JMH: " + msg);
            }
            // e.g. a forked JVM that cannot start: JMH's message holds the whole classpath
            System.err.println("alphabench: JMH run failed: " + (msg.length() > 240 ? msg.substring(0, 240) + "..." : msg));
        }
        List<CellSummary> rows;
        try {
            rows = JmhResults.convert(json, LearningCheck.readAll(checks), ctx, plan.cells(), plan.forks());
        } catch (JmhResults.NoResultsException e) {
            System.err.println("alphabench: " + e.getMessage());
            return ExitCode.FAILED;
        } finally {
            deleteTree(checks);
        }
        Path csv = dir.resolve(ctx.runId() + "-jmh.csv");
        RunFormat.CSV.write(RunResults.summariesOnly(rows), RunFormat.baseOf(csv));
        RunFormat.CSV.write(RunResults.summariesOnly(rows), dir.resolve("latest-jmh"));
        System.out.print(table(rows).render());
        System.out.println("wrote " + csv + " (JMH JSON: " + json.getFileName() + ")");
        List<String> bad = rows.stream().filter(r -> !r.ok())
                .map(r -> r.cell().scenario() + " (" + r.status().id() + ": " + r.error() + ")").toList();
        if (!bad.isEmpty()) {
            System.err.println("alphabench: " + bad.size() + " cell(s) not ok: " + String.join("; ", bad));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    static TextTable table(List<CellSummary> rows) {
        TextTable t = new TextTable("scenario", "layout", "window", "units", "batch", "forks", "samples/s", "± (99.9%)",
                "ms/iter", "accuracy", "loss", "status");
        for (CellSummary r : rows) {
            t.add(text(r, Column.SCENARIO), text(r, Column.LAYOUT), text(r, Column.WINDOW), text(r, Column.HIDDEN_UNITS),
                    text(r, Column.BATCH_SIZE), text(r, Column.REPETITIONS), fmt(r.measures().samplesPerSec(), "%.1f"),
                    fmt(r.measures().scoreError(), "%.1f"), fmt(r.measures().msPerIteration(), "%.3f"),
                    fmt(100 * r.measures().accuracy(), "%.1f%%"),
                    fmt(r.measures().initialLoss(), "%.3f") + "->" + fmt(r.measures().finalLoss(), "%.3f"),
                    r.status().id());
        }
        return t;
    }

    private static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }

    private static <T> T badInput(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
