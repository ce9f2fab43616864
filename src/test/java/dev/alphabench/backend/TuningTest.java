package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TuningTest {
    @AfterEach
    void clear() {
        System.clearProperty(Tuning.SWITCH);
        System.clearProperty(Tuning.THREADS);
        System.clearProperty(Tuning.WORKSPACES);
    }

    @Test
    void offAppliesNothingAndSaysSo() {
        System.setProperty(Tuning.SWITCH, "off");
        System.setProperty(Tuning.WORKSPACES, "NONE");
        assertThat(Tuning.enabled()).isFalse();
        assertThat(Tuning.workspaceMode()).isNull();
        assertThat(Tuning.describe()).isEqualTo("tuning=off");
    }

    @Test
    void propertiesOverrideTheDefaults() {
        assertThat(Tuning.workspaceMode()).isNull();
        System.setProperty(Tuning.WORKSPACES, "none");
        assertThat(Tuning.workspaceMode()).isEqualTo(WorkspaceMode.NONE);
    }

    /** Tuning.threads() in a fresh JVM, with OMP_NUM_THREADS as given (null: unset) and -Dalphabench.threads. */
    static String threadsInChild(String omp, String threadsProperty) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (threadsProperty != null) {
            cmd.add("-D" + Tuning.THREADS + "=" + threadsProperty);
        }
        cmd.add(PrintThreads.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("OMP_NUM_THREADS");
        if (omp != null) {
            pb.environment().put("OMP_NUM_THREADS", omp);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void threadsAreOneUnlessOverriddenAndOmpNumThreadsWins() throws Exception {
        // surefire sets OMP_NUM_THREADS for the tests, so the unset case runs in a child JVM
        assertThat(threadsInChild(null, null)).isEqualTo("1");
        assertThat(threadsInChild(null, "2")).isEqualTo("2");
        assertThat(threadsInChild(null, "nd4j")).isEqualTo("null");
        assertThat(threadsInChild("3", "2")).isEqualTo("null");
    }

    static final class PrintThreads {
        public static void main(String[] args) {
            System.out.println(Tuning.threads());
        }
    }
}
