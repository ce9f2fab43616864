package dev.alphabench.cli;

import dev.alphabench.report.CellSummary;
import dev.alphabench.sweep.Merge;
import dev.alphabench.sweep.ResultSink;
import dev.alphabench.sweep.ShardSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = {"Combine the CSVs of a sharded sweep (run --shard K/N) into one.",
        "Reads each IN.csv and its IN-raw.csv; writes OUT.csv and OUT-raw.csv.",
        "Exit 1 when shards of the K-of-N set are missing (unless --partial), 2 on unusable input."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT.csv", description = "The merged summary CSV to write.")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IN.csv", description = "Shard summary CSVs.")
    List<Path> inputs;

    @Option(names = "--partial", description = "Merge even when some shards of the K-of-N set are missing (they are named).")
    boolean partial;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().endsWith(".csv")) {
            throw new BadInputException("output must be a .csv file (got " + out + ")");
        }
        OutputDirs.writable(out.toAbsolutePath().getParent());
        Optional<String> missing = ShardSet.missing(inputs);
        if (missing.isPresent() && !partial) {
            System.err.println("alphabench merge: shard(s) " + missing.get() + " of the sweep are missing; nothing written "
                    + "(pass --partial to merge the shards there are)");
            return ExitCode.FAILED;
        }
        List<CellSummary> rows = Merge.merge(out, inputs);
        missing.ifPresent(m -> System.out.println("partial: shard(s) " + m + " of the sweep are missing"));
        System.out.println("merged " + rows.size() + " cell(s) from " + inputs.size() + " file(s) into " + out
                + " and " + ResultSink.rawFileOf(out));
        return ExitCode.OK;
    }
}
