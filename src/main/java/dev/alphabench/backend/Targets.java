package dev.alphabench.backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The target registry: every target's entry from {@code targets.ini}, in file order. */
public final class Targets {
    static final String RESOURCE = "targets.ini";
    private static final List<Target> ALL = load();

    private Targets() {
    }

    public static List<Target> all() {
        return ALL;
    }

    public static Optional<Target> find(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The entry for id; throws IllegalArgumentException naming the valid targets when there is none. */
    public static Target get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown target '" + id + "': the targets are "
                + String.join(", ", ids())));
    }

    public static List<String> ids() {
        return ALL.stream().map(Target::id).toList();
    }

    /** The CPU target with the highest binary level this CPU runs, with or without oneDNN. */
    public static Target bestCpu(Set<String> flags, boolean onednn) {
        Target best = null;
        for (Target t : ALL) {
            if (!t.gpu() && t.onednn() == onednn && t.runsOnCpu(flags)
                    && (best == null || t.cpuFlags().size() > best.cpuFlags().size())) {
                best = t;
            }
        }
        if (best == null) {
            throw new IllegalStateException(RESOURCE + " has no CPU target without instruction needs");
        }
        return best;
    }

    private static List<Target> load() {
        try (InputStream in = Targets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the target registry " + RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Target> parse(List<String> lines) {
        Map<String, Map<String, String>> blocks = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashMap<>();
                blocks.put(line.substring(1, line.length() - 1).strip(), current);
            } else if (current != null && line.contains("=")) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            } else {
                throw new IllegalStateException(RESOURCE + ": cannot read line '" + raw + "'");
            }
        }
        List<Target> out = new ArrayList<>();
        blocks.forEach((id, f) -> out.add(target(id, f)));
        return List.copyOf(out);
    }

    private static Target target(String id, Map<String, String> f) {
        List<String> cuda = words(f.getOrDefault("cuda", ""));
        return new Target(id, List.of(required(id, f, "profiles").split(",")), required(id, f, "backend"),
                required(id, f, "nd4j"), required(id, f, "binary"), "yes".equals(f.get("onednn")),
                words(f.getOrDefault("cpu-flags", "")), cuda.isEmpty() ? "" : cuda.get(0),
                cuda.contains("system"), f.containsKey("cudnn"), words(f.getOrDefault("sm", "")),
                words(f.getOrDefault("libraries", "")), required(id, f, "download"), required(id, f, "runs-on"));
    }

    private static String required(String id, Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": target " + id + " has no " + key);
        }
        return v;
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }
}
