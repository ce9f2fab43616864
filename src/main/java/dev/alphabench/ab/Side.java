package dev.alphabench.ab;

import java.util.List;
import java.util.Map;

/** One side of an A/B comparison: a build and the JVM options and environment its child JVMs get. */
public record Side(String label, Build build, List<String> jvmArgs, Map<String, String> env) {
    public Side {
        jvmArgs = List.copyOf(jvmArgs);
        env = Map.copyOf(env);
    }

    public Side(String label, Build build, List<String> jvmArgs) {
        this(label, build, jvmArgs, Map.of());
    }
}
