package dev.alphabench.tune;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.Environment;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measurement in a fresh JVM, started by {@code alphabench tune}: trains a scenario for a number of
 * iterations through {@link Trainer.Prepared#epoch()} and prints one {@code RESULT} line; with
 * {@code rss-every} it also prints the resident set size at each checkpoint. (The harness against a
 * bare DL4J loop is {@code alphabench overhead}, in one JVM.)
 *
 * <p>Arguments: {@code scenario iterations warmup rssEvery}.
 */
public final class Probe {
    static final String RESULT = "RESULT";
    static final String RSS = "RSS";

    private Probe() {
    }

    public static void main(String[] args) {
        Scenario s = Scenarios.byId(args[0]);
        long iterations = Long.parseLong(args[1]);
        int warmup = Integer.parseInt(args[2]);
        long rssEvery = Long.parseLong(args[3]);
        Settings settings = Settings.fromSystem(); // this JVM's start-up
        Environment env = Backends.initialise(settings);
        Trainer.Prepared warm = Trainer.Prepared.of(s, 99, settings);
        long done = 0;
        while (done < warmup) {
            warm.epoch();
            done += s.iterationsPerEpoch();
        }
        Trainer.Prepared p = Trainer.Prepared.of(s, 1, settings);
        int perEpoch = s.iterationsPerEpoch();
        long samplesPerIteration = Math.max(1, p.data().samplesPerEpoch() / perEpoch);
        long nanos = 0;
        long it = 0;
        long nextRss = rssEvery;
        long wallStart = System.nanoTime();
        while (it < iterations) {
            nanos += p.epoch();
            it += perEpoch;
            if (rssEvery > 0 && it >= nextRss) {
                System.out.printf(Locale.ROOT, "%s iterations=%d rss_kb=%d%n", RSS, it, rssKb());
                nextRss += rssEvery;
            }
        }
        long wall = System.nanoTime() - wallStart;
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%s iterations=%d samples_per_sec=%.3f ms_per_iteration=%.5f wall_s=%.3f rss_kb=%d settings=%s%n",
                RESULT, it, it * samplesPerIteration / seconds, 1000 * seconds / it, wall / 1e9, rssKb(),
                env.settings().replace(' ', ';'));
        System.exit(0);
    }

    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
