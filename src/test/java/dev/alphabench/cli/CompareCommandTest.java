package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.ResultFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    static final double[] SPS = {100, 104, 96};

    @TempDir
    Path dir;

    int compare(String... args) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            String[] full = new String[args.length + 1];
            full[0] = "compare";
            System.arraycopy(args, 0, full, 1, args.length);
            return Main.execute(full);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void writesTheReportAndListsCellsOfOneInput() throws Exception {
        Path a = ResultFixtures.write(dir, "a", "cpu", List.of(CellSpec.of("one-char", 1, SPS, 0.5),
                CellSpec.of("stateful", 1, SPS, 0.5)));
        Path b = ResultFixtures.write(dir, "b", "cpu-avx512", List.of(CellSpec.of("one-char", 1, SPS, 0.6)));
        assertThat(compare(a.toString(), b.toString(), "--out", dir.resolve("r/x").toString())).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("r/x.md")).exists();
        assertThat(dir.resolve("r/x.csv")).exists();
        assertThat(dir.resolve("r/x-accuracy.png")).exists();
        assertThat(Files.readString(dir.resolve("r/x.md"))).contains("## Cells not in every input", "| stateful |");
    }

    @Test
    void unusableInputsExitTwo() {
        Path a = ResultFixtures.write(dir, "a", "cpu", List.of(CellSpec.of("one-char", 1, SPS, 0.5)));
        Path other = ResultFixtures.write(dir, "o", "cuda", List.of(CellSpec.of("stateful", 1, SPS, 0.5)));
        assertThat(compare(a.toString(), dir.resolve("missing.csv").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(compare(a.toString(), other.toString(), "--out", dir.resolve("r/y").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(compare(a.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(compare(a.toString(), dir.resolve("a-raw.csv").toString())).isEqualTo(ExitCode.BAD_INPUT);
    }
}
