package dev.alphabench.cli;

import dev.alphabench.report.TextTable;
import dev.alphabench.report.compare.Comparison;
import dev.alphabench.report.compare.ComparisonReport;
import dev.alphabench.report.compare.ReportTables;
import dev.alphabench.report.compare.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare the results of two or more targets: tables, cost model, charts.")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "RESULTS.csv",
            description = "Summary CSVs, one per target (e.g. results/cpu/latest.csv); the first is the reference.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Report path without extension. Default: results/reports/<target>-vs-<target>...")
    Path out;

    @Override
    public Integer call() {
        Comparison c = Comparison.of(inputs);
        if (c.keys().stream().noneMatch(c::inAll)) {
            throw new BadInputException("the inputs have no cell in common (cell = scenario, layout, window, units, "
                    + "batch size, epochs, sequences); nothing to compare");
        }
        Path base = out != null ? out : Path.of("results", "reports", String.join("-vs-",
                c.targets().stream().map(t -> t.label().replaceAll("[^A-Za-z0-9._-]", "_")).toList()));
        Path dir = base.toAbsolutePath().getParent();
        OutputDirs.writable(dir);
        List<Path> written = ComparisonReport.write(c, base);
        Table cells = new ReportTables(c).cells();
        TextTable text = new TextTable(cells.header().toArray(String[]::new));
        cells.rows().forEach(r -> text.add(r.toArray()));
        System.out.print(text.render());
        if (!c.partialKeys().isEmpty()) {
            System.out.println(c.partialKeys().size() + " cell(s) are not in every input: listed in the report, not compared");
        }
        written.forEach(p -> System.out.println("wrote " + p));
        return ExitCode.OK;
    }
}
