package cn.paiban.app;

import cn.paiban.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Authors as one line of text: {@code 姓名（单位）；姓名} — the affiliation in full-width brackets after the name. */
final class AuthorsText {
    private static final Pattern WITH_AFFILIATION = Pattern.compile("(.*?)[（(](.*)[）)]");

    private AuthorsText() {}

    static String format(List<Author> authors) {
        List<String> parts = new ArrayList<>();
        for (Author a : authors) {
            parts.add(a.affiliation() == null || a.affiliation().isBlank() ? a.name() : a.name() + "（" + a.affiliation() + "）");
        }
        return String.join("；", parts);
    }

    static List<Author> parse(String text) {
        List<Author> out = new ArrayList<>();
        for (String part : text.split("[；;]")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            Matcher m = WITH_AFFILIATION.matcher(p);
            if (m.matches() && !m.group(1).isBlank()) out.add(new Author(m.group(1).strip(), m.group(2).strip()));
            else out.add(new Author(p));
        }
        return out;
    }
}
