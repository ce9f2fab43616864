package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.ResultCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which shard of a sweep a run is, read from its run id ({@code …-shard2of4}) or file name. */
public final class ShardSet {
    private static final Pattern SUFFIX = Pattern.compile("-shard(\\d+)of(\\d+)(?:\\.csv)?$");

    private ShardSet() {
    }

    /** The shard a run id or file name names; {@link Shard#ALL} when it names none. */
    public static Shard parse(String runIdOrFileName) {
        Matcher m = SUFFIX.matcher(runIdOrFileName);
        if (!m.find()) {
            return Shard.ALL;
        }
        try {
            return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            return Shard.ALL;
        }
    }

    /** The shard of a run's summary CSV: from its rows' run id, or its file name when it has no rows. */
    public static Shard of(Path summary) {
        List<CellSummary> rows = ResultCsv.readSummaries(summary, Column.RUN_ID);
        return parse(rows.isEmpty() ? summary.getFileName().toString() : rows.get(0).stamp().get(Column.RUN_ID));
    }

    /**
     * "2/4, 4/4" when the files are shards of one K-of-N set with some shards absent; empty when the
     * set is complete or the files are not shards.
     */
    public static Optional<String> missing(List<Path> summaries) {
        TreeSet<Integer> present = new TreeSet<>();
        int count = 0;
        for (Path p : summaries) {
            Shard s = of(p);
            if (s.isAll()) {
                return Optional.empty();
            }
            if (count != 0 && s.count() != count) {
                throw new InvalidResultsException(p + " is shard " + s.index() + "/" + s.count() + ", the files before it are of "
                        + count + " shards; merge shards of one sweep only");
            }
            count = s.count();
            present.add(s.index());
        }
        StringBuilder absent = new StringBuilder();
        for (int k = 1; k <= count; k++) {
            if (!present.contains(k)) {
                absent.append(absent.isEmpty() ? "" : ", ").append(k).append('/').append(count);
            }
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of(absent.toString());
    }
}
