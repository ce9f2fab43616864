package dev.alphabench.regress;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a baseline and a run can be compared at all: measured on the same kind of machine, and
 * through the same code path. Both read only the stamp columns of the summary rows.
 */
public final class Comparability {
    private static final Pattern POINTER_GC = Pattern.compile("(?<![A-Za-z])pointergc=([^,\\] ]+)");

    private Comparability() {
    }

    /** The kind of machine the rows were measured on, e.g. "AMD EPYC" or "Tesla T4 on AMD EPYC"; "" when not recorded. */
    static String machine(Collection<CellSummary> rows) {
        Set<String> kinds = new LinkedHashSet<>();
        for (CellSummary r : rows) {
            String cpu = r.stamp().get(Column.CPU_MODEL);
            String gpu = r.stamp().get(Column.GPU_NAME);
            kinds.add(gpu.isEmpty() ? cpu : gpu + " on " + cpu);
        }
        return String.join(" + ", kinds);
    }

    /**
     * One line when the baseline was measured on another kind of machine (CPU model, GPU), else null.
     * Files that do not record the machine are taken as the same kind.
     */
    public static String otherMachine(ResultSet baseline, ResultSet current) {
        String base = machine(baseline.summaries().values());
        String cur = machine(current.summaries().values());
        if (base.isEmpty() || cur.isEmpty() || base.equals(cur)) {
            return null;
        }
        return "baseline " + baseline.file() + " was measured on another kind of machine (" + base + ", target "
                + baseline.target() + "; this run: " + cur + ", target " + current.target() + ")";
    }

    /** What decides the code a cell runs: the LSTM implementation, the pointer mode and the thread count. */
    record CodePath(String lstm, String pointerGc, String threads) {
        static CodePath of(CellSummary r) {
            String settings = r.stamp().get(Column.SETTINGS);
            String lstm = "dl4j"; // rows from before lstm= was recorded trained DL4J's layer
            for (String part : settings.split(" ")) {
                if (part.startsWith("lstm=")) {
                    lstm = part.substring("lstm=".length());
                }
            }
            String pointerGc = "javacpp"; // JavaCPP's default, before pointergc= was recorded
            Matcher m = POINTER_GC.matcher(settings);
            while (m.find()) {
                pointerGc = m.group(1); // the last one is what the run read back, after the options it was given
            }
            return new CodePath(lstm, pointerGc, r.stamp().get(Column.THREADS));
        }

        /** "lstm=dl4j vs lstm=fused" for the first field that differs, or null. */
        String difference(CodePath other) {
            if (!lstm.equals(other.lstm)) return "lstm=" + lstm + " vs lstm=" + other.lstm;
            if (!pointerGc.equals(other.pointerGc)) return "pointergc=" + pointerGc + " vs pointergc=" + other.pointerGc;
            if (!threads.equals(other.threads)) return "threads=" + threads + " vs threads=" + other.threads;
            return null;
        }
    }

    /**
     * One line naming both values when a cell of both runs was measured through a different code path
     * (the baseline's value first), else null.
     */
    public static String settingsMismatch(ResultSet baseline, ResultSet current) {
        for (var e : baseline.summaries().entrySet()) {
            CellSummary cur = current.summaries().get(e.getKey());
            if (cur == null) {
                continue;
            }
            String diff = CodePath.of(e.getValue()).difference(CodePath.of(cur));
            if (diff != null) {
                return "baseline and current were measured with different settings: " + diff + " (baseline "
                        + baseline.file() + " vs current " + current.file() + ", cell " + ResultSet.label(e.getKey()) + ")";
            }
        }
        return null;
    }
}
