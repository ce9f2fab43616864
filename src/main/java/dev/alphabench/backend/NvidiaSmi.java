package dev.alphabench.backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks the NVIDIA driver which GPUs it sees, without loading ND4J or any CUDA library.
 * The command is {@code nvidia-smi} on the PATH unless the system property
 * {@code alphabench.nvidia-smi} or the environment variable {@code ALPHABENCH_NVIDIA_SMI} names another.
 */
public final class NvidiaSmi {
    static final String FIELDS = "name,compute_cap,memory.total,driver_version";
    static final String FIELDS_OLD_DRIVER = "name,memory.total,driver_version";

    /** What the driver said: the GPUs found, or why none could be listed. */
    public record Probe(List<GpuInfo> gpus, String problem) {
        public static Probe failed(String problem) {
            return new Probe(List.of(), problem);
        }
    }

    private NvidiaSmi() {
    }

    public static Probe probe(String command) {
        Output out;
        try {
            out = run(command, FIELDS);
            if (out.exitCode() != 0 && out.text().contains("compute_cap")) {
                // older drivers cannot report compute_cap: list the GPUs without it
                out = run(command, FIELDS_OLD_DRIVER);
                return parse(out.exitCode(), out.text(), false);
            }
        } catch (IOException e) {
            return Probe.failed("'" + command + "' could not be run, so no NVIDIA driver is installed or it is not on the PATH");
        }
        return parse(out.exitCode(), out.text(), true);
    }

    /** Parses {@code --format=csv,noheader,nounits} output; pure, for tests. */
    public static Probe parse(int exitCode, String text, boolean withComputeCap) {
        String trimmed = text == null ? "" : text.strip();
        if (exitCode != 0) {
            String first = trimmed.isEmpty() ? "no output" : trimmed.lines().findFirst().orElse("").strip();
            return Probe.failed("nvidia-smi exited with " + exitCode + ": " + first);
        }
        List<GpuInfo> gpus = new ArrayList<>();
        for (String line : trimmed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (line.startsWith("No devices were found")) {
                break;
            }
            String[] f = line.split("\\s*,\\s*");
            int expected = withComputeCap ? 4 : 3;
            if (f.length != expected) {
                return Probe.failed("unexpected nvidia-smi output: " + line);
            }
            String cc = withComputeCap ? f[1] : "";
            gpus.add(new GpuInfo(f[0], cc.matches("\\d+\\.\\d+") ? cc : "", memory(f[expected - 2]), f[expected - 1]));
        }
        return gpus.isEmpty() ? Probe.failed("nvidia-smi lists no GPU") : new Probe(List.copyOf(gpus), null);
    }

    private static long memory(String field) {
        try {
            return Long.parseLong(field.replace("MiB", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private record Output(int exitCode, String text) {
    }

    private static Output run(String command, String fields) throws IOException {
        Process p = new ProcessBuilder(command, "--query-gpu=" + fields, "--format=csv,noheader,nounits")
                .redirectErrorStream(true).start();
        try {
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Output(-1, "timed out after 30 s");
            }
            return new Output(p.exitValue(), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Output(-1, "interrupted");
        }
    }
}
