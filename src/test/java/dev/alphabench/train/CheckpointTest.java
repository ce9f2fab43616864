package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointTest {
    @TempDir
    Path dir;

    static List<Arguments> cells() {
        // shuffled batch-1 windows, shuffled masked variable-length batches, and the stateful kind (DL4J only)
        Scenario window = Scenarios.TIMESTEP_WINDOW.withEpochs(6).withBatchSize(4);
        Scenario masked = Scenarios.VARIABLE_LENGTH.withLayout(Layout.MASKED).withSequences(40).withBatchSize(8).withEpochs(6);
        return List.of(Arguments.of(window, "dl4j"), Arguments.of(window, "fused"),
                Arguments.of(masked, "dl4j"), Arguments.of(masked, "fused"),
                Arguments.of(Scenarios.STATEFUL.withEpochs(6), "dl4j"));
    }

    @ParameterizedTest(name = "{0} lstm={1}")
    @MethodSource("cells")
    void trainingInSegmentsEqualsTrainingInOneGo(Scenario s, String lstm) {
        Settings settings = lstm(lstm);
        Trainer.Session whole = Trainer.Session.start(s, 7, 2, settings);
        while (!whole.done()) {
            whole.nextEpoch();
        }

        Path file = dir.resolve("cell.ckpt");
        Trainer.Session first = Trainer.Session.start(s, 7, 2, settings);
        first.nextEpoch();
        first.nextEpoch();
        first.nextEpoch();
        first.save(file);
        Trainer.Session second = Trainer.Session.resume(s, 7, 2, settings, file);
        assertThat(second.epoch()).isEqualTo(3);
        assertThat(second.trainNanos()).isEqualTo(first.trainNanos());
        assertThat(second.cpuNanos()).isEqualTo(first.cpuNanos());
        assertThat(second.initialLoss()).isEqualTo(whole.initialLoss());
        second.nextEpoch();
        second.save(file);
        Trainer.Session third = Trainer.Session.resume(s, 7, 2, settings, file);
        while (!third.done()) {
            third.nextEpoch();
        }

        assertThat(third.epoch()).isEqualTo(s.epochs());
        assertThat(third.prepared().net().params().data().asFloat())
                .isEqualTo(whole.prepared().net().params().data().asFloat());
        assertThat(third.prepared().net().getUpdater().getStateViewArray().data().asFloat())
                .isEqualTo(whole.prepared().net().getUpdater().getStateViewArray().data().asFloat());
        Trainer.Prepared a = third.prepared();
        Trainer.Prepared b = whole.prepared();
        assertThat(Evaluator.loss(a.net(), a.data())).isEqualTo(Evaluator.loss(b.net(), b.data()));
        assertThat(Evaluator.accuracy(a.net(), a.data())).isEqualTo(Evaluator.accuracy(b.net(), b.data()));
        assertThat(third.epochsToTarget()).isEqualTo(whole.epochsToTarget());
        // the timed nanoseconds carry over: the third segment's total includes the first two segments'
        assertThat(third.trainNanos()).isGreaterThan(second.trainNanos()).isGreaterThan(first.trainNanos());
    }

    @Test
    void aCheckpointOfAnotherCellIsRefused() {
        Scenario s = Scenarios.ONE_CHAR.withEpochs(2);
        Trainer.Session run = Trainer.Session.start(s, 1, 1, Settings.defaults());
        run.nextEpoch();
        Path file = dir.resolve("cell.ckpt");
        run.save(file);
        assertThatThrownBy(() -> Trainer.Session.resume(s, 2, 1, Settings.defaults(), file))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("seed=1").hasMessageContaining("seed=2");
        assertThatThrownBy(() -> Trainer.Session.resume(s.withHiddenUnits(8), 1, 1, Settings.defaults(), file))
                .isInstanceOf(IllegalStateException.class);
    }

    static Settings lstm(String impl) {
        Properties p = new Properties();
        p.setProperty(Settings.LSTM, impl);
        return Settings.parse(p, Map.of(), List.of());
    }
}
