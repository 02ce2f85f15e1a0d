package cn.paiban.model;

/**
 * What makes a good article or section id. Ids name files in the issue folder (articles/&lt;id&gt;.json)
 * and are compared ignoring case, because macOS and Windows file systems do.
 */
public final class Ids {
    public static final int MAX_LENGTH = 100;

    private Ids() {}

    /** Why {@code id} cannot name an article or section, or null when it can. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) return cn.paiban.i18n.Msg.get("io.id.empty");
        if (id.length() > MAX_LENGTH) return cn.paiban.i18n.Msg.get("io.id.too-long", id.substring(0, 20), MAX_LENGTH);
        if (!wellFormed(id)) {
            return cn.paiban.i18n.Msg.get("io.id.characters", id);
        }
        // Windows reserves these names whatever follows the first dot: articles/con.json cannot be made there
        String base = (id.indexOf('.') < 0 ? id : id.substring(0, id.indexOf('.'))).toUpperCase(java.util.Locale.ROOT);
        if (reserved(base) || id.endsWith(".")) {
            return cn.paiban.i18n.Msg.get("limits.id.reserved", id);
        }
        return null;
    }

    /**
     * Letters and digits of any script, then also . _ -: safe as a file name everywhere. What the pattern
     * [\p{L}\p{N}][\p{L}\p{N}._-]* matches, checked by hand: the ids are checked as it is read, and compiling
     * the pattern (its Unicode classes) and the reserved names' each time cost a cold export ~7 ms before the layout.
     */
    static boolean wellFormed(String id) {
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            if (!letterOrNumber(cp) && (i == 0 || (cp != '.' && cp != '_' && cp != '-'))) return false;
            i += Character.charCount(cp);
        }
        return !id.isEmpty();
    }

    /** \p{L} or \p{N}: a letter (Lu Ll Lt Lm Lo) or a number (Nd Nl No). */
    private static boolean letterOrNumber(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** CON, PRN, AUX, NUL, COM0-9¹²³ or LPT0-9¹²³: names Windows keeps for devices. */
    static boolean reserved(String base) {
        switch (base) {
            case "CON", "PRN", "AUX", "NUL" -> {
                return true;
            }
            default -> {
                if (base.length() != 4 || !(base.startsWith("COM") || base.startsWith("LPT"))) return false;
                char c = base.charAt(3);
                return (c >= '0' && c <= '9') || c == '¹' || c == '²' || c == '³';
            }
        }
    }

    /** The key under which two ids collide. */
    public static String key(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
