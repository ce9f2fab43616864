package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.ResultCsv;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an earlier run can be continued by this one: rows measured another way (another target,
 * profile, shard, JVM settings or thread count; another repetition count, warm-up or seed for a cell)
 * must not end up in one file with the new ones.
 */
public final class ResumeCheck {
    private ResumeCheck() {
    }

    /** What this run is, as its rows will record it. */
    public record ThisRun(String target, String profile, Shard shard, String settings, int threads) {
    }

    /** One line when {@code previous} was a different run than {@code run}, else null. */
    public static String mismatch(Resume previous, ThisRun run) {
        String file = previous.summaryFile().toString();
        Shard before = ShardSet.parse(previous.runId());
        if (!before.equals(run.shard())) {
            return file + " is " + name(before) + ", this run is " + name(run.shard());
        }
        for (CellSummary r : previous.summaries()) {
            String diff = differ("target", r.stamp().target(), run.target());
            diff = diff != null ? diff : differ("profile", r.stamp().get(Column.PROFILE), run.profile());
            diff = diff != null ? diff : differ("threads", r.stamp().get(Column.THREADS), Integer.toString(run.threads()));
            diff = diff != null ? diff : differ("settings", r.stamp().get(Column.SETTINGS), run.settings());
            if (diff != null) {
                return file + " was measured with " + diff;
            }
        }
        return null;
    }

    /** One line when a cell of this run is in {@code previous} measured with other repetitions, warm-up or seed, else null. */
    public static String cellMismatch(Resume previous, List<Cell> cells) {
        for (Cell c : cells) {
            for (CellSummary r : previous.summaries()) {
                if (r.cell().key().equals(c.key()) && !key(r).equals(key(c))) {
                    return previous.summaryFile() + " has cell " + c.label() + " with " + describe(key(r)) + ", this run asks for "
                            + describe(key(c));
                }
            }
        }
        return null;
    }

    /** The comparable keys of the cells {@code previous} already finished. */
    public static Set<String> done(Resume previous) {
        return previous.summaries().stream().map(ResumeCheck::key).collect(Collectors.toSet());
    }

    /** What makes two rows of a cell comparable: the cell, its repetitions, its warm-up and its first seed. */
    public static String key(Cell c) {
        return c.key() + "#" + c.repetitions() + "#" + c.warmupIterations() + "#" + c.firstSeed();
    }

    static String key(CellSummary summary) {
        return summary.cell().key() + "#" + summary.cell().repetitions() + "#"
                + ResultCsv.format(summary.measures().warmupIterations()) + "#" + summary.seeds().split(";", -1)[0];
    }

    private static String describe(String key) {
        String[] p = key.split("#");
        return p[1] + " repetition(s), " + p[2] + " warm-up iteration(s), first seed " + p[3];
    }

    private static String differ(String what, String before, String now) {
        return before.equals(now) ? null : what + " '" + before + "', this run has " + what + " '" + now + "'";
    }

    private static String name(Shard s) {
        return s.isAll() ? "the whole sweep" : "shard " + s.index() + "/" + s.count();
    }
}
