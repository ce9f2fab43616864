package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void fullBatchTimestepWindowReachesFullAccuracy() {
        Scenario s = Scenarios.TIMESTEP_WINDOW.withBatchSize(23).withHiddenUnits(64).withEpochs(EPOCHS);
        TrainResult r = new Trainer(Settings.defaults()).train(s, new Trainer.Options(1, 0, 50, null));
        assertThat(r.accuracy()).isEqualTo(1.0);
        assertThat(r.reachedTarget()).isTrue();
        assertThat(r.epochsToTarget()).isBetween(1, EPOCHS);
        assertThat(r.finalLoss()).isLessThan(r.initialLoss());
        assertThat(r.problem()).isNull();
        assertThat(r.iterations()).isEqualTo(EPOCHS);
        assertThat(r.samples()).isEqualTo(23L * EPOCHS);
        assertThat(r.trainNanos()).isPositive();
        // the training thread's CPU time over the same loop: positive, and not more than its wall time
        // (the CPU clock is read just outside the wall clock, hence the 5% allowance)
        assertThat(r.trainCpuNanos()).isPositive();
        assertThat(r.threadCpuShare()).isGreaterThan(0).isLessThanOrEqualTo(1.05);
    }

    // 100% was first seen at epoch 270 (seed 1, evaluated every 15 epochs): 600 leaves a wide margin
    static final int EPOCHS = 600;

    @Test
    void statefulRunReportsGenerationFromAAndK() {
        TrainResult r = new Trainer(Settings.defaults()).train(Scenarios.STATEFUL.withEpochs(2), Trainer.Options.seed(1).withWarmup(5));
        assertThat(r.iterations()).isEqualTo(50);
        assertThat(r.generation()).startsWith("A->").contains(" | K->");
        assertThat(r.generation().split(" \\| ")[0].split("->")).hasSize(26);
        assertThat(r.warmupIterations()).isEqualTo(5);
        assertThat(r.warmupNanos()).isPositive();
    }

    @Test
    void sameSeedGivesSameLossAndAccuracy() {
        Scenario s = Scenarios.ONE_CHAR.withEpochs(3);
        TrainResult a = new Trainer(Settings.defaults()).train(s, Trainer.Options.seed(9));
        TrainResult b = new Trainer(Settings.defaults()).train(s, Trainer.Options.seed(9));
        assertThat(a.finalLoss()).isEqualTo(b.finalLoss());
        assertThat(a.accuracy()).isEqualTo(b.accuracy());
    }

    @Test
    void sessionDrivenByHandIsTrainWithoutWarmup() {
        Scenario s = Scenarios.TIMESTEP_WINDOW.withBatchSize(23).withEpochs(40);
        TrainResult trained = new Trainer(Settings.defaults()).train(s, new Trainer.Options(3, 0, 4, null));
        Trainer.Session run = Trainer.Session.start(s, 3, 4, Settings.defaults());
        long sum = 0;
        while (!run.done()) {
            sum += run.nextEpoch();
        }
        assertThat(run.epoch()).isEqualTo(40);
        assertThat(run.trainNanos()).isEqualTo(sum).isPositive();
        assertThat(run.initialLoss()).isEqualTo(trained.initialLoss());
        assertThat(run.epochsToTarget()).isEqualTo(trained.epochsToTarget());
        assertThat(Evaluator.loss(run.prepared().net(), run.prepared().data())).isEqualTo(trained.finalLoss());
    }

    @Test
    void evalEveryDefaultsToAHundredChecks() {
        assertThat(Trainer.evalEvery(Scenarios.ONE_CHAR.withEpochs(500), Trainer.Options.seed(1))).isEqualTo(5);
        assertThat(Trainer.evalEvery(Scenarios.ONE_CHAR.withEpochs(50), Trainer.Options.seed(1))).isEqualTo(1);
        assertThat(Trainer.evalEvery(Scenarios.ONE_CHAR, new Trainer.Options(1, 0, 7, null))).isEqualTo(7);
    }

    @Test
    void invalidCellIsRejectedBeforeTraining() {
        assertThatThrownBy(() -> new Trainer(Settings.defaults()).train(Scenarios.BATCH_STATE.withBatchSize(26), Trainer.Options.seed(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("larger than the data set");
    }

    @Test
    void lossThatDoesNotDecreaseIsFlagged() {
        assertThat(Trainer.validate(3.0, 2.0)).isNull();
        assertThat(Trainer.validate(3.0, 3.1)).contains("did not decrease");
        assertThat(Trainer.validate(3.0, Double.NaN)).contains("not finite");
    }
}
