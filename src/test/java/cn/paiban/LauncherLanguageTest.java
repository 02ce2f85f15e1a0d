package cn.paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GTK's file chooser on Linux takes its words (打开/取消 or Open/Cancel) from gettext's LANGUAGE, read when Java
 * starts GTK; the Linux launchers set it to Paiban's language before Java starts the editor, decided as the editor
 * decides it: lang.txt in the editor's home (View ▸ 界面语言), else PAIBAN_LANG, else Chinese. The headless commands
 * start no GTK and leave LANGUAGE as it was (working it out starts programs before Java: time on every export). Each
 * launcher (bin/paiban, the tar.gz's ./paiban, the .deb's /usr/bin/paiban) runs here with a stand-in java that reports
 * its environment, and {@link EditorLauncher#useSavedLanguage} is checked to read the same file the same way.
 */
class LauncherLanguageTest {
    @TempDir Path tmp;

    /** lang.txt ("-" none), PAIBAN_LANG ("-" unset), the desktop's LANGUAGE and LANG ("-" unset) → LANGUAGE for GTK. */
    @ParameterizedTest(name = "lang.txt {0}, PAIBAN_LANG {1}, desktop {2}/{3} → {4}")
    @CsvSource({
        "-,   -,  en,       en_US.UTF-8, zh_CN:zh",
        "en,  -,  zh_CN:zh, zh_CN.UTF-8, en",
        "en,  zh, zh_CN:zh, C.UTF-8,     en",
        "zh,  en, en,       C.UTF-8,     zh_CN:zh",
        "-,   en, zh_CN,    C.UTF-8,     en",
        "'en\n', -, -,      -,           en",
    })
    void everyLinuxLauncherGivesGtkPaibansLanguage(String langTxt, String paibanLang, String desktop, String lang, String expected)
            throws Exception {
        for (String launcher : List.of("bin/paiban", "packaging/linux/paiban", "deb")) {
            Map<String, String> env = run(launcher, langTxt, paibanLang, desktop, lang, "issue");   // the editor on a folder
            assertEquals(expected, env.get("LANGUAGE"), launcher + ": " + env);
            // gettext ignores LANGUAGE under the C locale: an unset or C one has become C.UTF-8
            if (lang.equals("-")) assertEquals("C.UTF-8", env.get("LC_ALL"), launcher + ": " + env);
        }
    }

    @ParameterizedTest(name = "lang.txt {0}, PAIBAN_LANG {1}, desktop {2} → unchanged")
    @CsvSource({"en, -, zh_CN:zh", "-, en, -", "zh, -, en"})
    void theHeadlessCommandsLeaveLanguageAsItWas(String langTxt, String paibanLang, String desktop) throws Exception {
        for (String launcher : List.of("bin/paiban", "packaging/linux/paiban", "deb")) {
            Map<String, String> env = run(launcher, langTxt, paibanLang, desktop, "-", "help");
            assertEquals(desktop.equals("-") ? null : desktop, env.get("LANGUAGE"), launcher + ": " + env);
            assertEquals("C.UTF-8", env.get("LC_ALL"), launcher + ": file names in Chinese still open");
        }
    }

    @Test
    void theEditorReadsTheSameFile() throws IOException {
        String home = System.getProperty("paiban.home"), lang = System.getProperty("paiban.lang");
        try {
            System.clearProperty("paiban.lang");
            System.setProperty("paiban.home", tmp.toString());
            Msg.use("zh");
            EditorLauncher.useSavedLanguage();
            assertEquals("zh", Msg.lang(), "no lang.txt");
            Files.writeString(tmp.resolve("lang.txt"), "en\n");
            EditorLauncher.useSavedLanguage();
            assertEquals("en", Msg.lang());
            Msg.use("zh");
            System.setProperty("paiban.lang", "zh");
            EditorLauncher.useSavedLanguage();
            assertEquals("zh", Msg.lang(), "-Dpaiban.lang wins");
        } finally {
            restore("paiban.home", home);
            restore("paiban.lang", lang);
            Msg.use("zh");
        }
    }

    private Map<String, String> run(String launcher, String langTxt, String paibanLang, String desktop, String lang,
            String arg) throws Exception {
        Path root = Files.createTempDirectory(tmp, "run");
        Files.createDirectories(root.resolve("issue"));
        Path home = Files.createDirectories(root.resolve("home"));
        if (!langTxt.equals("-")) {
            Files.createDirectories(home.resolve(".paiban"));
            Files.writeString(home.resolve(".paiban/lang.txt"), langTxt);
        }
        Path fake = Files.createDirectories(root.resolve("fakebin"));
        Path report = root.resolve("env.txt");
        // java -version answers as Java 17; any other call writes its environment and stops
        script(fake.resolve("java"), "#!/bin/sh\nif [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.9\"' >&2; exit 0; fi\n"
                + "env > '" + report + "'\n");
        // the passwd entry's home, which is Java's user.home
        script(fake.resolve("getent"), "#!/bin/sh\necho \"x:x:0:0::" + home + ":/bin/sh\"\n");
        Path exe = switch (launcher) {
            case "bin/paiban" -> checkout(root);
            case "packaging/linux/paiban" -> {
                Path dir = Files.createDirectories(root.resolve("dist"));
                Files.copy(Path.of(launcher), dir.resolve("paiban"));
                Files.writeString(dir.resolve("paiban.jar"), "");
                yield dir.resolve("paiban");
            }
            default -> deb(root, report);
        };
        String given = arg.equals("issue") ? root.resolve("issue").toString() : arg;
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), given));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(root.resolve("out.txt").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE") || k.equals("PAIBAN_LANG")
                || k.equals("JAVA_HOME"));
        env.put("PATH", fake + ":" + env.get("PATH"));
        env.put("HOME", root.resolve("elsewhere").toString()); // $HOME is not where Java looks
        if (!paibanLang.equals("-")) env.put("PAIBAN_LANG", paibanLang);
        if (!desktop.equals("-")) env.put("LANGUAGE", desktop);
        if (!lang.equals("-")) env.put("LANG", lang);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), launcher + " did not finish");
        String out = Files.readString(root.resolve("out.txt"));
        assertEquals(0, p.exitValue(), launcher + ": " + out);
        assertTrue(Files.exists(report), launcher + " never started java: " + out);
        Map<String, String> seen = new java.util.HashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) seen.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return seen;
    }

    /** A checkout whose jar is newer than its sources (so bin/paiban builds nothing) and knows the command help. */
    private static Path checkout(Path root) throws IOException {
        Path co = root.resolve("checkout");
        Files.createDirectories(co.resolve("bin"));
        Files.createDirectories(co.resolve("src"));
        Files.createDirectories(co.resolve("target"));
        Files.copy(Path.of("bin/paiban"), co.resolve("bin/paiban"));
        script(co.resolve("bin/need-packages"), "#!/bin/sh\nexit 0\n");
        Files.writeString(co.resolve("pom.xml"), "");
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(co.resolve("pom.xml"), old);
        Files.setLastModifiedTime(co.resolve("src"), old);
        Files.writeString(co.resolve("target/paiban.jar"), "");
        Files.writeString(co.resolve("target/paiban.commands"), "  help  the commands\n");
        return co.resolve("bin/paiban");
    }

    /** The .deb's /usr/bin/paiban as bin/package writes it, in front of a stand-in for jpackage's launcher. */
    private static Path deb(Path root, Path report) throws IOException {
        String pkg = Files.readString(Path.of("bin/package"));
        String start = "cat > \"$root/usr/bin/paiban\" <<'EOF'\n";
        int from = pkg.indexOf(start) + start.length();
        String wrapper = pkg.substring(from, pkg.indexOf("\nEOF\n", from) + 1);
        Path usrBin = Files.createDirectories(root.resolve("deb/usr/bin"));
        script(usrBin.resolve("paiban"), wrapper);
        Path opt = Files.createDirectories(root.resolve("deb/opt/paiban/bin"));
        script(opt.resolve("paiban"), "#!/bin/sh\nexec java \"$@\"\n");
        return usrBin.resolve("paiban");
    }

    private static void script(Path p, String text) throws IOException {
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }
}
