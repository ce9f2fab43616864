package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.QuickShaped;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.ResultFactory;
import dev.alphabench.report.RunFormat;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.SummaryFile;
import dev.alphabench.sweep.Cell;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick profile's cells against the stored gate baseline, checked as ./mvnw verify checks them. */
class QuickProfileGateTest {
    static final Path BASELINE = Path.of("results", "baselines", "cpu.csv");

    @TempDir
    Path dir;

    @Test
    void theQuickProfileStillHasEveryCellOfTheStoredBaseline() {
        Set<String> quick = QuickShaped.cells().stream().map(c -> dev.alphabench.report.CellSpec.of(c.scenario(), 1).key())
                .collect(Collectors.toSet());
        assertThat(quick).containsAll(SummaryFile.read(BASELINE).cells().keySet());
    }

    @Test
    void cellsTheBaselineLacksAreListedAsNewAndDoNotFailVerifysGate() {
        List<CellSummary> baseline = ResultCsv.readSummaries(BASELINE);
        List<Repetition> raws = new ArrayList<>(ResultCsv.readRepetitions(SummaryFile.rawFileOf(BASELINE)));
        List<CellSummary> summaries = new ArrayList<>(baseline);
        Set<String> known = baseline.stream().map(c -> c.cell().key()).collect(Collectors.toSet());
        int added = 0;
        for (Cell cell : QuickShaped.cells()) {
            if (!known.contains(dev.alphabench.report.CellSpec.of(cell.scenario(), 1).key())) {
                List<Repetition> reps = QuickShaped.repetitions(baseline.get(0).stamp(), cell, 2.0, 0.5);
                raws.addAll(reps);
                summaries.add(ResultFactory.summary(reps));
                added++;
            }
        }
        assertThat(added).isGreaterThanOrEqualTo(8);
        RunFormat.CSV.write(new RunResults(summaries, raws), dir.resolve("latest"));
        // the gate execution of the pom, on a run made on the baseline's kind of machine
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.execute("check", "--skip-missing-baseline", "--skip-other-machine", "--metric", "thread-cpu",
                    "--threshold", "0.35", "--suite-threshold", "0.15", "--baseline", BASELINE.toString(),
                    "--current", dir.resolve("latest.csv").toString());
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isEqualTo(ExitCode.OK);
        assertThat(text).doesNotContain("other kind of machine").contains("clean: " + summaries.size() + " cell(s) checked");
        assertThat(text.lines().filter(l -> l.contains(" new ") && l.contains("not in the baseline"))).hasSize(added);
    }
}
