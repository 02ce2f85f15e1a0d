package cn.paiban.font;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds a face the office owns, by family name (方正书宋_GBK, SimSun, 宋体 — any name the font carries, in any
 * language, case and spaces ignored) or by file ({@code fonts/FZSSK.TTF}, {@code simsun.ttc,0}), in the folders
 * given, in order: a template's and an issue's fonts/ first, then the system's font folders
 * ({@link #systemFolders()}). Folders are indexed once per process and only when a name is asked for.
 */
public final class FontLocator {
    /** A face found: where, which face of the file, the name it was found by, and its OS/2 embedding rule. */
    public record Found(Face face, FontNames.FaceNames names) {
        public boolean embeddingForbidden() { return names.embeddingForbidden(); }
    }

    private static final Map<String, List<Indexed>> INDEX = new ConcurrentHashMap<>();

    private record Indexed(Path file, FontNames.FaceNames names) {}

    private final List<Path> folders;

    public FontLocator(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** {@code first} (e.g. the template's and the fonts/), then the system folders. */
    public static FontLocator withSystemFonts(List<Path> first) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(systemFolders());
        return new FontLocator(all);
    }

    public List<Path> folders() { return folders; }

    /**
     * The font folders of this system: {@code -Dpaiban.systemFonts=DIR{:DIR}} when given (tests, or an office that
     * keeps its fonts on a share), else Windows' Fonts folders, macOS' Library/Fonts, and the fontconfig folders
     * of Linux. Only the ones that exist.
     */
    public static List<Path> systemFolders() {
        String prop = System.getProperty("paiban.systemFonts");
        List<Path> out = new ArrayList<>();
        if (prop != null) {
            for (String s : prop.split(File.pathSeparator)) if (!s.isBlank()) out.add(Path.of(s));
            return out;
        }
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            candidates.add(windir + "\\Fonts");
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) candidates.add(local + "\\Microsoft\\Windows\\Fonts");
        } else if (os.contains("mac")) {
            candidates.addAll(List.of("/System/Library/Fonts", "/Library/Fonts", home + "/Library/Fonts"));
        } else {
            String data = System.getenv().getOrDefault("XDG_DATA_HOME", home + "/.local/share");
            candidates.addAll(List.of("/usr/share/fonts", "/usr/local/share/fonts", data + "/fonts", home + "/.fonts"));
        }
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isDirectory(p)) out.add(p);
        }
        return out;
    }

    /**
     * {@code request} as a file (it ends in .ttf/.otf/.ttc/.otc, optionally ",N" for a face of a collection),
     * looked up as given, then in each folder; else as a name of a face in the folders, the first folder first.
     */
    public Optional<Found> find(String request) {
        String r = request.strip();
        if (isFile(r)) return findFile(r);
        String wanted = normal(r);
        // in each folder: a full or PostScript name ("Noto Sans CJK SC Bold"), else the plain face of a family
        // (the Regular of "Noto Sans CJK SC", not its Bold, which shares the family name), else any face of it
        // and a face that may be embedded before one of the same name that may not
        for (Path folder : folders) {
            List<Indexed> faces = index(folder);
            for (boolean restrictedToo : new boolean[] {false, true}) {
                for (int pass = 0; pass < 3; pass++) {
                    for (Indexed i : faces) {
                        FontNames.FaceNames n = i.names();
                        if (n.embeddingForbidden() && !restrictedToo) continue;
                        boolean hit = pass == 0 ? matches(n.fullNames(), wanted)
                                : matches(n.families(), wanted) && (pass == 2 || n.plain());
                        if (hit) return Optional.of(new Found(new Face(r, i.file(), n.index()), n));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> names, String wanted) {
        return names.stream().anyMatch(n -> normal(n).equals(wanted));
    }

    /** Every face of the folders, the first folder first, each named by its first family name. */
    public List<Found> all() {
        List<Found> out = new ArrayList<>();
        for (Path folder : folders) {
            for (Indexed i : index(folder)) {
                FontNames.FaceNames n = i.names();
                String name = n.families().isEmpty() ? i.file().getFileName().toString() : n.families().get(0);
                out.add(new Found(new Face(name, i.file(), n.index()), n));
            }
        }
        return out;
    }

    static boolean isFile(String r) {
        return r.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc|otc)(,\\d+)?");
    }

    private Optional<Found> findFile(String r) {
        int comma = r.lastIndexOf(',');
        int index = 0;
        String name = r;
        if (comma > 0 && r.substring(comma + 1).matches("\\d+")) {
            index = Integer.parseInt(r.substring(comma + 1));
            name = r.substring(0, comma);
        }
        List<Path> tries = new ArrayList<>();
        Path given = Path.of(name);
        if (given.isAbsolute()) tries.add(given);
        for (Path folder : folders) {
            tries.add(folder.resolve(name));
            tries.add(folder.resolve(given.getFileName()));   // "fonts/x.ttf" in a folder that is fonts/
        }
        for (Path p : tries) {
            if (!Files.isRegularFile(p)) continue;
            try {
                for (FontNames.FaceNames f : FontNames.read(p)) {
                    if (f.index() == index) return Optional.of(new Found(new Face(r, p, index), f));
                }
            } catch (IOException e) {
                // not a font after all: try the next place
            }
        }
        return Optional.empty();
    }

    /** A folder's faces, read again when the folder itself changed (a font dropped into a template's fonts/). */
    private static List<Indexed> index(Path folder) {
        Path k = folder.toAbsolutePath().normalize();
        long modified;
        try {
            modified = Files.getLastModifiedTime(k).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return List.of();
        }
        return INDEX.computeIfAbsent(k + "\u0000" + modified, key -> {
            List<Indexed> out = new ArrayList<>();
            if (!Files.isDirectory(k)) return out;
            try (Stream<Path> s = Files.walk(k, 4)) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> isFile(p.getFileName().toString())).sorted().toList()) {
                    try {
                        for (FontNames.FaceNames f : FontNames.read(p)) out.add(new Indexed(p, f));
                    } catch (IOException | RuntimeException e) {
                        // a broken file among the system's fonts is not ours to report
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable folder holds no fonts for us
            }
            return List.copyOf(out);
        });
    }

    /** Case, spaces, hyphens and underscores do not tell two names apart ("Noto Serif CJK SC" = "NotoSerifCJKSC"). */
    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
