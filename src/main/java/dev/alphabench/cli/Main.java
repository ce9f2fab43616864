package dev.alphabench.cli;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.regress.Metric;
import dev.alphabench.regress.Statistic;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.InvalidSettingException;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Shard;
import dev.alphabench.tune.Config;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "alphabench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Benchmark harness: the Keras alphabet-prediction LSTM scenarios on Deeplearning4j.",
        subcommands = {ListCommand.class, RunCommand.class,
                GpuCheckCommand.class, TargetsCommand.class,
                BenchCommand.class,
                CompareCommand.class, CheckCommand.class, ExportCommand.class,
                MergeCommand.class, OverheadCommand.class,
                TuneCommand.class})
public final class Main {
    private Settings settings;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        registerConverters(cl);
        cl.setExitCodeExceptionMapper(ExitCode::of);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("alphabench: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ExitCode.of(ex) == ExitCode.FAILED) {
                throw ex; // a bug: picocli prints the stack trace
            }
            c.getErr().println("alphabench: " + ex.getMessage());
            return ExitCode.of(ex);
        });
        return cl;
    }

    /** This run's settings, read and validated once, when a command first needs them (a bad value exits 2). */
    Settings settings() {
        if (settings == null) {
            settings = Settings.fromSystem();
        }
        return settings;
    }

    /** Option values parsed by picocli, so that a bad one is the usual one-line parameter error (exit 2). */
    static void registerConverters(CommandLine cl) {
        converter(cl, Scenario.class, Scenarios::byId);
        converter(cl, Layout.class, Layout::parse);
        converter(cl, Shard.class, Shard::parse);
        converter(cl, Config.class, Config::parse);
        converter(cl, Metric.class, Metric::parse);
        converter(cl, Statistic.class, Statistic::parse);
    }

    private static <T> void converter(CommandLine cl, Class<T> type, Function<String, T> parse) {
        cl.registerConverter(type, text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Settings settings;
            try {
                settings = Settings.fromSystem();
            } catch (InvalidSettingException e) {
                // picocli asks while it builds the command line; the command that needs the settings reports it
                settings = Settings.defaults();
            }
            var b = BuildInfo.load(settings);
            return new String[] {"alphabench " + b.version() + " (target " + b.target() + ", DL4J " + b.dl4jVersion() + ")"};
        }
    }
}
