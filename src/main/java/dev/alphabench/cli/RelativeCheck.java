package dev.alphabench.cli;

import dev.alphabench.ab.Build;
import dev.alphabench.ab.CellRuns;
import dev.alphabench.ab.Comparison;
import dev.alphabench.ab.Interleaved;
import dev.alphabench.ab.Ratio;
import dev.alphabench.ab.RefBuilds;
import dev.alphabench.ab.Side;
import dev.alphabench.backend.BuildInfo;
import dev.alphabench.regress.Metric;
import dev.alphabench.report.TextTable;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.ProfileLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** {@code check --base-ref REF}: the relative gate, REF's build against this one, interleaved on this machine. */
final class RelativeCheck {
    static final double DEFAULT_THRESHOLD = 0.05;
    static final double DEFAULT_SUITE_THRESHOLD = 0.03;

    private RelativeCheck() {
    }

    record Request(String baseRef, String profile, List<String> baseOpts, List<String> currentOpts, int rounds, Metric metric,
                   double threshold, double suiteThreshold) {
    }

    /** JVM options as one string, split at white space; each must look like an option. */
    static List<String> opts(String name, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = Arrays.asList(text.trim().split("\\s+"));
        out.stream().filter(o -> !o.startsWith("-")).findFirst().ifPresent(o -> {
            throw new BadInputException(name + ": '" + o + "' is not a JVM option (they start with '-')");
        });
        return out;
    }

    static int run(Request req, Settings settings) {
        if (req.rounds() < 2) throw new BadInputException("--rounds must be at least 2: the interval comes from the rounds (got " + req.rounds() + ")");
        if (!(req.threshold() > 0 && req.threshold() < 1) || !(req.suiteThreshold() > 0 && req.suiteThreshold() < 1)) {
            throw new BadInputException("--threshold and --suite-threshold must lie between 0 and 1");
        }
        ProfileLoader loader = new ProfileLoader(settings.profiles());
        List<Cell> cells = new CellOptions().plan(req.profile(), loader).cells();
        if (cells.isEmpty()) throw new BadInputException("profile '" + req.profile() + "' has no cells");
        Path profileFile = Files.isRegularFile(Path.of(req.profile())) ? Path.of(req.profile())
                : settings.profiles().resolve(req.profile() + ProfileLoader.EXTENSION);
        Path repo = repoRoot();
        BuildInfo info = BuildInfo.load(settings);
        RefBuilds builds = new RefBuilds(repo, info.spec().id(), info.spec().profiles(), System.out);
        builds.commit(req.baseRef()); // an unknown ref fails before anything is built
        Build base = builds.build(req.baseRef());
        List<String> defaults = TuneCommand.harnessJvmDefaults();
        List<Side> sides = List.of(new Side("base", base, concat(defaults, req.baseOpts())),
                new Side("current", Build.running(), concat(defaults, req.currentOpts())));
        Path work = repo.resolve("target").resolve("ab").resolve("runs")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        System.out.printf(Locale.ROOT, "alphabench check: %s (opts %s) against the working tree (opts %s); profile %s, "
                        + "%d cell(s), %d round(s), interleaved; %s throughput; child runs in %s%n", base.label(), show(req.baseOpts()),
                show(req.currentOpts()), req.profile(), cells.size(), req.rounds(), req.metric().id(), work);
        List<Integer> units = IntStream.range(0, cells.size()).boxed().toList();
        var outcomes = Interleaved.run(req.rounds(), units, 2, new CellRuns(Main.class.getName(), sides, profileFile, cells.size(), req.metric(), work, System.out));
        Comparison result = Comparison.of(cells.stream().map(Cell::label).toList(), req.rounds(), outcomes, req.threshold(), req.suiteThreshold());
        System.out.print(table(result, req.metric()).render());
        System.out.printf(Locale.ROOT, "cell threshold %.0f%%, suite threshold %.0f%%: a ratio at or below 1 - threshold whose "
                + "95%% interval lies below 1 is a regression%n", 100 * req.threshold(), 100 * req.suiteThreshold());
        if (result.regressed()) {
            long failing = result.cells().stream().filter(c -> c.verdict().fails()).count();
            System.out.println("REGRESSION: " + failing + " of " + result.cells().size() + " cell(s) failed the gate"
                    + (result.suiteVerdict().fails() ? "; the suite as a whole is slower" : ""));
            return ExitCode.FAILED;
        }
        System.out.println("clean: no regression against " + base.label());
        return ExitCode.OK;
    }

    static TextTable table(Comparison c, Metric metric) {
        String unit = metric == Metric.RAW ? "samples/s" : metric.id();
        TextTable t = new TextTable("cell", "base " + unit, "current " + unit, "ratio", "95% interval", "verdict", "note");
        for (Comparison.Cell cell : c.cells()) {
            t.add(cell.label(), num(cell.baseMedian()), num(cell.currentMedian()), ratio(cell.ratio()), interval(cell.ratio()),
                    cell.verdict().id(), cell.note());
        }
        t.add("suite (geometric mean)", "", "", ratio(c.suite()), interval(c.suite()), c.suiteVerdict().id(), "");
        return t;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ratio(Ratio r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.3f", r.value());
    }

    private static String interval(Ratio r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%.3f..%.3f", r.low(), r.high());
    }

    private static String show(List<String> opts) {
        return opts.isEmpty() ? "none" : "'" + String.join(" ", opts) + "'";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The working tree this build came from: the directory above target/ that holds its jar or classes. */
    static Path repoRoot() {
        try {
            Path code = Path.of(RelativeCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path targetDir = code.getParent();
            if (targetDir != null && targetDir.getFileName().toString().equals("target") && targetDir.getParent() != null) {
                return targetDir.getParent();
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
