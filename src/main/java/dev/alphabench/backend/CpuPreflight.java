package dev.alphabench.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before ND4J loads, that the CPU has the instructions the build's ND4J binary was compiled
 * for (the target's cpu-flags): the avx2 and avx512 binaries die with SIGILL on a CPU without them,
 * taking the JVM along.
 */
public final class CpuPreflight {
    private CpuPreflight() {
    }

    /** @param flags the CPU's feature flags; empty when unknown (then nothing is checked) */
    public static void check(BuildInfo build, Set<String> flags) {
        List<String> required = build.spec().cpuFlags();
        if (flags.isEmpty() || required.isEmpty()) {
            return;
        }
        List<String> missing = required.stream().filter(f -> !flags.contains(f)).toList();
        if (!missing.isEmpty()) {
            Target instead = Targets.bestCpu(flags, build.spec().onednn());
            throw new BackendException("this is the " + build.target() + " build, whose ND4J binary needs "
                    + String.join(", ", required) + ", but this CPU (" + Environment.detectCpuModel() + ") lacks "
                    + String.join(", ", missing) + " and would crash on its first instruction; use ALPHABENCH_TARGET="
                    + instead.id() + " on this machine.");
        }
    }

    /** The flags line of /proc/cpuinfo; empty off Linux. */
    public static Set<String> flags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    return new LinkedHashSet<>(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: unknown
        }
        return Set.of();
    }
}
