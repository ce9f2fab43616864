package dev.alphabench.cli;

import dev.alphabench.scenario.Kind.VariableLength;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Expansion;
import dev.alphabench.sweep.Profile;
import dev.alphabench.sweep.ProfileLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** What to train: a profile narrowed by --scenario, or ad-hoc cells from the tutorial scenarios and overrides. */
final class CellOptions {
    static final String ADHOC = "adhoc";

    @Option(names = "--scenario", split = ",", paramLabel = "ID",
            description = "Scenario ids, comma-separated (see 'list'). Default: all six, or all of the profile's.")
    List<String> scenarioIds = new ArrayList<>();

    @Option(names = "--epochs", description = "Override the scenario's epochs (not with --profile).")
    Integer epochs;

    @Option(names = "--batch-size", description = "Override the scenario's batch size (not with --profile).")
    Integer batchSize;

    @Option(names = "--layout", description = "Override the layout: time-steps, features, masked (not with --profile).")
    Layout layout;

    @Option(names = "--window", description = "Override the window (variable-length: maximum length; not with --profile).")
    Integer window;

    @Option(names = "--hidden-units", description = "Override the LSTM units (not with --profile).")
    Integer hiddenUnits;

    @Option(names = "--sequences", description = "Override the number of variable-length sequences (not with --profile).")
    Integer sequences;

    @Option(names = "--seed", description = "First seed; repetition i uses seed + i. Default: 1, or the profile's.")
    Long seed;

    @Option(names = "--repetitions", description = "Trainings per cell. Default: 1, or the profile's.")
    Integer repetitions;

    @Option(names = "--warmup", description = "Warm-up fit calls on a throw-away network, excluded from timing. Default: 50, or the profile's.")
    Integer warmup;

    /** The cells to run, the PROFILE column value, what the profile skipped, and its run settings (null: not set). */
    record Plan(String profileName, List<Cell> cells, List<String> skipped, Integer forks, java.time.Duration cellTimeout,
                Integer segmentIterations, Integer segmentMemory) {
        Plan(String profileName, List<Cell> cells, List<String> skipped) {
            this(profileName, cells, skipped, null, null, null, null);
        }
    }

    /** Validates every option (and the profile) and builds the cells; throws BadInputException before anything runs. */
    Plan plan(String profile, ProfileLoader profiles) {
        if (repetitions != null && repetitions <= 0) throw new BadInputException("--repetitions must be positive (got " + repetitions + ")");
        if (warmup != null && warmup < 0) throw new BadInputException("--warmup must be zero or positive (got " + warmup + ")");
        positive("--epochs", epochs);
        positive("--batch-size", batchSize);
        positive("--window", window);
        positive("--hidden-units", hiddenUnits);
        positive("--sequences", sequences);
        Plan plan = profile == null ? adhoc() : fromProfile(profile, profiles);
        List<Cell> cells = plan.cells().stream().map(c -> new Cell(c.scenario(),
                seed != null ? seed : c.firstSeed(),
                repetitions != null ? repetitions : c.repetitions(),
                warmup != null ? warmup : c.warmupIterations())).toList();
        return new Plan(plan.profileName(), cells, plan.skipped(), plan.forks(), plan.cellTimeout(), plan.segmentIterations(),
                plan.segmentMemory());
    }

    private Plan fromProfile(String name, ProfileLoader profiles) {
        List<String> axes = new ArrayList<>();
        if (epochs != null) axes.add("--epochs");
        if (batchSize != null) axes.add("--batch-size");
        if (layout != null) axes.add("--layout");
        if (window != null) axes.add("--window");
        if (hiddenUnits != null) axes.add("--hidden-units");
        if (sequences != null) axes.add("--sequences");
        if (!axes.isEmpty()) {
            throw new BadInputException(String.join(", ", axes) + " cannot be combined with --profile: set the values in the profile");
        }
        Profile p = profiles.load(name);
        Expansion expansion = Expansion.of(p);
        List<Cell> cells = expansion.cells();
        List<String> skipped = expansion.skipped();
        if (!scenarioIds.isEmpty()) {
            List<String> inProfile = p.scenarios().stream().map(b -> b.scenario().id()).toList();
            for (String id : scenarioIds) {
                if (!inProfile.contains(id.trim())) {
                    throw new BadInputException("scenario '" + id + "' is not in profile " + p.name()
                            + " (" + p.file() + " has: " + String.join(", ", inProfile) + ")");
                }
            }
            List<String> wanted = scenarioIds.stream().map(String::trim).toList();
            cells = cells.stream().filter(c -> wanted.contains(c.scenario().id())).toList();
            skipped = skipped.stream().filter(s -> wanted.contains(s.substring(0, s.indexOf(':')))).toList();
        }
        return new Plan(p.name(), cells, skipped, p.defaults().forks(), p.defaults().cellTimeout(),
                p.defaults().segmentIterations(), p.defaults().segmentMemory());
    }

    private Plan adhoc() {
        List<Scenario> base = new ArrayList<>();
        if (scenarioIds.isEmpty()) {
            base.addAll(Scenarios.all());
        }
        for (String id : scenarioIds) {
            base.add(Scenarios.find(id).orElseThrow(() -> new BadInputException(
                    "unknown scenario '" + id + "' (valid: " + Scenarios.ids() + ")")));
        }
        List<Cell> cells = new ArrayList<>();
        for (Scenario s : base) {
            Scenario cell = override(s);
            String problem = cell.problem();
            if (problem != null) {
                throw new BadInputException(problem);
            }
            cells.add(new Cell(cell, Expansion.DEFAULT_SEED, Expansion.DEFAULT_REPETITIONS, Expansion.DEFAULT_WARMUP));
        }
        List<String> keys = cells.stream().map(Cell::key).collect(Collectors.toList());
        if (keys.stream().distinct().count() != keys.size()) {
            throw new BadInputException("--scenario lists a scenario twice");
        }
        return new Plan(ADHOC, cells, List.of());
    }

    private Scenario override(Scenario s) {
        Scenario c = s;
        if (epochs != null) c = c.withEpochs(epochs);
        if (batchSize != null) c = c.withBatchSize(batchSize);
        if (window != null) c = c.withWindow(window);
        if (hiddenUnits != null) c = c.withHiddenUnits(hiddenUnits);
        if (sequences != null) {
            if (!(c.kind() instanceof VariableLength)) {
                throw new BadInputException("--sequences applies to variable-length only, not to " + s.id());
            }
            c = c.withSequences(sequences);
        }
        if (layout != null) c = c.withLayout(layout);
        return c;
    }

    private static void positive(String option, Integer value) {
        if (value != null && value <= 0) {
            throw new BadInputException(option + " must be positive (got " + value + ")");
        }
    }
}
