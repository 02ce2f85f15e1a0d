package cn.paiban.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every text a user can see, GUI and CLI alike: Chinese by default, English with -Dpaiban.lang=en
 * (or PAIBAN_LANG=en, or the editor's View menu from the next start).
 *
 * <p>The texts live in several bundle pairs under cn/paiban/i18n/ ({@link #BUNDLES}), one per area
 * (app, findings, cli, import, …), so that work on different areas never edits the same file. A key
 * is looked up in each bundle in turn; keys are prefixed by their area and must be unique across them.
 * Bundles are UTF-8 .properties (Java 9+ reads them as UTF-8).
 */
public final class Msg {
    /** Base names under cn/paiban/i18n/, each with an _zh and an _en file. */
    public static final List<String> BUNDLES = List.of("app", "editor", "findings", "cli", "limits", "io", "import",
            "plan", "proof", "check", "package", "typography", "pdf", "facts", "edit");

    /**
     * The bundles of the language in use, each read on first need: a command that prints a few texts reads the
     * one or two areas they come from, not all thirteen (~40 ms of a cold start).
     */
    private static volatile Bundles bundles = new Bundles(defaultLang());

    private Msg() {}

    /** One language's bundles in {@link #BUNDLES} order, loaded lazily; an area without a file is left out. */
    private static final class Bundles {
        private static final ResourceBundle ABSENT = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() { return new Object[0][]; }
        };
        private final Locale locale;
        private final java.util.concurrent.atomic.AtomicReferenceArray<ResourceBundle> loaded =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(BUNDLES.size());

        Bundles(String lang) { this.locale = locale(lang); }

        /** Area {@code i}'s bundle, or null when it has no file. */
        ResourceBundle get(int i) {
            ResourceBundle b = loaded.get(i);
            if (b == null) {
                b = bundle(BUNDLES.get(i), locale);
                loaded.compareAndSet(i, null, b == null ? ABSENT : b);
                b = loaded.get(i);
            }
            return b == ABSENT ? null : b;
        }

        /**
         * The bundle that has {@code key}, or null: first the area the key's prefix names (keys are unique across
         * areas, BundlesTest, so that is the one a walk in order would find), then every area in order.
         */
        ResourceBundle holding(String key) {
            int dot = key.indexOf('.');
            int area = dot < 0 ? -1 : BUNDLES.indexOf(key.substring(0, dot));
            if (area >= 0) {
                ResourceBundle b = get(area);
                if (b != null && b.containsKey(key)) return b;
            }
            for (int i = 0; i < BUNDLES.size(); i++) {
                ResourceBundle b = i == area ? null : get(i);
                if (b != null && b.containsKey(key)) return b;
            }
            return null;
        }

        /** The locale of the first area that has a file, as the eager list reported; null when none has. */
        Locale firstLocale() {
            for (int i = 0; i < BUNDLES.size(); i++) {
                ResourceBundle b = get(i);
                if (b != null) return b.getLocale();
            }
            return null;
        }
    }

    /**
     * Area {@code name}'s texts in {@code locale}'s language, read straight from its file ({@code name_zh.properties},
     * UTF-8), or null when there is none. ResourceBundle.getBundle found the same file through its candidate locales,
     * bundle-provider service lookup and cache, ~25 ms of a cold start's main thread for the first area.
     */
    private static ResourceBundle bundle(String name, Locale locale) {
        String lang = locale.getLanguage().equals("en") ? "en" : "zh";
        java.io.InputStream in = Msg.class.getResourceAsStream(name + "_" + lang + ".properties");
        if (in == null) return null;   // an area that has no texts yet
        try (java.io.Reader r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return new java.util.PropertyResourceBundle(r) {
                @Override
                public Locale getLocale() { return locale; }
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the texts " + name + "_" + lang + ".properties", e);
        }
    }

    static String defaultLang() {
        String p = System.getProperty("paiban.lang");
        if (p == null || p.isBlank()) p = System.getenv("PAIBAN_LANG");
        return p == null || p.isBlank() ? "zh" : p.strip();
    }

    public static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The bundles of one language, in lookup order; an area without a file yet is skipped. */
    public static List<ResourceBundle> load(String lang) {
        return load(lang, BUNDLES);
    }

    /** The text of {@code key} (no arguments) in {@code lang} whatever language is in use: a name typed in either counts. */
    public static String in(String lang, String key) {
        int dot = key.indexOf('.');
        for (ResourceBundle b : load(lang, dot > 0 && BUNDLES.contains(key.substring(0, dot)) ? List.of(key.substring(0, dot)) : BUNDLES)) {
            if (b.containsKey(key)) return b.getString(key);
        }
        return key;
    }

    private static List<ResourceBundle> load(String lang, List<String> areas) {
        Locale locale = locale(lang);
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : areas) {
            ResourceBundle b = bundle(name, locale);
            if (b != null) out.add(b);
        }
        return List.copyOf(out);
    }

    public static void use(String lang) { bundles = new Bundles(lang); }

    /** "zh" or "en". */
    public static String lang() {
        return bundles.locale.getLanguage();   // each area has a file of both languages (BundlesTest)
    }

    public static boolean has(String key) {
        return bundles.holding(key) != null;
    }

    /** The text of {@code key} with its {0}, {1}… filled in; a missing key shows itself, never a crash. */
    public static String get(String key, Object... args) {
        Bundles all = bundles;
        ResourceBundle b = all.holding(key);
        String s = b == null ? key : b.getString(key);
        if (args == null || args.length == 0) return s;
        Locale l = b != null ? b.getLocale() : all.firstLocale();   // every area's file is of the same language
        return new MessageFormat(s, l == null ? Locale.ROOT : l).format(args);
    }
}
