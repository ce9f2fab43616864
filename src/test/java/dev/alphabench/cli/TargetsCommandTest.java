package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.Targets;
import dev.alphabench.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TargetsCommandTest {
    @Test
    void theTableHasOneRowPerTargetWithItsBuildCommand() {
        String out = run("targets");
        for (String id : Targets.ids()) {
            assertThat(out).containsPattern("(?m)^" + id + " ");
        }
        assertThat(out).contains("./mvnw -P cuda,cudnn package").contains("nd4j-native avx2+onednn");
        assertThat(TargetsCommand.markdown().lines().count()).isEqualTo(Targets.all().size() + 2);
    }

    @Test
    void preflightPassesForTheBuildThisMachineRuns() {
        assumeFalse(BuildInfo.load(Settings.fromSystem()).expectsCuda(), "a CUDA build's pre-flight needs a GPU (CudaBuildWithoutGpuTest)");
        assertThat(run("targets", "--preflight")).isEqualTo("alphabench: this machine can run target "
                + BuildInfo.load(Settings.fromSystem()).spec().id() + System.lineSeparator());
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
