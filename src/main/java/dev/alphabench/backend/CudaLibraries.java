package dev.alphabench.backend;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Where an installed CUDA keeps the libraries a GPU target links against (its registry entry lists
 * them). Only the system-CUDA builds need them installed; the cuda profile bundles them.
 */
public final class CudaLibraries {
    /** Installed with the NVIDIA driver, needed by every CUDA build (bundled runtime or not). */
    static final String DRIVER = Target.CUDA_DRIVER_LIBRARY;

    private CudaLibraries() {
    }

    /** The target's CUDA libraries that {@code found} cannot locate, in order. */
    public static List<String> missing(Target target, Predicate<String> found) {
        return target.cudaLibraries().stream().filter(found.negate()).toList();
    }

    /** Looks where the dynamic linker and JavaCPP look: LD_LIBRARY_PATH, java.library.path, ldconfig, CUDA's default dirs. */
    public static Predicate<String> onThisMachine() {
        Set<Path> dirs = new LinkedHashSet<>();
        for (String path : new String[] {System.getenv("LD_LIBRARY_PATH"), System.getProperty("java.library.path")}) {
            if (path != null) {
                for (String d : path.split(File.pathSeparator)) {
                    if (!d.isBlank()) {
                        dirs.add(Path.of(d));
                    }
                }
            }
        }
        for (Target t : Targets.all()) {
            if (t.gpu()) {
                dirs.add(Path.of("/usr/local/cuda-" + t.cudaVersion() + "/lib64"));
            }
        }
        for (String d : List.of("/usr/local/cuda/lib64", "/usr/lib/x86_64-linux-gnu", "/usr/lib64")) {
            dirs.add(Path.of(d));
        }
        String[] cache = new String[1]; // ldconfig runs on the first question only (CPU builds never ask)
        return lib -> {
            if (dirs.stream().anyMatch(d -> Files.exists(d.resolve(lib)))) {
                return true;
            }
            if (cache[0] == null) {
                cache[0] = ldconfigCache();
            }
            return cache[0].contains(lib + " ");
        };
    }

    private static String ldconfigCache() {
        for (String ldconfig : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig")) {
            try {
                Process p = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return out;
                }
            } catch (IOException e) {
                // try the next location
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }
}
