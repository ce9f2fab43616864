package dev.alphabench.cli;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.CpuPreflight;
import dev.alphabench.backend.CudaLibraries;
import dev.alphabench.backend.GpuReport;
import dev.alphabench.backend.NvidiaSmi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "gpu-check", description = {
        "Report the NVIDIA driver, GPUs, compute capability and memory, whether the cuda targets' ND4J binary supports them,",
        "and which target to build. Does not load ND4J. Exit code 0 when a cuda target can run here, 3 when not."})
public final class GpuCheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        GpuReport report = GpuReport.of(NvidiaSmi.probe(main.settings().nvidiaSmi()), CudaLibraries.onThisMachine(),
                CpuPreflight.flags(), BuildInfo.load(main.settings()).dl4jVersion());
        report.lines().forEach(System.out::println);
        return report.usable() ? ExitCode.OK : ExitCode.ENVIRONMENT;
    }
}
