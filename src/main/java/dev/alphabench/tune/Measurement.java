package dev.alphabench.tune;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one probe JVM reported: throughput, resident memory, and the RSS trace when asked for. */
public record Measurement(boolean ok, double samplesPerSec, double msPerIteration, double wallSeconds, long rssKb,
                   List<long[]> rss, String settings, String error) {

    public static Measurement parse(List<String> lines, int exitCode) {
        List<long[]> trace = new ArrayList<>();
        Map<String, String> result = null;
        for (String line : lines) {
            if (line.startsWith(Probe.RSS + " ")) {
                Map<String, String> kv = fields(line);
                trace.add(new long[] {Long.parseLong(kv.get("iterations")), Long.parseLong(kv.get("rss_kb"))});
            } else if (line.startsWith(Probe.RESULT + " ")) {
                result = fields(line);
            }
        }
        if (exitCode != 0 || result == null) {
            String tail = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            return new Measurement(false, Double.NaN, Double.NaN, Double.NaN, -1, trace, "",
                    "probe exited with " + exitCode + (tail.isEmpty() ? "" : ": " + tail));
        }
        return new Measurement(true, Double.parseDouble(result.get("samples_per_sec")),
                Double.parseDouble(result.get("ms_per_iteration")), Double.parseDouble(result.get("wall_s")),
                Long.parseLong(result.get("rss_kb")), trace, result.getOrDefault("settings", ""), null);
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> kv = new HashMap<>();
        for (String token : line.split(" ")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                kv.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return kv;
    }

    public String rssTrace() {
        if (!ok) {
            return "  FAILED " + error;
        }
        if (rss.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("  rss MB @iter:");
        for (long[] point : rss) {
            sb.append(String.format(Locale.ROOT, " %d@%d", point[1] / 1024, point[0]));
        }
        return sb.toString();
    }
}
