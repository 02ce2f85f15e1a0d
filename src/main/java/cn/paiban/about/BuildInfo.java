package cn.paiban.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this copy of Paiban is: its version and the commit it was built from (filled in by the build,
 * pom.xml), the Java it runs on, the JavaFX it carries with the platform whose natives are inside the
 * jar, and the licences of the bundled libraries and fonts. Read from resources only: nothing here
 * loads JavaFX, so {@code paiban version} stays headless.
 */
public record BuildInfo(String version, String commit, String javaVersion, String javaVendor, String javafxVersion,
                        String javafxNatives, List<Component> libraries, List<Component> fonts, List<Component> data) {

    /** A bundled library, font or data file with its licence. */
    public record Component(String name, String version, String licence, String where) {}

    /** The natives of a JavaFX platform, by one file that only that platform's jar holds. */
    private static final List<String[]> NATIVES = List.of(
            new String[] {"glass.dll", "windows-x64"},
            new String[] {"libglass.so", "linux-x64"},
            new String[] {"libglass.dylib", "macos"});

    private static final Pattern LIBRARY = Pattern.compile("^\\s*([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+)(?:\\s.*)?$");

    public static BuildInfo current() {
        Properties build = properties("build.properties");
        Properties licences = properties("licences.properties");
        Properties fx = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/javafx.properties")) {
            if (in != null) fx.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> natives = new ArrayList<>();
        for (String[] n : NATIVES) if (BuildInfo.class.getResource("/" + n[0]) != null) natives.add(n[1]);
        return new BuildInfo(build.getProperty("version", "?"), build.getProperty("commit", "unknown"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vendor", "?"),
                fx.getProperty("javafx.runtime.version", fx.getProperty("javafx.version", "?")),
                natives.isEmpty() ? "-" : String.join(", ", natives),
                libraries(text("libraries.txt"), licences), table(licences, "font."), table(licences, "data."));
    }

    /** The libraries Maven listed ({@code group:artifact:type[:classifier]:version}), one per artifact, with licences. */
    static List<Component> libraries(String listing, Properties licences) {
        List<Component> out = new ArrayList<>();
        for (String line : listing.split("\\R")) {
            Matcher m = LIBRARY.matcher(line);
            if (!m.matches()) continue;
            String ga = m.group(1) + ":" + m.group(2);
            if (out.stream().anyMatch(c -> c.name().equals(ga))) continue; // javafx-base and javafx-base:linux
            out.add(new Component(ga, m.group(5), licence(licences, m.group(1), m.group(2)), ""));
        }
        return List.copyOf(out);
    }

    /** The licence of a library, by group:artifact, then by group; null when none is recorded. */
    static String licence(Properties licences, String group, String artifact) {
        String l = licences.getProperty(group + ":" + artifact);
        return l != null ? l : licences.getProperty(group);
    }

    private static List<Component> table(Properties p, String prefix) {
        List<Component> out = new ArrayList<>();
        for (int i = 1; p.containsKey(prefix + i); i++) {
            String[] f = p.getProperty(prefix + i).split("\\|");
            out.add(new Component(f[0], "", f.length > 2 ? f[2] : "", f[1] + (f.length > 3 ? " (" + f[3] + ")" : "")));
        }
        return List.copyOf(out);
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String text(String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
