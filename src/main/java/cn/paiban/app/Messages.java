package cn.paiban.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI strings: Chinese by default, English with -Dpaiban.lang=en (or the View menu, from the next start).
 * Bundles are UTF-8 .properties (Java 9+ reads them as UTF-8).
 */
public final class Messages {
    private static volatile ResourceBundle bundle = load(System.getProperty("paiban.lang", "zh"));

    private Messages() {}

    static ResourceBundle load(String lang) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle("cn.paiban.app.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void use(String lang) { bundle = load(lang); }

    public static String lang() { return bundle.getLocale().getLanguage(); }

    public static String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            s = key;   // visible, never a crash: a missing string shows its key
        }
        return args.length == 0 ? s : MessageFormat.format(s, args);
    }
}
