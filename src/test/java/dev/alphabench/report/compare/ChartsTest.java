package dev.alphabench.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.ResultFixtures.CellSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The charts as a browser gets them: the HTML's images exist, parse as SVG and carry titles, units and 1-2-5 ticks. */
class ChartsTest {
    private static final List<String> ONE_TWO_FIVE = List.of("0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100",
            "200", "500", "1,000", "2,000", "5,000", "10,000");

    @TempDir
    Path dir;

    @Test
    void theHtmlShowsAnSvgBesideEveryPng() throws Exception {
        ComparisonReport.write(ComparisonReportTest.sample(dir), dir.resolve("out/cmp"));
        String html = Files.readString(dir.resolve("out/cmp.html"));
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("<img [^>]*src=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertThat(sources).containsExactly("cmp-throughput-timestep-window.svg", "cmp-throughput-one-char.svg",
                "cmp-accuracy.svg");
        for (String svg : sources) {
            Path file = dir.resolve("out").resolve(svg);
            assertThat(file).exists();
            assertThat(dir.resolve("out").resolve(svg.replace(".svg", ".png"))).exists();
            Document doc = parse(Files.readAllBytes(file));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 800.0 480.0");
        }
    }

    @Test
    void throughputChartsHaveUnitsOneTwoFiveTicksAndTheMachineInTheTitle() throws Exception {
        Map<String, byte[]> charts = Charts.render(ComparisonReportTest.sample(dir));
        assertThat(charts.keySet()).containsExactly("throughput-timestep-window.png", "throughput-timestep-window.svg",
                "throughput-one-char.png", "throughput-one-char.svg", "accuracy.png", "accuracy.svg");
        List<String> text = texts(charts.get("throughput-timestep-window.svg"));
        assertThat(text).contains("timestep-window: throughput vs batch size", "profile test · machine test CPU",
                Charts.X_LABEL, Charts.Y_LABEL, Charts.WHISKERS);
        List<String> numbers = text.stream().filter(t -> t.matches("[0-9.,]+")).toList();
        // batch sizes 1, 4, 16: x ticks 1 2 5 10 20; throughputs ~400..2000 samples/s: y ticks among 200 .. 2,000
        assertThat(numbers).contains("1", "2", "5", "10", "20", "500", "1,000").isSubsetOf(ONE_TWO_FIVE);
        assertThat(charts.get("throughput-timestep-window.png")).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void throughputPointsAreMediansWithTheSlowestAndFastestRepetition() {
        YIntervalSeriesCollection tw = Charts.throughputSeries(ComparisonReportTest.sample(dir)).get("timestep-window");
        assertThat(tw.getSeriesCount()).isEqualTo(2);
        assertThat(tw.getSeriesKey(1)).isEqualTo("cuda");
        // cuda at batch 4: 6 ms + 0.1 ms/sample -> 625 samples/s, repetitions at 0.9x and 1.1x
        assertThat(tw.getXValue(1, 1)).isEqualTo(4.0);
        assertThat(tw.getYValue(1, 1)).isCloseTo(625.0, within(1e-6));
        assertThat(tw.getStartYValue(1, 1)).isCloseTo(562.5, within(1e-6));
        assertThat(tw.getEndYValue(1, 1)).isCloseTo(687.5, within(1e-6));
    }

    @Test
    void accuracyChartIsInPercentWithItsValues() throws Exception {
        Comparison c = ComparisonReportTest.sample(dir);
        byte[] svg = Charts.render(c).get("accuracy.svg");
        assertThat(Charts.render(c).get("accuracy.svg")).as("the same SVG on every run").isEqualTo(svg);
        List<String> text = texts(svg);
        assertThat(text).contains("Accuracy per scenario", "profile test · machine test CPU", Charts.ACCURACY_LABEL,
                "90.0", "95.0", "100");
    }

    @Test
    void subtitleNamesEachMachineWhenTargetsDiffer() throws IOException {
        List<CellSpec> cells = List.of(CellSpec.of("one-char", 1, new double[] {100}, 0.5));
        Path cpu = ResultFixtures.write(dir, "cpu", "cpu", cells);
        Path gpu = ResultFixtures.write(dir, "gpu", "cuda", cells);
        // the fixture stamps device "test CPU" and no cpu_model or gpu_name: give the cuda file both
        Files.writeString(gpu, Files.readString(gpu).replace("test CPU,,2,,", "test CPU,Xeon X,2,Tesla T4,"));
        assertThat(Charts.subtitle(Comparison.of(List.of(cpu, gpu))))
                .isEqualTo("profile test · machine test CPU (cpu); Xeon X + Tesla T4 (cuda)");
    }

    private static List<String> texts(byte[] svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }
}
