package dev.alphabench.ab;

import dev.alphabench.fork.ChildExit;
import dev.alphabench.fork.JvmLauncher;
import dev.alphabench.regress.Metric;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One cell of a profile on one side, in a fresh JVM of that side's build: {@code run --profile FILE
 * --shard K/N --forks 0} with N the profile's cell count, so shard K is exactly cell K. The child's
 * rows come back through its result CSV (whose columns every version reads); each repetition's
 * throughput, by the chosen metric, is one of the trial's samples.
 */
public final class CellRuns implements Interleaved.Trial<Integer, CellRuns.Samples> {
    /** The samples/s of one trial's repetitions, or why there are none. */
    public record Samples(double[] values, String failure) {
    }

    private final List<Side> sides;
    private final Path profile;
    private final int cells;
    private final Metric metric;
    private final Path workDir;
    private final PrintStream out;
    private final String mainClass;

    /**
     * @param mainClass the command-line entry point, the same class name in every build
     * @param metric the throughput figure of each repetition (raw samples/s, or per CPU-second of the training thread, ...) */
    public CellRuns(String mainClass, List<Side> sides, Path profile, int cells, Metric metric, Path workDir, PrintStream out) {
        this.mainClass = mainClass;
        this.metric = metric;
        this.sides = List.copyOf(sides);
        this.profile = profile.toAbsolutePath();
        this.cells = cells;
        this.workDir = workDir;
        this.out = out;
    }

    @Override
    public Samples run(int sideIndex, Integer cell, int round) {
        Side side = sides.get(sideIndex);
        Path dir = workDir.resolve(String.format(Locale.ROOT, "r%d-c%d-%s", round + 1, cell + 1, sideIndex == 0 ? "base" : "current"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path log = dir.resolve("child.log");
        List<String> args = List.of("run", "--profile", profile.toString(), "--shard", (cell + 1) + "/" + cells,
                "--forks", "0", "--out", dir.toString());
        ChildExit exit = JvmLauncher.run(new JvmLauncher.Launch(side.jvmArgs(), side.env(), k -> k.startsWith("ALPHABENCH_JAVA"),
                mainClass, args, log, JvmLauncher.NO_LIMIT, side.build().classpath()), () -> { });
        Samples s = exit.ok() ? read(dir, metric) : new Samples(new double[0], exit.describe() + " (log " + log + ")");
        out.printf(Locale.ROOT, "round %d cell %d/%d %-8s %s%n", round + 1, cell + 1, cells, side.label(),
                s.failure() != null ? "failed: " + s.failure() : describe(s.values()) + " (" + metric.id() + ")");
        return s;
    }

    private static String describe(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(String.format(Locale.ROOT, "%.1f", v));
        }
        return String.join(" ", parts);
    }

    private static Samples read(Path dir, Metric metric) {
        try (Stream<Path> files = Files.list(dir)) {
            Path raw = files.filter(f -> f.getFileName().toString().endsWith("-raw.csv")).findFirst().orElse(null);
            if (raw == null) {
                return new Samples(new double[0], "the child wrote no raw CSV in " + dir);
            }
            List<Repetition> ok = ResultCsv.readRepetitions(raw, Column.STATUS, Column.SAMPLES_PER_SEC).stream()
                    .filter(r -> r.status() == Status.OK).toList();
            if (ok.isEmpty()) {
                return new Samples(new double[0], "no completed repetition in " + raw);
            }
            double[] values = ok.stream().mapToDouble(metric::of).toArray();
            if (java.util.Arrays.stream(values).anyMatch(v -> !(v > 0) || Double.isInfinite(v))) {
                return new Samples(new double[0], "no " + metric.id() + " throughput in " + raw
                        + (metric.divisor() == null ? "" : " (column " + metric.divisor().header() + "; try --metric raw)"));
            }
            return new Samples(values, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
