package dev.alphabench.cli;

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
                dev.alphabench.tune.TuneCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("alphabench: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof BadInputException || ex instanceof dev.alphabench.backend.InvalidSettingException) {
                c.getErr().println("alphabench: " + ex.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof EnvironmentException || ex instanceof dev.alphabench.backend.BackendException) {
                c.getErr().println("alphabench: " + ex.getMessage());
                return ExitCode.ENVIRONMENT;
            }
            throw ex;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var b = dev.alphabench.backend.BuildInfo.load();
            return new String[] {"alphabench " + b.version() + " (target " + b.target() + ", DL4J " + b.dl4jVersion() + ")"};
        }
    }
}
