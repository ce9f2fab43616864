package dev.alphabench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs an alphabench command line in this JVM and captures its exit code and what it printed. */
final class Cli {
    record Result(int exit, String out, String err) {
        /** The table line of a cell (by scenario). */
        String line(String scenario) {
            return out.lines().filter(l -> l.startsWith(scenario + " ")).findFirst().orElse("");
        }
    }

    private Cli() {
    }

    static Result run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(args));
        return execute(all.toArray(String[]::new));
    }

    static Result execute(String... commandLine) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return new Result(Main.execute(commandLine), o.toString(StandardCharsets.UTF_8),
                    e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
