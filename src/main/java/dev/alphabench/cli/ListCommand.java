package dev.alphabench.cli;

import dev.alphabench.report.TextTable;
import dev.alphabench.scenario.Kind.Stateful;
import dev.alphabench.scenario.Kind.VariableLength;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the tutorial scenarios (generated from the scenario definitions).")
public final class ListCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print a Markdown table (used for README.md).")
    boolean markdown;

    @Override
    public Integer call() {
        System.out.print(markdown ? table().markdown() : table().render());
        return ExitCode.OK;
    }

    static TextTable table() {
        TextTable t = new TextTable("id", "window", "layout", "units", "epochs", "batch", "shuffle", "stateful",
                "sequences", "target", "tutorial");
        for (Scenario s : Scenarios.all()) {
            boolean variable = s.kind() instanceof VariableLength;
            t.add(s.id(), variable ? "1.." + s.window() : s.window(), s.layout().id(), s.hiddenUnits(),
                    s.epochs(), s.batchSize(), s.shuffle() ? "yes" : "no", s.kind() instanceof Stateful ? "yes" : "no",
                    variable ? s.sequences() : "-", percent(s.accuracyTarget()), percent(s.tutorialAccuracy()));
        }
        return t;
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }
}
