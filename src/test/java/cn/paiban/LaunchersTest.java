package cn.paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The four launchers start the JVM alike: bin/paiban (the checkout), packaging/linux/paiban (tar.gz, .deb) and
 * packaging/windows/Paiban.bat and Paiban.vbs (the zip). The editor on C1 with a 128 MB young generation and a
 * class-data archive of its own; the headless commands that typeset on C1 with the serial collector and an archive
 * of theirs; the Windows ones keep the archives in a per-user folder under its short name (a user name with a space
 * or Chinese characters, C:\Users\张 三, must not reach Java's ANSI-read options). Read as text: the scripts run on
 * other systems (bin/package's DistPackagesTest runs the Linux ones; Windows cannot run here).
 */
class LaunchersTest {
    private static final String EDITOR = "-XX:TieredStopAtLevel=1 -Xmn128m";
    /** The archive mapped where it was recorded (moving it costs the JVM's start 0.2-0.35 s), no perf-data file. */
    private static final String MAPPED = "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:-UsePerfData";
    private static final String HEADLESS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn128m";

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    @Test
    void theEditorStartsOnC1WithAYoungGenerationAndAnArchiveEverywhere() throws IOException {
        assertTrue(read("bin/paiban").contains("jvm=(" + EDITOR + " " + MAPPED + ")"), "bin/paiban");
        assertTrue(read("packaging/linux/paiban").contains("jvm=\"" + EDITOR + " " + MAPPED + " -Xlog:cds=off"), "linux/paiban");
        String bat = read("packaging/windows/Paiban.bat");
        assertTrue(bat.contains("if \"%KIND%\"==\"editor\" set \"JVMOPTS=" + EDITOR + "\""), bat);
        assertTrue(bat.contains("if defined KIND set \"JVMOPTS=%JVMOPTS% " + MAPPED + "\""), bat);
        String vbs = read("packaging/windows/Paiban.vbs");
        assertTrue(vbs.contains("\"\"\" " + EDITOR + " " + MAPPED + " \" & cds & \"-Xmx2g"), vbs);
        for (String launcher : List.of(read("bin/paiban"), read("packaging/linux/paiban"), bat, vbs)) {
            assertTrue(launcher.contains("-XX:SharedArchiveFile=") && launcher.contains("-XX:ArchiveClassesAtExit="),
                    "maps the archive, records it when there is none");
        }
    }

    /**
     * Every launcher puts the jar on the class path and names the jar's main class: with -jar the Java launcher opens the
     * jar for its manifest, reads and hashes its central directory (31,000 entries) and closes it, and the class loader
     * then reads it all again.
     */
    @Test
    void everyLauncherNamesTheMainClassInsteadOfDashJar() throws IOException {
        String main = cn.paiban.Launcher.class.getName();
        assertTrue(read("pom.xml").contains("<mainClass>" + main + "</mainClass>"), "the jar's own Main-Class is the same");
        for (String path : List.of("bin/paiban", "packaging/linux/paiban", "packaging/windows/Paiban.bat", "packaging/windows/Paiban.vbs")) {
            String launcher = read(path);
            assertFalse(Pattern.compile("-jar [\"$]").matcher(launcher).find(), path + " starts Java with -jar");
            assertTrue(Pattern.compile("-cp (\\S*(paiban\\.jar|\\$jar)\\S*|\"\"\" & jar & \"\"\") " + Pattern.quote(main)).matcher(launcher).find(), path);
        }
    }

    @Test
    void theHeadlessCommandsAreTheJarsOneShotCommandsInEveryLauncher() throws IOException {
        String linux = read("packaging/linux/paiban");
        Matcher l = Pattern.compile("\n  ([a-z|-]+)\\)\n").matcher(linux);
        assertTrue(l.find(), "the case of the headless commands in linux/paiban");
        Set<String> onLinux = new TreeSet<>(List.of(l.group(1).split("\\|")));
        assertTrue(onLinux.contains("export") && onLinux.contains("preflight"), onLinux.toString());
        assertTrue(linux.contains("jvm=\"" + HEADLESS + " -Xlog:cds=off"), "linux/paiban");

        String bat = read("packaging/windows/Paiban.bat");
        Matcher w = Pattern.compile("for %%C in \\(([a-z -]+)\\) do if /i \"%~1\"==\"%%C\" set \"KIND=cli\"").matcher(bat);
        assertTrue(w.find(), "the list of the headless commands in Paiban.bat");
        assertEquals(onLinux, new TreeSet<>(List.of(w.group(1).split(" "))));
        assertTrue(bat.contains("if \"%KIND%\"==\"cli\" set \"JVMOPTS=" + HEADLESS + "\""), bat);

        // every command still reaches the jar with its arguments as they were given
        assertTrue(bat.contains("\"%JAVA%\" %JVMOPTS% %CDS% -Xmx2g -Dfile.encoding=UTF-8 -cp \"%~dp0paiban.jar\" cn.paiban.Launcher %*"), bat);

        // every command the jar lists (paiban help) and help itself, but those that run long (bench, fuzz)
        Cli cli = new Cli();
        Set<String> oneShot = new TreeSet<>(cli.names(false));
        oneShot.addAll(List.of("help", "--help", "--version"));
        assertEquals(oneShot, onLinux, "packaging/linux/paiban");
        assertEquals(Set.of("bench", "fuzz"), Set.copyOf(cli.names(true)));
        for (String c : cli.names(true)) assertFalse(onLinux.contains(c), c + " keeps the JVM's defaults");
        // bin/paiban: every command the jar lists is headless (and help); all but those that run long get the options
        String checkout = read("bin/paiban");
        assertTrue(checkout.contains("case $1 in help|--help|--version) headless=1 ;; esac"), "bin/paiban: help is the jar's");
        Matcher b = Pattern.compile("if \\[ \\$headless = 1 \\] && ! \\[\\[ \"\\$1\" =~ \\^\\(([a-z|]+)\\)\\$ \\]\\]; then\n  jvm=\\("
                + Pattern.quote(HEADLESS) + "\\)").matcher(checkout);
        assertTrue(b.find(), "bin/paiban's headless options");
        assertEquals(Set.copyOf(cli.names(true)), Set.of(b.group(1).split("\\|")));
    }

    /**
     * The paths a user gives mean what they mean where the user is: Paiban.bat changed to its own folder first, so
     * "Paiban.bat export 2023-04 -o 本期.pdf" typed in the office's issues folder looked for 2023-04 in the install folder
     * and wrote 本期.pdf there. Paiban finds its fonts and templates beside the jar (Installation), wherever it runs.
     */
    @Test
    void theWindowsConsoleLauncherStaysInTheUsersFolder() throws IOException {
        String bat = read("packaging/windows/Paiban.bat");
        for (String line : bat.lines().toList()) {
            String l = line.strip().toLowerCase(java.util.Locale.ROOT);
            assertFalse(l.startsWith("cd ") || l.startsWith("cd/") || l.startsWith("chdir") || l.startsWith("pushd"), line);
        }
    }

    /**
     * A file dropped on Paiban.bat that is no issue (a .docx): the editor's refusal was printed into the console window,
     * which closed at once. It waits for a key then, and only then: a command or a folder never waits, nor a script.
     */
    @Test
    void aFileDroppedOnTheConsoleLauncherKeepsItsMessageOnScreen() throws IOException {
        String bat = read("packaging/windows/Paiban.bat");
        int java = bat.indexOf("cn.paiban.Launcher %*");
        int pause = bat.indexOf("if not defined KIND if exist \"%~1\" if not \"%RC%\"==\"0\" pause");
        assertTrue(java > 0 && pause > java, bat);
        assertTrue(bat.indexOf("set \"RC=%ERRORLEVEL%\"") > java && bat.indexOf("set \"RC=%ERRORLEVEL%\"") < pause, "the exit code kept");
        assertTrue(bat.indexOf("exit /b %RC%") > pause, "the launcher still exits with Paiban's code");
    }

    /** A folder dropped on Paiban.vbs (or its issue.json) is opened, not ignored for the last issue. */
    @Test
    void theWindowsEditorLauncherPassesWhatWasDroppedOnIt() throws IOException {
        String vbs = read("packaging/windows/Paiban.vbs");
        assertTrue(vbs.contains("For Each a In WScript.Arguments"), vbs);
        assertTrue(vbs.contains("given = given & \" \"\"\" & a & \"\"\"\""), "each argument quoted");
        assertTrue(vbs.contains("If Right(a, 1) = \"\\\" Then a = a & \"\\\""), "D:\\ does not escape its closing quote");
        assertTrue(vbs.contains("cn.paiban.Launcher\" & given, 1, False"), vbs);
    }

    @Test
    void onlyTheCommandsThatTypesetAWholeIssueRecordTheCommandsArchive() throws IOException {
        // an archive recorded by info or help would hold a fraction of an export's classes until the next update
        String linux = read("packaging/linux/paiban");
        Matcher l = Pattern.compile("\n        ([a-z|-]+)\\)\n          if mkdir -p \"\\$HOME/.paiban\" 2>/dev/null; then\n"
                + "            rm -f \"\\$HOME\"/.paiban/paiban-cli-\\*.jsa").matcher(linux);
        assertTrue(l.find(), "linux/paiban records the commands' archive for");
        assertEquals(Set.of("export", "preflight", "render"), Set.of(l.group(1).split("\\|")));
        String bat = read("packaging/windows/Paiban.bat");
        assertTrue(bat.contains("for %%C in (export preflight render) do if /i \"%~1\"==\"%%C\" set \"RECORD=1\""), bat);
        assertTrue(bat.contains("if \"%KIND%\"==\"editor\" set \"RECORD=1\""), bat);
        String cds = bat.substring(bat.indexOf("\n:cds"), bat.indexOf("\n:oldjava"));
        assertTrue(cds.indexOf("if not defined RECORD exit /b 0") > cds.indexOf("if exist \"%JSA%\" exit /b 0")
                && cds.indexOf("if not defined RECORD exit /b 0") < cds.indexOf("del /q"), "maps an archive, records none: " + cds);
        assertTrue(read("bin/paiban").contains("[[ \"$1\" =~ ^(export|preflight|render|bench)$ ]]"), "bin/paiban's recorders");
    }

    @Test
    void onWindowsTheArchivesAreKeptPerUserUnderTheFoldersShortName() throws IOException {
        String bat = read("packaging/windows/Paiban.bat");
        assertTrue(bat.contains("set \"CDSDIR=%LOCALAPPDATA%\\Paiban\\cds\""), bat);
        assertTrue(bat.contains("for %%D in (\"%CDSDIR%\") do set \"CDSDIR=%%~sD\""), "the 8.3 name");
        // the option is one argument however the path is spelled
        assertTrue(bat.contains("set CDS=\"-XX:SharedArchiveFile=%JSA%\"") && bat.contains("set CDS=\"-XX:ArchiveClassesAtExit=%JSA%\""), bat);
        // no parenthesised block after the path is known: a ")" in it (C:\Users\张 三 (工作)) would end the block
        String cds = bat.substring(bat.indexOf("\n:cds"), bat.indexOf("\n:oldjava"));
        assertFalse(cds.lines().filter(s -> !s.startsWith("rem ")).anyMatch(s -> s.contains(" (") && !s.startsWith("for ")), cds);

        String vbs = read("packaging/windows/Paiban.vbs");
        assertTrue(vbs.contains("ExpandEnvironmentStrings(\"%LOCALAPPDATA%\")"), vbs);
        assertTrue(vbs.contains("fso.GetFolder(dir).ShortPath"), "the 8.3 name");
        assertTrue(vbs.contains("\"\"\"-XX:SharedArchiveFile=\" & jsa & \"\"\"") && vbs.contains("\"\"\"-XX:ArchiveClassesAtExit=\" & jsa & \"\"\""),
                "the option quoted whole");
        // a file name from digits only: the stamp is the same on every locale and survives the ANSI code page
        assertTrue(vbs.contains("Year(d) & Right(\"0\" & Month(d), 2)"), vbs);
    }
}
