package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** pom.xml's profiles and the launcher agree with the target registry. */
class TargetsBuildFilesTest {
    private static Element pom;

    @BeforeAll
    static void readPom() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        pom = doc.getDocumentElement();
    }

    @Test
    void eachTargetsProfilesBuildItUnderItsId() {
        for (Target t : Targets.all()) {
            Map<String, String> props = properties(pom);
            List<Element> deps = new ArrayList<>();
            for (String id : t.profiles()) {
                Element profile = profile(id);
                assertThat(profile).as("pom.xml profile " + id + " of target " + t.id()).isNotNull();
                props.putAll(properties(profile));
                deps.addAll(children(child(profile, "dependencies"), "dependency"));
            }
            assertThat(resolve(props, "alphabench.target")).as("alphabench.target of -P " + t.profileArgument())
                    .isEqualTo(t.id());
            String artifact = t.nd4jArtifact().replaceAll(":.*$", "");
            String classifier = t.classifierSuffix().isEmpty() ? "" : "${javacpp.platform}" + t.classifierSuffix();
            assertThat(deps).as("the ND4J dependency of " + t.id()).anyMatch(d -> text(d, "artifactId").equals(artifact)
                    && text(d, "classifier").equals(classifier));
        }
    }

    @Test
    void minusPAcceptsExactlyTheTargetsProfiles() {
        Set<String> registry = new LinkedHashSet<>();
        Targets.all().forEach(t -> registry.addAll(t.profiles()));
        Map<String, String> props = properties(pom);
        assertThat(Set.of(props.get("alphabench.profiles").split(" "))).isEqualTo(registry);
        for (Target t : Targets.all()) {
            assertThat(props.get("alphabench.targets")).contains(t.id());
        }
    }

    @Test
    void theLauncherRefusesAnUnknownTargetWithoutBuilding() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/alphabench", "list");
        pb.environment().put("ALPHABENCH_TARGET", "tpu");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).containsExactly("alphabench: unknown target 'tpu' (ALPHABENCH_TARGET): the targets are "
                + String.join(", ", Targets.ids()));
        assertThat(Path.of("target", "alphabench-tpu.jar")).doesNotExist();
    }

    private static Element profile(String id) {
        for (Element p : children(child(pom, "profiles"), "profile")) {
            if (text(p, "id").equals(id)) {
                return p;
            }
        }
        return null;
    }

    private static Map<String, String> properties(Element owner) {
        Map<String, String> out = new HashMap<>();
        Element props = child(owner, "properties");
        if (props != null) {
            NodeList list = props.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element e) {
                    out.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        return out;
    }

    private static String resolve(Map<String, String> props, String key) {
        String value = props.getOrDefault(key, "");
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(resolve(props, m.group(1))));
        }
        return m.appendTail(sb).toString();
    }

    private static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(tag)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        Element c = child(parent, tag);
        return c == null ? "" : c.getTextContent().strip();
    }
}
