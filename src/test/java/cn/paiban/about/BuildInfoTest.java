package cn.paiban.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import cn.paiban.i18n.Msg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @AfterEach
    void chinese() { Msg.use("zh"); }

    /** Every library the build bundles has a licence recorded: a new dependency without one fails here. */
    @Test
    void everyBundledLibraryHasALicence() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.libraries().size() > 20, "libraries.txt from the build: " + b.libraries());
        List<String> without = b.libraries().stream().filter(c -> c.licence() == null).map(BuildInfo.Component::name).toList();
        assertEquals(List.of(), without, "add these to cn/paiban/about/licences.properties");
        BuildInfo.Component openpdf = b.libraries().stream().filter(c -> c.name().equals("com.github.librepdf:openpdf"))
                .findFirst().orElseThrow();
        assertEquals("LGPL-2.1 OR MPL-2.0", openpdf.licence());
        assertFalse(openpdf.version().isBlank());
        assertEquals(1, b.libraries().stream().filter(c -> c.name().equals("org.openjfx:javafx-base")).count(),
                "the platform jar and the empty one are one library");
    }

    @Test
    void eachBundledFontNamesAFileAndALicenceThatExist() {
        BuildInfo b = BuildInfo.current();
        Path fonts = Path.of("fonts");
        List<String> all = b.fonts().stream().flatMap(f -> List.of(f.where().replaceAll(" \\(.*", "").split(", ")).stream())
                .collect(Collectors.toList());
        for (BuildInfo.Component f : b.fonts()) {
            // every bundled face may be shared under the OFL (花園明朝B is dual-licensed, Hanazono or OFL)
            assertTrue(f.licence().equals("OFL-1.1") || f.licence().endsWith(" OR OFL-1.1"), f.name() + ": " + f.licence());
            String licenceFile = f.where().replaceAll(".*\\((.*)\\)", "$1");
            assertTrue(Files.isRegularFile(fonts.resolve(licenceFile)), licenceFile);
        }
        try (var files = Files.list(fonts)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(ttf|ttc|otf)"))
                    .sorted().toList();
            assertEquals(onDisk, all.stream().sorted().toList(), "every font in fonts/ is listed with its licence");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void librariesAreReadFromMavensListingWithClassifiersFolded() {
        Properties lic = new Properties();
        lic.setProperty("org.openjfx", "GPL-2.0-only WITH Classpath-exception-2.0");
        lic.setProperty("com.ibm.icu:icu4j", "Unicode-3.0");
        List<BuildInfo.Component> l = BuildInfo.libraries("""

                The following files have been resolved:
                   com.ibm.icu:icu4j:jar:79.1 -- module com.ibm.icu [auto]
                   org.openjfx:javafx-base:jar:21.0.11 -- module javafx.baseEmpty [auto]
                   org.openjfx:javafx-base:jar:win:21.0.11 -- module javafx.base
                   org.example:unknown:jar:1.0
                """, lic);
        assertEquals(List.of(new BuildInfo.Component("com.ibm.icu:icu4j", "79.1", "Unicode-3.0", ""),
                new BuildInfo.Component("org.openjfx:javafx-base", "21.0.11", "GPL-2.0-only WITH Classpath-exception-2.0", ""),
                new BuildInfo.Component("org.example:unknown", "1.0", null, "")), l);
        assertNull(BuildInfo.licence(lic, "org.example", "unknown"));
    }

    @Test
    void versionNamesTheBuildTheCommitJavaAndJavaFx() {
        BuildInfo b = BuildInfo.current();
        assertTrue(b.version().matches("\\d+\\.\\d+\\.\\d+.*"), b.version());
        assertFalse(b.version().contains("${"), "filtered by the build");
        assertFalse(b.commit().contains("${"), b.commit());
        assertNotNull(b.commit());
        assertEquals("linux-x64", b.javafxNatives(), "the test classpath carries JavaFX's Linux jars");
        assertTrue(b.javafxVersion().startsWith("21."), b.javafxVersion());

        for (String flag : List.of("--version", "version")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = new Cli().run(List.of(flag), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code);
            assertTrue(text.startsWith("Paiban 排版 " + b.version() + "\n"), text);
            assertTrue(text.contains("构建提交：" + b.commit()), text);
            assertTrue(text.contains("Java：" + System.getProperty("java.runtime.version")), text);
            assertTrue(text.contains("JavaFX：" + b.javafxVersion() + "，本机库：linux-x64"), text);
            assertFalse(text.contains("OFL-1.1"), "licences only on request");
        }
        Msg.use("en");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new Cli().run(List.of("version", "--licences"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Bundled fonts (licence):\n  Noto Serif CJK SC 思源宋体  OFL-1.1  fonts/NotoSerifCJK-Regular.ttc"), text);
        assertTrue(text.contains("  org.openjfx:javafx-graphics 21.0.11  GPL-2.0-only WITH Classpath-exception-2.0"), text);
        assertFalse(text.contains("licence not recorded"), text);
    }
}
