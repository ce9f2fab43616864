package dev.alphabench.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static Settings parse(Map<String, String> env, String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return Settings.parse(p, env, List.of());
    }

    private static Settings parse(String... keyValues) {
        return parse(Map.of(), keyValues);
    }

    @Test
    void defaultsAreTheHarnessDefaults() {
        Settings s = Settings.defaults();
        assertThat(s.tuning()).isTrue();
        assertThat(s.threads()).isEqualTo(1);
        assertThat(s.workspaces()).isNull();
        assertThat(s.periodicGc()).isNull();
        assertThat(s.pointerGc()).isEqualTo(Settings.PointerGcMode.JAVACPP); // scoped is opt-in
        assertThat(s.lstm()).isEqualTo(Settings.Lstm.DL4J);
        assertThat(s.statefulGradient()).isEqualTo(Settings.StatefulGradient.KERAS);
        assertThat(s.profiles()).isEqualTo(Path.of("profiles"));
        assertThat(s.jmhChecks()).isNull();
        assertThat(s.nvidiaSmi()).isEqualTo("nvidia-smi");
        assertThat(s.testSlowdown()).isZero();
    }

    @Test
    void propertiesOverrideTheDefaults() {
        Settings s = parse("alphabench.workspaces", "none", "alphabench.threads", "2", "alphabench.lstm", " FUSED ",
                "alphabench.stateful.gradient", "dl4j", "alphabench.pointergc", "scoped", "alphabench.periodicgc", "500",
                "alphabench.profiles", "elsewhere", "alphabench.jmh.checks", "checks", "alphabench.target", "cpu-x");
        assertThat(s.workspaces()).isEqualTo(WorkspaceMode.NONE);
        assertThat(s.threads()).isEqualTo(2);
        assertThat(s.lstm()).isEqualTo(Settings.Lstm.FUSED);
        assertThat(s.statefulGradient()).isEqualTo(Settings.StatefulGradient.DL4J);
        assertThat(s.pointerGc()).isEqualTo(Settings.PointerGcMode.SCOPED);
        assertThat(s.periodicGc()).isEqualTo("500");
        assertThat(s.profiles()).isEqualTo(Path.of("elsewhere"));
        assertThat(s.jmhChecks()).isEqualTo(Path.of("checks"));
        assertThat(s.target()).isEqualTo("cpu-x");
        assertThat(parse("alphabench.threads", "nd4j").threads()).isNull();
    }

    @Test
    void offKeepsDl4jsWorkspacesAndOmpNumThreadsLeavesThreadsToNd4j() {
        assertThat(parse("alphabench.tuning", "off", "alphabench.workspaces", "NONE").workspaces()).isNull();
        Settings omp = parse(Map.of("OMP_NUM_THREADS", "3"), "alphabench.threads", "2");
        assertThat(omp.threads()).isNull();
        assertThat(omp.stamp("tuning[...]")).startsWith("OMP_NUM_THREADS=3 tuning[...]");
    }

    @Test
    void theEnvironmentNamesNvidiaSmiUnlessThePropertyDoes() {
        assertThat(parse(Map.of("ALPHABENCH_NVIDIA_SMI", "/opt/smi")).nvidiaSmi()).isEqualTo("/opt/smi");
        assertThat(parse(Map.of("ALPHABENCH_NVIDIA_SMI", "/opt/smi"), "alphabench.nvidia-smi", "/bin/smi").nvidiaSmi())
                .isEqualTo("/bin/smi");
    }

    @Test
    void aBadValueNamesThePropertyAndTheValidValues() {
        assertThatThrownBy(() -> parse("alphabench.pointergc", "sometimes")).isInstanceOf(InvalidSettingException.class)
                .hasMessage("-Dalphabench.pointergc=sometimes: valid values are javacpp, scoped");
        assertThatThrownBy(() -> parse("alphabench.lstm", "cudnn"))
                .hasMessage("-Dalphabench.lstm=cudnn: valid values are dl4j, fused");
        assertThatThrownBy(() -> parse("alphabench.stateful.gradient", "tf"))
                .hasMessage("-Dalphabench.stateful.gradient=tf: valid values are keras, dl4j");
        assertThatThrownBy(() -> parse("alphabench.threads", "0")).hasMessageStartingWith("-Dalphabench.threads=0: valid values are");
        assertThatThrownBy(() -> parse("alphabench.workspaces", "some")).hasMessageContaining("none");
        assertThatThrownBy(() -> parse("alphabench.periodicgc", "often")).hasMessageStartingWith("-Dalphabench.periodicgc=often");
        assertThatThrownBy(() -> parse("alphabench.test.slowdown", "-1")).hasMessageStartingWith("-Dalphabench.test.slowdown=-1");
    }

    @Test
    void theStampRecordsPerformanceArgumentsAndTheModelChoices() {
        Settings s = Settings.parse(new Properties(), Map.of(), List.of("-Xmx1g", "-Dalphabench.lstm=fused", "-ea", "-Dfoo=1"));
        assertThat(s.stamp("tuning=off")).isEqualTo("OMP_NUM_THREADS=unset -Xmx1g -Dalphabench.lstm=fused tuning=off "
                + "stateful-gradient=keras lstm=dl4j");
    }
}
