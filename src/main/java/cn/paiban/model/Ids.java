package cn.paiban.model;

import java.util.regex.Pattern;

/**
 * What makes a good article or section id. Ids name files in the issue folder (articles/&lt;id&gt;.json)
 * and are compared ignoring case, because macOS and Windows file systems do.
 */
public final class Ids {
    /** Letters and digits of any script, then also . _ -: safe as a file name everywhere. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    public static final int MAX_LENGTH = 100;

    private Ids() {}

    /** Why {@code id} cannot name an article or section, or null when it can. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) return cn.paiban.i18n.Msg.get("io.id.empty");
        if (id.length() > MAX_LENGTH) return cn.paiban.i18n.Msg.get("io.id.too-long", id.substring(0, 20), MAX_LENGTH);
        if (!ID.matcher(id).matches()) {
            return cn.paiban.i18n.Msg.get("io.id.characters", id);
        }
        // Windows reserves these names whatever follows the first dot: articles/con.json cannot be made there
        String base = (id.indexOf('.') < 0 ? id : id.substring(0, id.indexOf('.'))).toUpperCase(java.util.Locale.ROOT);
        if (base.matches("CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]") || id.endsWith(".")) {
            return cn.paiban.i18n.Msg.get("limits.id.reserved", id);
        }
        return null;
    }

    /** The key under which two ids collide. */
    public static String key(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
