package dev.alphabench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.Options;

class BenchPlanTest {
    private static final JmhProfile SMOKE = new JmhProfile("jmh-t", null, 1, 1, 2,
            Map.of(BenchCell.SCENARIO, List.of("timestep-window", "batch-state"), BenchCell.HIDDEN_UNITS, List.of("8")));
    private static final Path JSON = Path.of("out", "r-jmh.json");
    private static final Path CHECKS = Path.of("out", "checks");

    @Test
    void profileSetsDefaultsAndResultsAreJson() {
        BenchPlan plan = BenchPlan.of(SMOKE, List.of(), JSON, CHECKS);
        Options o = plan.options();
        assertThat(o.getForkCount().get()).isEqualTo(1);
        assertThat(o.getMeasurementIterations().get()).isEqualTo(2);
        assertThat(o.getResultFormat().get()).isEqualTo(ResultFormatType.JSON);
        assertThat(o.getResult().get()).isEqualTo(JSON.toString());
        assertThat(o.getJvmArgsAppend().get()).anyMatch(a -> a.startsWith("-D" + dev.alphabench.settings.Settings.JMH_CHECKS + "="));
        assertThat(plan.cells()).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry(BenchCell.HIDDEN_UNITS, "8")
                .containsEntry(BenchCell.BATCH_SIZE, BenchCell.TUTORIAL).containsKeys(BenchCell.PARAMS.toArray(String[]::new)));
        assertThat(plan.forks()).isEqualTo(1);
    }

    @Test
    void userOptionsOverrideTheProfileKeyByKey() {
        BenchPlan plan = BenchPlan.of(SMOKE, List.of("-f", "3", "-p", "scenario=one-char", "-jvmArgsAppend", "-Xmx2g"), JSON, CHECKS);
        assertThat(plan.options().getForkCount().get()).isEqualTo(3);
        assertThat(plan.options().getWarmupIterations().get()).isEqualTo(1);
        assertThat(plan.options().getParameter(BenchCell.SCENARIO).get()).containsExactly("one-char");
        assertThat(plan.options().getParameter(BenchCell.HIDDEN_UNITS).get()).containsExactly("8");
        assertThat(plan.options().getJvmArgsAppend().get()).contains("-Xmx2g");
        assertThat(plan.cells()).singleElement().satisfies(c -> assertThat(c).containsEntry(BenchCell.SCENARIO, "one-char"));
        assertThat(plan.forks()).isEqualTo(3);
    }

    @Test
    void withoutAProfileTheAnnotationsDecide() {
        BenchPlan plan = BenchPlan.of(JmhProfile.DEFAULT, List.of(), JSON, CHECKS);
        assertThat(plan.cells()).hasSize(6);
        assertThat(plan.forks()).isEqualTo(2);
        assertThat(plan.options().getForkCount().hasValue()).isFalse();
    }

    @Test
    void badInputIsRejectedBeforeAnythingRuns() {
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-f", "x"), JSON, CHECKS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JMH option error");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("--no-such-option"), JSON, CHECKS))
                .hasMessageContaining("JMH option error");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-p", "units=4"), JSON, CHECKS))
                .hasMessageContaining("unknown JMH parameter 'units'");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-p", "batchSize=24"), JSON, CHECKS))
                .hasMessageContaining("batch size 24 is larger than the data set");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-p", "scenario=stateful", "-p", "layout=features"), JSON, CHECKS))
                .hasMessageContaining("stateful");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-rf", "csv"), JSON, CHECKS)).hasMessageContaining("-rf csv");
        assertThatThrownBy(() -> BenchPlan.of(SMOKE, List.of("-rff", "x.json"), JSON, CHECKS)).hasMessageContaining("-rff");
    }
}
