package dev.alphabench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages of src/main depend on each other without cycles, and only one file reads the -Dalphabench.* properties. */
class PackageCyclesTest {
    private static final Path MAIN = Path.of("src/main/java/dev/alphabench");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.alphabench\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> to = deps.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(f).replaceAll("(?m)^package .*$", ""));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        return deps;
    }

    /** Every path that leads from a package back to itself, e.g. [model, backend, model]. */
    static List<List<String>> cycles(Map<String, Set<String>> deps) {
        List<List<String>> found = new ArrayList<>();
        for (String start : deps.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : deps.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    if (next.equals(start)) {
                        found.add(longer);
                    } else if (seen.add(next)) {
                        paths.push(longer);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void findsACycleWhenThereIsOne() {
        Map<String, Set<String>> deps = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(deps)).contains(List.of("a", "b", "c", "a")).noneMatch(c -> c.contains("d"));
    }

    @Test
    void srcMainHasNoPackageCycle() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertThat(deps).containsKeys("cli", "backend", "model", "settings");
        assertThat(cycles(deps)).as("package dependencies: " + deps).isEmpty();
    }

    @Test
    void onlyTheSettingsReadAlphabenchProperties() throws IOException {
        Pattern read = Pattern.compile("System\\.getPropert(y|ies)\\(");
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (read.matcher(text).find() && text.contains("\"alphabench.")) {
                    readers.add(MAIN.relativize(f).toString());
                }
            }
        }
        assertThat(readers).containsExactly("settings/Settings.java");
    }
}
