package dev.alphabench.cli;

import dev.alphabench.ab.Build;
import dev.alphabench.ab.Interleaved;
import dev.alphabench.ab.Side;
import dev.alphabench.fork.ChildExit;
import dev.alphabench.fork.JvmLauncher;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import dev.alphabench.tune.Config;
import dev.alphabench.tune.Measurement;
import dev.alphabench.tune.Probe;
import dev.alphabench.tune.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Interleaved A/B comparison of performance settings on this build, through the A/B engine
 * ({@link Interleaved}): every round starts one fresh JVM per configuration, alternating which goes
 * first, so both see the same machine noise; prints the
 * median samples/s of each and the ratio to the first. With {@code --rss-every} each JVM also
 * reports its resident memory at checkpoints (the leak check).
 */
@Command(name = "tune", mixinStandardHelpOptions = true, description = "Compare performance settings (JVM flags, env, alphabench.* properties) "
        + "in interleaved fresh JVMs; prints medians, ratios and resident memory.")
public final class TuneCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "SETTINGS",
            description = "A configuration (repeat the option for each): JVM args, NAME=value env vars. "
                    + "'' = harness defaults; '-Dalphabench.tuning=off' = DL4J defaults. The first is the reference.")
    List<Config> configs = new ArrayList<>();

    @Option(names = "--scenario", defaultValue = "timestep-window", description = "Scenario id. Default: ${DEFAULT-VALUE}.")
    Scenario scenario;

    @Option(names = "--iterations", defaultValue = "5000", description = "Timed fit calls per JVM. Default: ${DEFAULT-VALUE}.")
    long iterations;

    @Option(names = "--warmup", defaultValue = "2000", description = "Untimed fit calls first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds (one JVM per configuration each). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--rss-every", defaultValue = "0", description = "Print VmRSS every N iterations (0: only at the end).")
    long rssEvery;

    @Override
    public Integer call() {
        if (configs.size() < 1 || rounds < 1 || iterations < 1 || warmup < 0 || rssEvery < 0) {
            throw new BadInputException("tune needs at least one --config, and positive --rounds and --iterations");
        }
        Map<Config, List<Measurement>> results = new LinkedHashMap<>();
        configs.forEach(c -> results.put(c, new ArrayList<>()));
        Interleaved.run(rounds, List.of(scenario), configs.size(), (side, unit, round) -> {
            Config c = configs.get(side);
            Measurement m = measure(c);
            results.get(c).add(m);
            System.out.printf(Locale.ROOT, "round %d  [%s] %.1f samples/s  %.4f ms/iter  rss %d MB%s%n", round + 1,
                    c.label(), m.samplesPerSec(), m.msPerIteration(), m.rssKb() / 1024, m.rssTrace());
            return m;
        });
        System.out.print(Summary.table(results, scenario.id(), iterations, warmup, rounds).render());
        return results.values().stream().allMatch(l -> l.stream().allMatch(Measurement::ok)) ? ExitCode.OK : ExitCode.FAILED;
    }

    /** The JVM flags scripts/alphabench adds (it exports them), so '' measures what users run. */
    static List<String> harnessJvmDefaults() {
        String opts = System.getenv("ALPHABENCH_DEFAULT_JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of() : Arrays.asList(opts.trim().split("\\s+"));
    }

    /** A configuration as a side of the A/B engine: this build, with the configuration's JVM flags and environment. */
    static Side side(Config c) {
        List<String> jvm = new ArrayList<>();
        if (!c.jvmArgs().contains("-D" + Settings.TUNING + "=off")) {
            jvm.addAll(harnessJvmDefaults());
        }
        jvm.addAll(c.jvmArgs());
        return new Side(c.label(), Build.running(), jvm, c.env());
    }

    private Measurement measure(Config c) {
        Side side = side(c);
        Path log = null;
        try {
            log = Files.createTempFile("alphabench-tune-", ".log");
            ChildExit exit = JvmLauncher.run(new JvmLauncher.Launch(side.jvmArgs(), side.env(),
                    k -> k.startsWith("OMP_") || k.startsWith("ALPHABENCH_JAVA"), Probe.class.getName(),
                    List.of(scenario.id(), Long.toString(iterations), Integer.toString(warmup), Long.toString(rssEvery)),
                    log, JvmLauncher.NO_LIMIT, side.build().classpath()), () -> { });
            return Measurement.parse(Files.readAllLines(log, StandardCharsets.UTF_8), exit.exitCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (log != null) {
                log.toFile().delete();
            }
        }
    }
}
