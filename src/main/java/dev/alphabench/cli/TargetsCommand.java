package dev.alphabench.cli;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.CpuPreflight;
import dev.alphabench.backend.CudaLibraries;
import dev.alphabench.backend.GpuPreflight;
import dev.alphabench.backend.NvidiaSmi;
import dev.alphabench.backend.Target;
import dev.alphabench.backend.Targets;
import dev.alphabench.report.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "targets", description = {
        "List the hardware targets (generated from the target registry), or with --preflight check, without loading",
        "ND4J, that this machine can run this build's target: exit code 0 when it can, 3 with the reason when not."})
public final class TargetsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--markdown", description = "Print a Markdown table (used for README.md).")
    boolean markdown;

    @Option(names = "--preflight", description = "Check this machine can run this build's target (CPU instructions,"
            + " GPU, CUDA libraries); the build runs it before its tests.")
    boolean preflight;

    @Override
    public Integer call() {
        if (preflight) {
            BuildInfo build = BuildInfo.load(main.settings());
            if (build.expectsCuda()) {
                GpuPreflight.check(build, NvidiaSmi.probe(main.settings().nvidiaSmi()), CudaLibraries.onThisMachine());
            } else {
                CpuPreflight.check(build, CpuPreflight.flags());
            }
            System.out.println("alphabench: this machine can run target " + build.spec().id());
            return ExitCode.OK;
        }
        System.out.print(markdown ? markdown() : table());
        return ExitCode.OK;
    }

    static final String[] HEADER = {"target", "build", "ND4J binary", "downloads (once)", "runs on"};

    static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (Target t : Targets.all()) {
            String build = "./mvnw " + ("cpu".equals(t.id()) ? "" : "-P " + t.profileArgument() + " ") + "package";
            String artifact = t.nd4jArtifact().replaceAll("(-platform)?(:.*)?$", "");
            String binary = artifact + " " + (t.gpu() ? (t.cudnn() ? "+ cuDNN" : "") : t.binary());
            rows.add(new String[] {t.id(), build, binary.strip(), t.download(), t.runsOn()});
        }
        return rows;
    }

    static String table() {
        TextTable table = new TextTable(HEADER);
        rows().forEach(r -> table.add((Object[]) r));
        return table.render();
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|");
        sb.append("---|".repeat(HEADER.length)).append('\n');
        for (String[] r : rows()) {
            sb.append("| `").append(r[0]).append("` | `").append(r[1]).append("` | ").append(r[2]).append(" | ")
                    .append(r[3]).append(" | ").append(r[4]).append(" |\n");
        }
        return sb.toString();
    }
}
