package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static dev.alphabench.report.ResultFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.regress.ResultSet;
import dev.alphabench.report.ResultFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate compares only runs of the same kind of machine (in verify) and through the same code path. */
class CheckComparabilityTest {
    static final double[] BASE = {100, 104, 96};
    static final String TUNED = "OMP_NUM_THREADS=1 -Xmx1g tuning[maxphysicalbytes=4294967296,threads=OMP_NUM_THREADS,"
            + "workspaces=ENABLED,periodicgc=nd4j-default,pointergc=javacpp] stateful-gradient=keras lstm=dl4j";

    @TempDir
    Path dir;

    Path run(String name, double factor, String settings) {
        return ResultFixtures.write(dir, name, "cpu", List.of(CellSpec.of("one-char", 1, times(factor, BASE), 0.8),
                CellSpec.of("timestep-window", 1, times(factor, BASE), 1.0)), settings);
    }

    Cli.Result verifyGate(Path baseline, Path current, String... extra) throws IOException {
        List<String> args = new ArrayList<>(CheckVerdictTest.verifyOptions());
        args.addAll(List.of("--skip-missing-baseline", "--skip-other-machine", "--baseline=" + baseline, "--current=" + current));
        args.addAll(List.of(extra));
        return CheckVerdictTest.check(args.toArray(String[]::new));
    }

    @Test
    void verifyPassesInOneLineAgainstABaselineFromAnotherCpu() throws IOException {
        Path base = Stamps.set(run("base", 1, TUNED), "cpu_model", "AMD EPYC");
        Path slow = Stamps.set(run("slow", 0.5, TUNED), "cpu_model", "Intel(R) Xeon(R) Processor");
        Cli.Result r = verifyGate(base, slow);
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out().lines()).singleElement().asString()
                .contains("another kind of machine", "AMD EPYC", "Intel(R) Xeon(R) Processor", "not compared",
                        "scripts/alphabench check --base-ref REF");
        // the same machine is still gated
        Path sameCpu = Stamps.set(run("same", 0.5, TUNED), "cpu_model", "AMD EPYC");
        assertThat(verifyGate(base, sameCpu).exit()).isEqualTo(ExitCode.FAILED);
        // outside verify, check compares across machines and says so
        Cli.Result across = CheckVerdictTest.check("--baseline=" + base, "--current=" + slow);
        assertThat(across.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(across.out()).contains("note: baseline", "another kind of machine", "ratios include the difference");
    }

    @Test
    void verifyAgainstTheCommittedBaselineFromAnotherMachinePasses() throws IOException {
        Path committed = Path.of("results", "baselines", "cpu.csv");
        Path base = Files.copy(committed, dir.resolve("committed.csv"));
        Files.copy(ResultSet.rawFileOf(committed), ResultSet.rawFileOf(base));
        Path here = dir.resolve("elsewhere.csv");
        Files.copy(committed, here);
        Files.copy(ResultSet.rawFileOf(committed), ResultSet.rawFileOf(here));
        Stamps.set(here, "cpu_model", "Some Other CPU @ 1.0GHz");
        Cli.Result r = verifyGate(base, here);
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("another kind of machine").contains("Some Other CPU");
        // and the committed baseline against itself is compared, and clean
        Cli.Result self = verifyGate(base, committed);
        assertThat(self.exit()).isEqualTo(ExitCode.OK);
        assertThat(self.out()).contains("clean:");
    }

    @Test
    void aDifferentLstmPointerModeOrThreadCountIsRefusedUnlessAllowed() {
        Path base = run("base", 1, TUNED);
        String[][] cases = {
                {TUNED.replace("lstm=dl4j", "lstm=fused"), "lstm=dl4j vs lstm=fused"},
                {TUNED.replace("pointergc=javacpp", "pointergc=scoped"), "pointergc=javacpp vs pointergc=scoped"},
        };
        for (String[] c : cases) {
            Path cur = run("cur", 1, c[0]);
            Cli.Result r = CheckVerdictTest.check("--baseline=" + base, "--current=" + cur);
            assertThat(r.exit()).as(c[1]).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).singleElement().asString().contains(c[1], "--allow-settings-mismatch");
            assertThat(CheckVerdictTest.check("--baseline=" + base, "--current=" + cur, "--allow-settings-mismatch").exit())
                    .isEqualTo(ExitCode.OK);
        }
        Path oneThread = Stamps.set(run("one", 1, TUNED), "threads", "1");
        Cli.Result threads = CheckVerdictTest.check("--baseline=" + base, "--current=" + oneThread);
        assertThat(threads.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(threads.err()).contains("threads=2 vs threads=1");
    }

    @Test
    void settingsThatDoNotChangeTheCodePathAreCompared() {
        Path base = run("base", 1, TUNED);
        // another heap, and a baseline written before lstm= and pointergc= were recorded (DL4J's layer, JavaCPP's GC)
        Path cur = run("cur", 1, TUNED.replace("-Xmx1g", "-Xmx2g"));
        assertThat(CheckVerdictTest.check("--baseline=" + base, "--current=" + cur).exit()).isEqualTo(ExitCode.OK);
        Path old = run("old", 1, "OMP_NUM_THREADS=1 -Xmx1g tuning[maxphysicalbytes=4294967296,threads=OMP_NUM_THREADS]");
        assertThat(CheckVerdictTest.check("--baseline=" + old, "--current=" + base).exit()).isEqualTo(ExitCode.OK);
        Path nopointergc = run("nopgc", 1, "-Dorg.bytedeco.javacpp.nopointergc=true " + TUNED);
        assertThat(CheckVerdictTest.check("--baseline=" + base, "--current=" + nopointergc).exit()).isEqualTo(ExitCode.OK);
    }
}
