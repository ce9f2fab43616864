package dev.alphabench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.settings.Settings;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

class KindTest {

    @Test
    void iterationsPerEpochAreTheParameterUpdatesOfFittingOneEpoch() {
        for (Scenario s : Scenarios.all()) {
            Scenario small = (s.sequences() > 0 ? s.withSequences(40) : s).withHiddenUnits(2);
            for (Scenario cell : s.kind() instanceof Kind.Stateful ? new Scenario[] {small}
                    : new Scenario[] {small, small.withBatchSize(4), small.withBatchSize(small.samples())}) {
                MultiLayerNetwork net = cell.network(1, Settings.defaults());
                cell.data(1).epoch(new Random(1)).forEach(net::fit);
                assertThat(cell.iterationsPerEpoch()).as(cell.id() + " batch " + cell.batchSize())
                        .isEqualTo(net.getIterationCount());
            }
        }
    }

    @Test
    void iterationsPerEpochOfEachKind() {
        assertThat(Scenarios.STATEFUL.iterationsPerEpoch()).isEqualTo(25); // one fit, TBPTT 1: one update per letter
        assertThat(Scenarios.ONE_CHAR.withBatchSize(4).iterationsPerEpoch()).isEqualTo(7); // 25 windows, last batch partial
        assertThat(Scenarios.BATCH_STATE.iterationsPerEpoch()).isEqualTo(1);
        assertThat(Scenarios.TIMESTEP_WINDOW.withWindow(8).iterationsPerEpoch()).isEqualTo(18);
        assertThat(Scenarios.VARIABLE_LENGTH.iterationsPerEpoch()).isEqualTo(1000);
        assertThat(Scenarios.VARIABLE_LENGTH.withSequences(30).withBatchSize(8).iterationsPerEpoch()).isEqualTo(4);
    }

    @Test
    void eachKindRefusesWhatItCannotTrain() {
        assertThat(Scenarios.STATEFUL.withBatchSize(4).problem())
                .isEqualTo("scenario stateful is stateful: it needs window 1, layout time-steps and batch size 1");
        assertThat(Scenarios.STATEFUL.withLayout(Layout.MASKED).problem()).contains("is stateful");
        assertThat(Scenarios.ONE_CHAR.withLayout(Layout.MASKED).problem())
                .isEqualTo("layout masked applies to variable-length sequences only (scenario one-char)");
        assertThat(Scenarios.VARIABLE_LENGTH.withLayout(Layout.MASKED).problem()).isNull();
        assertThat(Scenarios.VARIABLE_LENGTH.withSequences(10).withBatchSize(11).problem())
                .isEqualTo("batch size 11 is larger than the data set of scenario variable-length (10 samples)");
        assertThat(Scenarios.all()).allSatisfy(s -> assertThat(s.problem()).isNull());
    }

    @Test
    void onlyVariableLengthHasSequences() {
        assertThat(Scenarios.VARIABLE_LENGTH.withSequences(40).kind()).isEqualTo(new Kind.VariableLength(40));
        assertThat(Scenarios.ONE_CHAR.sequences()).isZero();
        assertThat(Scenarios.ONE_CHAR.withSequences(0)).isEqualTo(Scenarios.ONE_CHAR);
        assertThatThrownBy(() -> Scenarios.STATEFUL.withSequences(5))
                .hasMessage("sequences applies to variable-length only, not to stateful");
    }

    @Test
    void overridesKeepTheKindAndEveryOtherValue() {
        Scenario s = Scenarios.VARIABLE_LENGTH.withEpochs(3).withHiddenUnits(8).withWindow(4).withLayout(Layout.MASKED)
                .withBatchSize(2);
        assertThat(s).isEqualTo(new Scenario("variable-length", new Kind.VariableLength(1000), 4, Layout.MASKED, 8, 3, 2,
                true, 0.99, 0.999));
        assertThat(Scenario.of("stateful", new Kind.Stateful()).withHiddenUnits(50).withEpochs(300).withAccuracy(1, 1))
                .isEqualTo(Scenarios.STATEFUL);
    }

    @Test
    void onlyTheStatefulKindGeneratesAfterTraining() {
        MultiLayerNetwork stateful = Scenarios.STATEFUL.withHiddenUnits(4).network(1, Settings.defaults());
        String generated = Scenarios.STATEFUL.kind().generation(stateful);
        assertThat(generated).matches("A(->[A-Z]){25} \\| K(->[A-Z]){5}");
        assertThat(Scenarios.ONE_CHAR.kind().generation(Scenarios.ONE_CHAR.withHiddenUnits(4).network(1, Settings.defaults()))).isEmpty();
        assertThat(Scenarios.VARIABLE_LENGTH.withLayout(Layout.MASKED).kind().lstmImpl(Settings.defaults())).isEqualTo("dl4j");
    }
}
