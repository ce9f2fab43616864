package dev.alphabench.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Starts a main class in a fresh JVM (on this JVM's classpath unless told otherwise) and waits for it, within a time limit.
 * The child's output (stdout and stderr together) goes to a log file, never to a pipe the parent
 * must drain; results travel through files the caller names. Children still running when this JVM
 * shuts down are killed with it.
 */
public final class JvmLauncher {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    /** A limit no child reaches. */
    public static final Duration NO_LIMIT = Duration.ofDays(365);
    private static final Duration POLL = Duration.ofMillis(250);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(JvmLauncher::kill), "alphabench-kill-children"));
    }

    /**
     * One child JVM.
     *
     * @param jvmArgs   JVM arguments, in order (later ones win)
     * @param env       variables set for the child (over this process's environment, which it inherits)
     * @param dropEnv   inherited variables removed first
     * @param mainClass the class whose main runs
     * @param args      its arguments
     * @param log       where stdout and stderr go
     * @param limit     killed (SIGKILL) past this wall time
     * @param classpath the child's classpath (another build's, for an A/B of two builds)
     */
    public record Launch(List<String> jvmArgs, Map<String, String> env, Predicate<String> dropEnv, String mainClass,
                         List<String> args, Path log, Duration limit, String classpath) {
        /** On this JVM's classpath. */
        public Launch(List<String> jvmArgs, Map<String, String> env, Predicate<String> dropEnv, String mainClass,
                      List<String> args, Path log, Duration limit) {
            this(jvmArgs, env, dropEnv, mainClass, args, log, limit, System.getProperty("java.class.path"));
        }
    }

    private JvmLauncher() {
    }

    /** Runs the child to its end (or its limit); {@code whileRunning} is called about four times a second. */
    public static ChildExit run(Launch launch, Runnable whileRunning) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launch.jvmArgs());
        cmd.add("-cp");
        cmd.add(launch.classpath());
        cmd.add(launch.mainClass());
        cmd.addAll(launch.args());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(launch.log().toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()));
        pb.environment().keySet().removeIf(launch.dropEnv());
        pb.environment().putAll(launch.env());
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        LIVE.add(p);
        try {
            long deadline = start + launch.limit().toNanos();
            while (!p.waitFor(Math.min(POLL.toNanos(), Math.max(1, deadline - System.nanoTime())), TimeUnit.NANOSECONDS)) {
                whileRunning.run();
                if (System.nanoTime() - deadline >= 0) {
                    kill(p);
                    p.waitFor();
                    return ChildExit.timedOut(launch.limit(), elapsed(start), ChildExit.tail(launch.log()));
                }
            }
            whileRunning.run();
            return ChildExit.exited(p.exitValue(), elapsed(start), ChildExit.tail(launch.log()));
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a child JVM", e);
        } finally {
            LIVE.remove(p);
        }
    }

    /**
     * This JVM's own arguments as a child should get them: heap, GC, -XX and -D settings, without
     * debugger or profiler agents (they would clash on their port or file), without dumping a
     * class-data archive (every child would rewrite it; children use one with -XX:SharedArchiveFile)
     * and without {@code drop}.
     */
    public static List<String> inheritedJvmArgs(Predicate<String> drop) {
        List<String> out = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean agent = arg.startsWith("-agentlib:") || arg.startsWith("-agentpath:") || arg.startsWith("-javaagent:")
                    || arg.startsWith("-XX:StartFlightRecording") || arg.startsWith("-XX:FlightRecorderOptions")
                    || arg.startsWith("-XX:ArchiveClassesAtExit");
            if (!agent && !drop.test(arg)) {
                out.add(arg);
            }
        }
        return out;
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
