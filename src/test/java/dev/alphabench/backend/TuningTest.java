package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;

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
        if (System.getenv("OMP_NUM_THREADS") == null) {
            assertThat(Tuning.threads()).isEqualTo(1);
            System.setProperty(Tuning.THREADS, "2");
            assertThat(Tuning.threads()).isEqualTo(2);
            System.setProperty(Tuning.THREADS, "nd4j");
            assertThat(Tuning.threads()).isNull();
        }
    }
}
