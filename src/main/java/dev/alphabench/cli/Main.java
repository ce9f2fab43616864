package dev.alphabench.cli;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.settings.InvalidSettingException;
import dev.alphabench.settings.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "alphabench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Benchmark harness: the Keras alphabet-prediction LSTM scenarios on Deeplearning4j.",
        subcommands = {ListCommand.class, RunCommand.class,
                GpuCheckCommand.class,
                BenchCommand.class,
                CompareCommand.class, CheckCommand.class,
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
        Converters.register(cl);
        cl.setExitCodeExceptionMapper(ExitCode::of);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("alphabench: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            int code = ExitCode.of(ex);
            if (code == ExitCode.FAILED) {
                throw ex;
            }
            c.getErr().println("alphabench: " + ex.getMessage());
            return code;
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
