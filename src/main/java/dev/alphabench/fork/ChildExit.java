package dev.alphabench.fork;

import dev.alphabench.sweep.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a child JVM ended: its exit code (on Unix 128 + N when signal N killed it), or killed by
 * the parent past its time limit; with the last lines of its output.
 */
public record ChildExit(int exitCode, boolean timedOut, Duration limit, Duration elapsed, List<String> tail) {
    static final int TAIL_LINES = 5;
    private static final int MAX_LINE = 240;
    private static final Map<Integer, String> SIGNALS = Map.of(1, "SIGHUP", 2, "SIGINT", 3, "SIGQUIT", 4, "SIGILL",
            6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE", 9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    static ChildExit exited(int code, Duration elapsed, List<String> tail) {
        return new ChildExit(code, false, null, elapsed, tail);
    }

    static ChildExit timedOut(Duration limit, Duration elapsed, List<String> tail) {
        return new ChildExit(-1, true, limit, elapsed, tail);
    }

    /** The same end, with the limit as the caller states it (a cell's, where the child had only what was left of it). */
    public ChildExit withLimit(Duration stated) {
        return new ChildExit(exitCode, timedOut, stated, elapsed, tail);
    }

    public boolean ok() {
        return !timedOut && exitCode == 0;
    }

    /** The signal that ended the child, if its exit code says one did (e.g. "SIGKILL"); else empty. */
    public String signal() {
        if (timedOut || exitCode <= 128 || exitCode > 128 + 64 || System.getProperty("os.name").startsWith("Windows")) {
            return "";
        }
        return SIGNALS.getOrDefault(exitCode - 128, "signal " + (exitCode - 128));
    }

    /** One line: what happened, then the output's last lines. */
    public String describe() {
        String what;
        if (timedOut) {
            what = "child JVM passed the cell time limit of " + Durations.format(limit) + " and was killed";
        } else if (!signal().isEmpty()) {
            what = "child JVM killed by " + signal() + " (exit " + exitCode + ")";
        } else {
            what = "child JVM exited with code " + exitCode;
        }
        return tail.isEmpty() ? what + "; no output" : what + "; last output: " + String.join(" | ", tail);
    }

    /**
     * The last non-blank lines of a log, each cut to a readable length; for a JVM's fatal error
     * (a native crash) its signal, problematic frame and report file instead, which come first.
     */
    static List<String> tail(Path log) {
        List<String> lines;
        try {
            byte[] bytes = Files.readAllBytes(log);
            int from = Math.max(0, bytes.length - 64 * 1024);
            lines = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.equals("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.matches("#\\s+(SIG[A-Z]+|EXCEPTION_[A-Z_]+) .*") || l.matches("#\\s+/.*hs_err.*")) {
                out.add(cut(l));
            } else if (l.startsWith("# Problematic frame:") && i + 1 < lines.size()) {
                out.add(cut(lines.get(i + 1)));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (String l : lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())) {
            out.add(cut(l));
        }
        return out;
    }

    private static String cut(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "..." : line;
    }
}
