package cn.paiban.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packages bin/package leaves in target/dist/ (bin/test builds them, then runs this class; the default
 * `mvn verify` leaves it out, see the surefire excludes in pom.xml): the Windows zip's layout, launchers and
 * jar (manifest, classes, Windows natives), the Linux tar.gz run from a temporary folder, and the .deb
 * unpacked with dpkg -x into a temporary root and run from there.
 */
class DistPackagesTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String SAMPLE = "samples/shuozhou-jingji-2023-04";
    private static Path dist;
    private static String name;

    @BeforeAll
    static void findPackages() throws IOException {
        dist = Path.of(System.getProperty("paiban.dist", "target/dist"));
        assertTrue(Files.isDirectory(dist), dist + " missing: run bin/package first");
        try (Stream<Path> s = Files.list(dist)) {
            name = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-windows-x64.zip")).findFirst()
                    .map(n -> n.substring(0, n.length() - "-windows-x64.zip".length()))
                    .orElseThrow(() -> new AssertionError("no paiban-*-windows-x64.zip in " + dist));
        }
    }

    @Test
    void windowsZipHoldsTheJarLaunchersFontsTemplatesSampleLicencesAndAGuide() throws IOException {
        try (ZipFile zip = new ZipFile(dist.resolve(name + "-windows-x64.zip").toFile(), GBK)) {
            Set<String> names = new TreeSet<>();
            zip.stream().forEach(e -> names.add(e.getName()));
            String top = name + "/";
            assertTrue(names.stream().allMatch(n -> n.startsWith(top)), "one top folder: " + names);
            for (String f : List.of("paiban.jar", "Paiban.bat", "Paiban.vbs", "使用说明.txt", "THIRD-PARTY.txt",
                    "fonts/NotoSerifCJK-Regular.ttc", "fonts/NotoSansCJK-Regular.ttc", "fonts/NotoSansCJK-Bold.ttc",
                    "fonts/LXGWWenKai-Regular.ttf", "fonts/LICENSE-NotoCJK.txt", "fonts/LICENSE-LXGWWenKai.txt",
                    "templates/shuozhou-jingji/template.json", SAMPLE + "/issue.json",
                    "licences/LGPL-2.1.txt", "licences/GPL-2.txt", "licences/Classpath-exception-2.0.txt",
                    "licences/Apache-2.0.txt", "licences/Unicode-3.0-icu4j.txt")) {
                assertTrue(names.contains(top + f), "zip lacks " + f);
            }
            assertFalse(names.stream().anyMatch(n -> n.contains("/.backup/") || n.endsWith(".tmp")), "no editor leftovers");
            assertFalse(names.contains(top + "paiban"), "the Linux shell launcher stays out");

            // cmd.exe on a Chinese PC reads code page 936 with CRLF
            byte[] bat = bytes(zip, top + "Paiban.bat");
            String batText = new String(bat, GBK);
            assertCrlfOnly(batText, "Paiban.bat");
            assertTrue(batText.contains("没有找到 Java；Paiban 排版需要 Java 17 或更高版本。"), batText);
            assertTrue(batText.contains("if %MAJORNUM% LSS 17 goto oldjava"), batText);
            assertTrue(batText.contains("-cp \"%~dp0paiban.jar\" cn.paiban.Launcher %*"), batText);
            assertFalse(new String(bat, StandardCharsets.UTF_8).contains("没有找到"), "GBK, not UTF-8");

            // Windows Script Host reads UTF-16LE with a BOM on any code page
            byte[] vbs = bytes(zip, top + "Paiban.vbs");
            assertEquals(0xFF, vbs[0] & 0xff);
            assertEquals(0xFE, vbs[1] & 0xff);
            String vbsText = new String(vbs, 2, vbs.length - 2, StandardCharsets.UTF_16LE);
            assertCrlfOnly(vbsText, "Paiban.vbs");
            assertTrue(vbsText.contains("\"bin\\javaw.exe\"") && vbsText.contains("\"paiban.jar\""), "starts javaw, no console");
            assertTrue(vbsText.contains("没有找到 Java \" & NEED & \" 或更高版本"), vbsText);
            assertTrue(vbsText.contains("adoptium.net"), "says what to install");

            // Notepad: UTF-8 with a BOM, CRLF
            byte[] guide = bytes(zip, top + "使用说明.txt");
            assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(guide[0] & 0xff, guide[1] & 0xff, guide[2] & 0xff));
            String guideText = new String(guide, 3, guide.length - 3, StandardCharsets.UTF_8);
            assertCrlfOnly(guideText, "使用说明.txt");
            assertTrue(guideText.startsWith("Paiban 排版 " + name.substring("paiban-".length()) + " 使用说明"), guideText);
            assertTrue(guideText.contains("Paiban.vbs") && guideText.contains("Java 17"), guideText);
            String thirdParty = new String(bytes(zip, top + "THIRD-PARTY.txt"), StandardCharsets.UTF_8);
            assertTrue(thirdParty.contains("org.openjfx:javafx-graphics 21.0.11  GPL-2.0-only WITH Classpath-exception-2.0"),
                    thirdParty);
        }
    }

    @Test
    void windowsJarHasTheWindowsNativesAManifestAndClassesThatLoad(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("paiban.jar");
        try (ZipFile zip = new ZipFile(dist.resolve(name + "-windows-x64.zip").toFile(), GBK);
             InputStream in = zip.getInputStream(zip.getEntry(name + "/paiban.jar"))) {
            Files.copy(in, jar);
        }
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("cn.paiban.Launcher", j.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String dll : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll", "javafx_iio.dll",
                    "decora_sse.dll")) {
                assertNotNull(j.getEntry(dll), "Windows native " + dll);
            }
            assertNotNull(j.getEntry("com/sun/glass/ui/win/WinApplication.class"));
            assertEquals(List.of(), j.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".so") || n.contains("/gtk/"))
                    .limit(5).toList(), "no Linux natives or GTK classes");
        }
        // the classes load (without running JavaFX's natives, which need Windows)
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class.forName("com.sun.glass.ui.win.WinApplication", false, cl);
            Class.forName("cn.paiban.app.PaibanApp", false, cl);
            assertEquals(cl, Class.forName("cn.paiban.Launcher", false, cl).getClassLoader());
        }
        Result help = run(tmp, Map.of(), "java", "-cp", jar.toString(), "cn.paiban.cli.Cli", "help");
        assertEquals(0, help.code, help.text);
        assertTrue(help.text.contains("  export ") && help.text.contains("  version "), help.text);
        Result version = run(tmp, Map.of(), "java", "-jar", jar.toString(), "--version");
        assertEquals(0, version.code, version.text);
        assertTrue(version.text.contains("本机库：windows-x64"), version.text);
    }

    @Test
    void linuxTarGzRunsFromAnyFolderAndExportsTheSample(@TempDir Path tmp) throws Exception {
        Result untar = run(tmp, Map.of(), "tar", "-xzf", dist.resolve(name + "-linux-x64.tar.gz").toAbsolutePath().toString());
        assertEquals(0, untar.code, untar.text);
        Path home = tmp.resolve(name);
        Path launcher = home.resolve("paiban");
        assertTrue(Files.isExecutable(launcher));
        for (String f : List.of("paiban.jar", "使用说明.txt", "THIRD-PARTY.txt", "fonts/NotoSerifCJK-Regular.ttc",
                "templates/shuozhou-jingji/template.json", SAMPLE + "/issue.json", "licences/LGPL-2.1.txt")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f);
        }
        Path pdf = Files.createDirectories(tmp.resolve("第4期 成品")).resolve("本期 样刊.pdf");
        // run from an unrelated folder (fonts and templates are found beside the jar, not in the working directory),
        // under LANG=C, where Java alone could not name a Chinese file
        Path elsewhere = Files.createDirectories(tmp.resolve("其他 文件夹"));
        Result export = run(elsewhere, posixLocale(), launcher.toString(), "export", home.resolve(SAMPLE).toString(), "-o", pdf.toString());
        assertEquals(0, export.code, export.text);
        assertSample(pdf);
    }

    @Test
    void linuxLauncherSaysInChineseWhatToInstallWhenJavaIsMissingOrOld(@TempDir Path tmp) throws Exception {
        assertEquals(0, run(tmp, Map.of(), "tar", "-xzf", dist.resolve(name + "-linux-x64.tar.gz").toAbsolutePath().toString()).code);
        Path launcher = tmp.resolve(name).resolve("paiban");
        // a PATH with the shell tools the launcher uses and no java
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("dirname", "sed", "head", "cut")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst()
                    .orElseThrow();
            Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
            bin.resolve(tool).toFile().setExecutable(true);
        }
        Map<String, String> env = Map.of("PATH", bin.toString(), "JAVA_HOME", "");
        Result none = run(tmp, env, "/bin/sh", launcher.toString(), "help");
        assertEquals(1, none.code, none.text);
        assertTrue(none.text.contains("没有找到 Java；Paiban 排版需要 Java 17 或更高版本。"), none.text);
        assertTrue(none.text.contains("sudo apt install openjdk-17-jre"), none.text);

        Path java8 = bin.resolve("java");
        Files.writeString(java8, "#!/bin/sh\necho 'java version \"1.8.0_381\"' >&2\necho 'Java(TM) SE Runtime Environment' >&2\n");
        java8.toFile().setExecutable(true);
        Result old = run(tmp, env, "/bin/sh", launcher.toString(), "help");
        assertEquals(1, old.code, old.text);
        assertTrue(old.text.contains("找到的 Java 是 1.8.0_381 版（" + java8 + "），太旧了"), old.text);
    }

    @Test
    void debInstalledIntoATemporaryRootRunsHelpAndExportsTheSample(@TempDir Path tmp) throws Exception {
        boolean tools = onPath("jpackage") && onPath("dpkg") && onPath("dpkg-deb");
        Assumptions.assumeTrue(tools, "no jpackage or dpkg on this machine: bin/package builds no .deb and this test is skipped");
        Path deb;
        try (Stream<Path> s = Files.list(dist)) {
            deb = s.filter(p -> p.getFileName().toString().endsWith("_amd64.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("jpackage and dpkg are here but bin/package left no .deb"));
        }
        Path root = tmp.resolve("root");
        Result x = run(tmp, Map.of(), "dpkg", "-x", deb.toAbsolutePath().toString(), root.toString());
        assertEquals(0, x.code, x.text);
        Result control = run(tmp, Map.of(), "dpkg-deb", "-f", deb.toAbsolutePath().toString(), "Package", "Architecture", "Depends");
        assertTrue(control.text.contains("Package: paiban") && control.text.contains("Architecture: amd64")
                && control.text.contains("libgtk-3-0"), control.text);

        assertTrue(Files.isRegularFile(root.resolve("opt/paiban/lib/runtime/release")), "its own Java runtime under /opt");
        assertTrue(Files.readString(root.resolve("opt/paiban/lib/runtime/release")).contains("jdk.localedata"),
                "Chinese locale data in the runtime");
        Path onPath = root.resolve("usr/bin/paiban");
        assertTrue(Files.isExecutable(onPath));
        assertTrue(Files.readString(onPath).contains("exec \"$here/../../opt/paiban/bin/paiban\" \"$@\""));
        String desktop = Files.readString(root.resolve("usr/share/applications/paiban.desktop"));
        assertTrue(desktop.contains("\nExec=/opt/paiban/bin/paiban %f\n") && desktop.contains("\nIcon=paiban\n")
                && desktop.contains("\nName[zh_CN]=排版 Paiban\n"), desktop);
        assertTrue(Files.size(root.resolve("usr/share/icons/hicolor/256x256/apps/paiban.png")) > 1000);

        Result help = run(tmp, Map.of(), onPath.toString(), "help");
        assertEquals(0, help.code, help.text);
        assertTrue(help.text.contains("  export "), help.text);
        Result version = run(tmp, Map.of(), onPath.toString(), "--version");
        assertTrue(version.text.contains("本机库：linux-x64"), version.text);
        Path pdf = Files.createDirectories(tmp.resolve("印厂 文件")).resolve("第4期.pdf");
        Result export = run(tmp, posixLocale(), onPath.toString(), "export",
                root.resolve("opt/paiban/lib/app").resolve(SAMPLE).toString(), "-o", pdf.toString());
        assertEquals(0, export.code, export.text);
        assertSample(pdf);
    }

    // ---- helpers ----

    private static void assertSample(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(48, d.getNumberOfPages());
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(1);
            t.setEndPage(8);
            assertTrue(t.getText(d).contains("朔州经济"), "the sample's text, in its fonts");
        }
    }

    private static void assertCrlfOnly(String text, String what) {
        assertTrue(text.contains("\r\n"), what);
        assertFalse(text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r"), what + ": CRLF only");
    }

    private static byte[] bytes(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        assertNotNull(e, entry);
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
    }

    /** This process's environment under LANG=C: Java's file names are ASCII there unless the launcher sees to it. */
    private static Map<String, String> posixLocale() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("LC_"));
        env.put("LANG", "C");
        return env;
    }

    private record Result(int code, String text) {}

    private static Result run(Path dir, Map<String, String> env, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile()).redirectErrorStream(true);
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        pb.environment().put("PAIBAN_LANG", "zh");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", cmd));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
