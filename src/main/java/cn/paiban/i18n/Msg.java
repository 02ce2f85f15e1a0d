package cn.paiban.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
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
            "plan", "proof", "check", "package", "typography", "pdf");

    private static volatile List<ResourceBundle> bundles = load(defaultLang());

    private Msg() {}

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
        Locale locale = locale(lang);
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                out.add(ResourceBundle.getBundle("cn.paiban.i18n." + name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException absent) {
                // an area that has no texts yet
            }
        }
        return List.copyOf(out);
    }

    public static void use(String lang) { bundles = load(lang); }

    /** "zh" or "en". */
    public static String lang() {
        List<ResourceBundle> b = bundles;
        return b.isEmpty() ? "zh" : b.get(0).getLocale().getLanguage();
    }

    public static boolean has(String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return true;
        return false;
    }

    /** The text of {@code key} with its {0}, {1}… filled in; a missing key shows itself, never a crash. */
    public static String get(String key, Object... args) {
        String s = key;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                s = b.getString(key);
                break;
            }
        }
        return args == null || args.length == 0 ? s : new MessageFormat(s, bundles.isEmpty() ? Locale.ROOT
                : bundles.get(0).getLocale()).format(args);
    }
}
