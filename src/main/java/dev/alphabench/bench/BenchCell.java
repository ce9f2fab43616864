package dev.alphabench.bench;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import java.util.List;
import java.util.Map;

/**
 * The JMH parameters of {@link EpochBenchmark} as a sweep cell: a tutorial scenario with overrides.
 * {@value #TUTORIAL} keeps the scenario's own value. The benchmark, the CLI's up-front validation and
 * the JSON-to-CSV converter all read parameters through here, so they agree on what a cell is.
 */
public final class BenchCell {
    public static final String TUTORIAL = "tutorial";
    public static final String SCENARIO = "scenario";
    public static final String LAYOUT = "layout";
    public static final String BATCH_SIZE = "batchSize";
    public static final String WINDOW = "window";
    public static final String HIDDEN_UNITS = "hiddenUnits";
    public static final String SEED = "seed";
    /** Every @Param of the benchmark, in the order JMH lists them. */
    public static final List<String> PARAMS = List.of(SCENARIO, LAYOUT, BATCH_SIZE, WINDOW, HIDDEN_UNITS, SEED);

    private BenchCell() {
    }

    /** The cell these parameter values describe; IllegalArgumentException with one clear line if invalid. */
    public static Scenario scenario(String scenario, String layout, String batchSize, String window, String hiddenUnits) {
        Scenario s = Scenarios.byId(scenario);
        if (!TUTORIAL.equals(layout)) s = s.withLayout(Layout.parse(layout));
        if (!TUTORIAL.equals(batchSize)) s = s.withBatchSize(number(BATCH_SIZE, batchSize));
        if (!TUTORIAL.equals(window)) s = s.withWindow(number(WINDOW, window));
        if (!TUTORIAL.equals(hiddenUnits)) s = s.withHiddenUnits(number(HIDDEN_UNITS, hiddenUnits));
        String problem = s.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return s;
    }

    public static Scenario scenario(Map<String, String> params) {
        for (String name : PARAMS) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("JMH result has no parameter '" + name + "'");
            }
        }
        return scenario(params.get(SCENARIO), params.get(LAYOUT), params.get(BATCH_SIZE), params.get(WINDOW),
                params.get(HIDDEN_UNITS));
    }

    public static long seed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter seed must be a whole number (got '" + text + "')");
        }
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " must be a whole number or '" + TUTORIAL
                    + "' (got '" + text + "')");
        }
    }
}
