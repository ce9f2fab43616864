package dev.alphabench.tune;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration of a tuning comparison, parsed from a string of tokens: JVM arguments
 * ({@code -Xmx1g}, {@code -Dorg.bytedeco.javacpp.nopointergc=true}), environment variables
 * ({@code OMP_NUM_THREADS=2}). An empty string is the
 * harness's own defaults (with the script's JVM flags, ALPHABENCH_DEFAULT_JAVA_OPTS);
 * {@code -Dalphabench.tuning=off} gives DL4J's (without them).
 */
public record Config(String label, List<String> jvmArgs, Map<String, String> env) {

    public static Config parse(String text) {
        List<String> jvm = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (token.startsWith("-")) {
                jvm.add(token);
            } else if (eq > 0 && token.substring(0, eq).matches("[A-Z_][A-Z0-9_]*")) {
                env.put(token.substring(0, eq), token.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("cannot read configuration token '" + token
                        + "': expected a JVM argument (-...) or an environment variable (NAME=value)"
                        + (token.startsWith("mode=") ? "; harness versus a bare DL4J loop is 'alphabench overhead'" : ""));
            }
        }
        String label = text.isBlank() ? "(harness defaults)" : text.trim();
        return new Config(label, List.copyOf(jvm), Map.copyOf(env));
    }
}
