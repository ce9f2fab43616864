package dev.alphabench.backend;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** The performance-relevant settings of this JVM, recorded with every result. */
public final class Settings {
    private Settings() {
    }

    public static String describe() {
        List<String> parts = new ArrayList<>();
        String omp = System.getenv("OMP_NUM_THREADS");
        parts.add("OMP_NUM_THREADS=" + (omp == null ? "unset" : omp));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-X") || arg.startsWith("-Dorg.bytedeco") || arg.startsWith("-Dorg.nd4j")
                    || arg.startsWith("-XX") || arg.startsWith("-Dalphabench")) {
                parts.add(arg);
            }
        }
        parts.add(Tuning.describe());
        // which gradient the stateful scenario trains with (model/NetworkFactory.STATEFUL_GRADIENT)
        parts.add("stateful-gradient=" + System.getProperty("alphabench.stateful.gradient", "keras").trim());
        // which LSTM implementation non-stateful scenarios train with (model/NetworkFactory.LSTM_IMPL)
        parts.add("lstm=" + dev.alphabench.model.NetworkFactory.lstmSetting());
        return String.join(" ", parts);
    }
}
