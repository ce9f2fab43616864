package dev.alphabench.train;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import java.util.List;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Fit calls on a throw-away network before the measured run, outside its clock (every segment's JVM warms up). */
final class WarmUp {
    private WarmUp() {
    }

    /** @return the warm-up's wall time in nanoseconds; 0 when no warm-up is asked for */
    static long run(Scenario s, Trainer.Options options, Settings settings) {
        if (options.warmupIterations() <= 0) {
            return 0;
        }
        Trainer.Prepared w = Trainer.Prepared.of(s, options.seed() ^ 0x5DEECE66DL, settings);
        int done = 0;
        long start = System.nanoTime();
        while (done < options.warmupIterations()) {
            List<DataSet> batches = w.data().epoch(w.shuffle());
            int perFit = s.iterationsPerEpoch() / batches.size(); // stateful: one fit updates once per letter
            for (DataSet batch : batches) {
                PointerGc.run(() -> w.net().fit(batch));
                done += perFit;
                if (done >= options.warmupIterations()) {
                    break;
                }
            }
        }
        Nd4j.getExecutioner().commit();
        return System.nanoTime() - start;
    }
}
