package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.cli.Cli.Result;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relative gate end to end: HEAD of this repository is built in target/ab/ (once; later runs reuse
 * it) and compared with the build under test on a one-cell profile. Thresholds of 15% keep the unchanged
 * comparison clear of a busy machine's noise while a 30% injected slowdown (ratio 1/1.3) still fails;
 * the defaults are what the study in docs/REGRESSION.md measures.
 */
class CheckBaseRefTest {
    static Result check(String... extra) {
        return Cli.run("check", extra);
    }

    static String tinyProfile() {
        try {
            return Path.of(CheckBaseRefTest.class.getResource("ab-tiny.yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result headAgainstWorkingTree(String... more) {
        List<String> args = new ArrayList<>(List.of("--base-ref", "HEAD", "--profile", tinyProfile(), "--rounds", "4",
                "--threshold", "0.15", "--suite-threshold", "0.15"));
        args.addAll(List.of(more));
        return check(args.toArray(String[]::new));
    }

    @Test
    void theUnchangedBuildAgainstHeadExits0() {
        Result r = headAgainstWorkingTree();
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("timestep-window").contains("suite (geometric mean)").contains("clean: no regression");
        assertThat(r.out()).containsPattern("round 4 cell 1/1 (base|current)");
    }

    @Test
    void anInjectedSlowdownOf30PercentExits1() {
        Result r = headAgainstWorkingTree("--current-opts", "-Dalphabench.test.slowdown=0.3");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains("slower").contains("REGRESSION");
    }

    @Test
    void anUnknownRefExits2WithOneLine() {
        Result r = check("--base-ref", "no-such-branch-xyz", "--profile", tinyProfile());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).contains("unknown git ref 'no-such-branch-xyz'").doesNotContain("\n");
    }

    @Test
    void badInputExits2BeforeAnythingIsBuilt() {
        assertThat(check("--base-ref", "HEAD", "--profile", "no-such-profile").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check("--base-ref", "HEAD", "--base-opts", "fused").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check("--base-ref", "HEAD", "--rounds", "1").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check("--base-ref", "HEAD", "--threshold", "1.5").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check("--base-ref", "HEAD", "--baseline", "x.csv").exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check("--current", "x.csv").exit()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
