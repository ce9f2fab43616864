package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsTest {
    @TempDir
    Path dir;

    // 40 sequences in batches of 8: 5 fit calls per epoch, 8 epochs
    private final Scenario masked = Scenarios.VARIABLE_LENGTH.withLayout(Layout.MASKED).withSequences(40).withBatchSize(8)
            .withEpochs(8);

    @Test
    void aCellTrainedInSegmentsGivesTheResultOfOneRun() {
        Settings fused = CheckpointTest.lstm("fused");
        Trainer.Options options = new Trainer.Options(5, 3, 2, null);
        TrainResult whole = new Trainer(fused).train(masked, options);

        Path checkpoint = dir.resolve("cell.ckpt");
        Segments segments = new Segments(checkpoint, 15, Long.MAX_VALUE); // 3 epochs a segment
        List<Integer> epochsSeen = new ArrayList<>();
        Optional<TrainResult> result = Optional.empty();
        int segmentsRun = 0;
        while (result.isEmpty()) {
            result = new Trainer(fused).train(masked, options.withProgress(epochsSeen::add), segments);
            segmentsRun++;
            assertThat(segmentsRun).isLessThanOrEqualTo(3);
        }
        TrainResult r = result.get();
        assertThat(segmentsRun).isEqualTo(3);
        assertThat(epochsSeen).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r.finalLoss()).isEqualTo(whole.finalLoss());
        assertThat(r.accuracy()).isEqualTo(whole.accuracy());
        assertThat(r.initialLoss()).isEqualTo(whole.initialLoss());
        assertThat(r.epochsToTarget()).isEqualTo(whole.epochsToTarget());
        assertThat(r.iterations()).isEqualTo(whole.iterations());
        assertThat(r.warmupNanos()).isPositive(); // the last segment's own warm-up, outside the clock
        assertThat(r.trainNanos()).isPositive();
        assertThat(Files.exists(checkpoint)).as("the caller deletes the checkpoint once the row is written").isTrue();
    }

    @Test
    void residentMemoryEndsASegmentBeforeItsIterations() {
        assumeThat(Segments.residentBytes()).as("/proc/self/status").isPositive();
        Path checkpoint = dir.resolve("cell.ckpt");
        List<Integer> epochsSeen = new ArrayList<>();
        Optional<TrainResult> r = new Trainer(Settings.defaults()).train(masked,
                Trainer.Options.seed(1).withProgress(epochsSeen::add), new Segments(checkpoint, 50, 1)); // memory counts from 5 calls: one epoch
        assertThat(r).isEmpty();
        assertThat(epochsSeen).containsExactly(1);
        assertThat(checkpoint).exists();
    }

    @Test
    void withoutSegmentsTheCellTrainsInOneGo() {
        List<Integer> epochsSeen = new ArrayList<>();
        Optional<TrainResult> r = new Trainer(Settings.defaults()).train(masked,
                Trainer.Options.seed(1).withProgress(epochsSeen::add), Segments.NONE);
        assertThat(r).isPresent();
        assertThat(epochsSeen).hasSize(8);
    }

    @Test
    void residentMemoryIsReadFromProc() {
        assumeThat(Path.of("/proc/self/status")).exists();
        assertThat(Segments.residentBytes()).isGreaterThan(10L << 20); // a JVM with ND4J loaded
    }
}
