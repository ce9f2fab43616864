package dev.alphabench.cli;

import dev.alphabench.report.Row;
import dev.alphabench.sweep.Merge;
import dev.alphabench.sweep.ResultSink;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = {"Combine the CSVs of a sharded sweep (run --shard K/N) into one.",
        "Reads each IN.csv and its IN-raw.csv; writes OUT.csv and OUT-raw.csv."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT.csv", description = "The merged summary CSV to write.")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IN.csv", description = "Shard summary CSVs.")
    List<Path> inputs;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().endsWith(".csv")) {
            throw new BadInputException("output must be a .csv file (got " + out + ")");
        }
        OutputDirs.writable(out.toAbsolutePath().getParent());
        List<Row> rows = Merge.merge(out, inputs);
        System.out.println("merged " + rows.size() + " cell(s) from " + inputs.size() + " file(s) into " + out
                + " and " + ResultSink.rawFileOf(out));
        return ExitCode.OK;
    }
}
