package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFormatTest {
    @TempDir
    Path dir;

    @Test
    void csvWritesTheSummaryAndItsRawFileThatReadBackAsTheSameRecords() { // values exact in six digits
        List<Repetition> raws = ResultFixtures.raws("cpu", ResultFixtures.CellSpec.of("one-char", 4, new double[] {10, 40, 20}, 0.9));
        CellSummary summary = ResultFactory.summary(raws);
        List<Path> written = ResultFormat.byName(RunFormat.class, "csv").write(new RunResults(List.of(summary), raws),
                dir.resolve("run"));
        assertThat(written).containsExactly(dir.resolve("run.csv"), dir.resolve("run-raw.csv"));
        assertThat(ResultCsv.readSummaries(dir.resolve("run.csv"))).containsExactly(summary);
        assertThat(ResultCsv.readRepetitions(SummaryFile.rawFileOf(dir.resolve("run.csv")))).isEqualTo(raws);
        assertThat(SummaryFile.read(dir.resolve("run.csv")).cells()).containsOnlyKeys(summary.cell().key());
    }

    @Test
    void summariesOnlyWritesNoRawFile() {
        CellSummary summary = ResultFactory.summary(ResultFixtures.raws("cpu",
                ResultFixtures.CellSpec.of("one-char", 1, new double[] {5}, 0.5)));
        assertThat(RunFormat.CSV.write(RunResults.summariesOnly(List.of(summary)), dir.resolve("jmh"))).hasSize(1);
        assertThat(Files.exists(dir.resolve("jmh-raw.csv"))).isFalse();
        assertThat(RunFormat.baseOf(Path.of("x/y.csv"))).isEqualTo(Path.of("x/y"));
    }
}
