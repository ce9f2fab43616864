package dev.alphabench.cli;

import static dev.alphabench.report.ResultCsv.text;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.Environment;
import dev.alphabench.fork.ForkedCells;
import dev.alphabench.fork.SegmentPlan;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.RunContext;
import dev.alphabench.report.TextTable;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Durations;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.ProfileLoader;
import dev.alphabench.sweep.Progress;
import dev.alphabench.sweep.ResultSink;
import dev.alphabench.sweep.Resume;
import dev.alphabench.sweep.ResumeCheck;
import dev.alphabench.sweep.Shard;
import dev.alphabench.sweep.SweepRunner;
import dev.alphabench.train.Segments;
import dev.alphabench.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", description = {"Train scenarios and write the results CSV (summary + raw).",
        "With --profile, sweep a profile (profiles/NAME.yaml or a path); without, run the chosen scenarios once."})
public final class RunCommand implements Callable<Integer> {
    static final int DEFAULT_FORKS = 1;
    static final String DEFAULT_CELL_TIMEOUT = "4h";

    @Mixin
    CellOptions cellOptions = new CellOptions();

    @Option(names = "--profile", paramLabel = "NAME|PATH",
            description = "Sweep a profile: NAME is profiles/NAME.yaml (smoke, quick, seed, full), or a path to a profile file.")
    String profile;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (round-robin over the cells; merge the CSVs with 'merge').")
    Shard shard;

    @Option(names = "--resume", arity = "0..1", fallbackValue = "", paramLabel = "CSV",
            description = "Continue an interrupted run: skip the cells already in its CSV (default: the newest run of this profile and shard in the output directory).")
    String resume;

    @Option(names = "--dry-run", description = "List the cells (after profile, --scenario and --shard) and exit without training.")
    boolean dryRun;

    @Option(names = "--progress-every", defaultValue = "30", paramLabel = "SECONDS",
            description = "Without a terminal: seconds between progress lines inside a long cell. Default: ${DEFAULT-VALUE}.")
    int progressEvery;

    @Option(names = "--forks", paramLabel = "N",
            description = "Run each cell in fresh child JVMs (this JVM's classpath and settings), its repetitions spread over N of them; "
                    + "0 runs every cell in this JVM (tests, debugging). Default: the profile's, else " + DEFAULT_FORKS + ".")
    Integer forks;

    @Option(names = "--cell-timeout", paramLabel = "DURATION",
            description = "Wall-time limit of one cell in child JVMs (e.g. 90m, 4h): past it the child is killed and the cell fails. "
                    + "Default: the profile's, else " + DEFAULT_CELL_TIMEOUT + ".")
    String cellTimeout;

    @Option(names = "--segment-iterations", paramLabel = "N",
            description = "In child JVMs: fit calls one child trains before it saves the cell and a fresh one continues. "
                    + "Default: the profile's, else " + Segments.DEFAULT_ITERATIONS + ".")
    Integer segmentIterations;

    @Option(names = "--segment-memory", paramLabel = "MB",
            description = "In child JVMs: resident memory at which a child ends its segment early. "
                    + "Default: the profile's, else " + Segments.DEFAULT_RESIDENT_MB + ".")
    Integer segmentMemory;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory. Default: results/<target>.")
    Path out;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Settings settings = main.settings();
        CellOptions.Plan plan = cellOptions.plan(profile, new ProfileLoader(settings.profiles()));
        Shard part = shard == null ? Shard.ALL : shard;
        List<Cell> cells = part.select(plan.cells());
        if (progressEvery <= 0) throw new BadInputException("--progress-every must be positive (got " + progressEvery + ")");
        int forkCount = forks != null ? forks : plan.forks() != null ? plan.forks() : DEFAULT_FORKS;
        if (forkCount < 0) throw new BadInputException("--forks must be 0 or more (got " + forkCount + ")");
        if (cellTimeout != null && forkCount == 0) {
            throw new BadInputException("--cell-timeout needs child JVMs to kill: it cannot be combined with --forks 0");
        }
        Duration limit = cellLimit(plan);
        long segmentCalls = positive("--segment-iterations", segmentIterations, plan.segmentIterations(), Segments.DEFAULT_ITERATIONS);
        long segmentMb = positive("--segment-memory", segmentMemory, plan.segmentMemory(), Segments.DEFAULT_RESIDENT_MB);
        if ((segmentIterations != null || segmentMemory != null) && forkCount == 0) {
            throw new BadInputException("--segment-iterations and --segment-memory need child JVMs: they cannot be combined with --forks 0");
        }
        if (dryRun) {
            cells.forEach(c -> System.out.println(c.key() + "  (" + c.label() + ", " + c.repetitions() + " repetitions)"));
            System.out.printf(Locale.ROOT, "%d cell(s)%s, %d fit calls with warm-up, %d combination(s) skipped%n", cells.size(),
                    part.isAll() ? "" : " in shard " + part.index() + "/" + part.count(),
                    cells.stream().mapToLong(Cell::work).sum(), plan.skipped().size());
            return ExitCode.OK;
        }
        BuildInfo build = BuildInfo.load(settings);
        Path dir = OutputDirs.writable(out != null ? out : Path.of("results", build.target()));
        Optional<Resume> previous = findResume(dir, plan.profileName(), part);
        Set<String> done = previous.map(ResumeCheck::done).orElse(Set.of());
        List<Cell> todo = cells.stream().filter(c -> !done.contains(ResumeCheck.key(c))).toList();

        Environment env = Backends.initialise(settings);
        String stamped = forkCount == 0 ? env.settings() : ForkedCells.withMode(env.settings(), forkCount); // as the rows will say
        previous.ifPresent(p -> refuseToMix(p, new ResumeCheck.ThisRun(env.target(), plan.profileName(), part, stamped,
                env.threads()), cells));
        RunContext fresh = RunContext.start(plan.profileName(), "cli", env);
        RunContext ctx = new RunContext(previous.map(Resume::runId).orElse(fresh.runId() + part.suffix()),
                fresh.started(), plan.profileName(), "cli", env);
        ResultSink sink = new ResultSink(previous.map(Resume::summaryFile).orElse(dir.resolve(ctx.runId() + ".csv")));
        previous.ifPresent(r -> sink.preload(r.summaries(), r.raws()));
        sink.flush();
        Thread hook = new Thread(() -> publish(sink, part), "alphabench-publish-latest");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.printf(Locale.ROOT, "alphabench run %s: profile %s, %d cell(s)%s%s; target %s, backend %s (%s), %d threads, %s%n",
                ctx.runId(), plan.profileName(), todo.size(),
                part.isAll() ? "" : " (shard " + part.index() + "/" + part.count() + " of " + plan.cells().size() + ")",
                previous.isPresent() ? ", resuming: " + (cells.size() - todo.size()) + " already done" : "",
                env.target(), env.backend(), env.blas(), env.threads(), env.device());
        System.out.println(forkCount == 0 ? "cells run in this JVM (--forks 0)" : String.format(Locale.ROOT,
                "each cell runs in %s (cell time limit %s)", forkCount == 1 ? "a fresh child JVM" : "up to " + forkCount
                        + " fresh child JVMs", Durations.format(limit)));
        if (!plan.skipped().isEmpty()) {
            System.out.printf(Locale.ROOT, "skipped %d combination(s) that do not apply, e.g. %s%n",
                    plan.skipped().size(), plan.skipped().get(0));
        }
        Path forkDir = dir.resolve(ctx.runId() + "-forks");
        SweepRunner.CellRunner runner = forkCount == 0 ? SweepRunner.inProcess(new Trainer(settings)::train, ctx)
                : new ForkedCells(ctx, settings, forkCount, limit, List.of(), forkDir,
                        new SegmentPlan(SegmentPlan.dirOf(dir, ctx.runId()), segmentCalls, segmentMb));
        List<CellSummary> rows = new SweepRunner(runner, sink, Progress.forConsole(Duration.ofSeconds(progressEvery))).run(todo);
        deleteIfEmpty(forkDir);
        deleteIfEmpty(SegmentPlan.dirOf(dir, ctx.runId())); // what stays is a cell whose child died, for --resume
        Runtime.getRuntime().removeShutdownHook(hook);
        publish(sink, part);
        System.out.print(summaryTable(sink.summaries()).render());
        sink.summaries().stream().filter(r -> !r.generation().isEmpty()).forEach(r -> System.out.println(
                "generation (" + r.cell().key() + "): " + r.generation()));
        System.out.println("wrote " + sink.summaryFile() + " and " + sink.rawFile());
        List<String> failed = rows.stream().filter(r -> !r.ok())
                .map(r -> r.cell().key() + " (" + r.status().id() + ": " + r.error() + ")").toList();
        if (!failed.isEmpty()) {
            System.err.println("alphabench: " + failed.size() + " cell(s) did not complete: " + String.join("; ", failed));
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private static long positive(String option, Integer given, Integer profile, long fallback) {
        if (given != null && given <= 0) {
            throw new BadInputException(option + " must be positive (got " + given + ")");
        }
        return given != null ? given : profile != null ? profile : fallback;
    }

    private Duration cellLimit(CellOptions.Plan plan) {
        if (cellTimeout == null) {
            return plan.cellTimeout() != null ? plan.cellTimeout() : Durations.parse(DEFAULT_CELL_TIMEOUT);
        }
        try {
            return Durations.parse(cellTimeout);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--cell-timeout: " + e.getMessage());
        }
    }

    /** The children's directory keeps only the logs of failed cells. */
    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty: failed cells' logs, named in their rows
        }
    }

    /** A shard's run is one part of a sweep: it does not replace latest.csv (merge the shards instead). */
    private static void publish(ResultSink sink, Shard part) {
        if (part.isAll()) {
            sink.publishLatest();
        }
    }

    private Optional<Resume> findResume(Path dir, String profileName, Shard part) {
        if (resume == null) {
            return Optional.empty();
        }
        Optional<Path> file = resume.isEmpty() ? Resume.latestRun(dir, profileName, part) : Optional.of(Path.of(resume));
        if (file.isEmpty()) {
            System.out.println("alphabench: nothing to resume in " + dir + " for profile " + profileName + "; starting a new run");
            return Optional.empty();
        }
        try {
            return Optional.of(Resume.load(file.get()));
        } catch (RuntimeException e) {
            throw new BadInputException("--resume: " + e.getMessage());
        }
    }

    /** Rows measured another way must not be mixed into one file with this run's. */
    private static void refuseToMix(Resume previous, ResumeCheck.ThisRun run, List<Cell> cells) {
        String problem = ResumeCheck.mismatch(previous, run);
        problem = problem != null ? problem : ResumeCheck.cellMismatch(previous, cells);
        if (problem != null) {
            throw new BadInputException("--resume: " + problem + "; resume it with the same options, or start a new run");
        }
    }

    static TextTable summaryTable(List<CellSummary> rows) {
        TextTable t = new TextTable("scenario", "layout", "w", "units", "batch", "epochs", "reps", "samples/s (median)", "min..max",
                "ms/iter", "train s", "accuracy", "to target", "status");
        for (CellSummary r : rows) {
            t.add(text(r, Column.SCENARIO), text(r, Column.LAYOUT), text(r, Column.WINDOW), text(r, Column.HIDDEN_UNITS),
                    text(r, Column.BATCH_SIZE), text(r, Column.EPOCHS),
                    text(r, Column.REPETITIONS), fmt(r.measures().samplesPerSec(), "%.1f"),
                    fmt(r.measures().samplesPerSecMin(), "%.1f") + ".." + fmt(r.measures().samplesPerSecMax(), "%.1f"),
                    fmt(r.measures().msPerIteration(), "%.3f"), fmt(r.measures().trainSeconds(), "%.2f"),
                    fmt(100 * r.measures().accuracy(), "%.2f%%") + " [" + text(r, Column.ACCURACIES) + "]",
                    Double.isNaN(r.measures().secondsToTarget()) ? "not reached" : fmt(r.measures().secondsToTarget(), "%.2fs"),
                    r.status().id());
        }
        return t;
    }

    private static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }
}
