package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Author;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article's head and cuts its tail: kicker, title, subtitle (——…, or an unmarked line between the
 * title and the byline), byline (matched against the contents authors; what precedes the name is the
 * affiliation), 核心阅读 lead, body, and the source line （文章来源：…）. Units after the source line are
 * returned as the rest: a jump's continuation or short items that the contents does not list.
 */
public final class ArticleParser {
    private ArticleParser() {}

    static final Pattern SOURCE = Pattern.compile("^（文章来源[：:]\\s*(.+?)\\s*）$");
    static final String LEAD_LABEL = "核心阅读";

    record Parsed(Draft draft, List<Unit> rest) {}

    static Parsed parse(List<Unit> units, int titleIndex, List<String> contentsAuthors, ImportReport report) {
        Draft d = new Draft();
        d.firstLine = units.get(0).line();
        if (titleIndex > 0) {
            StringBuilder k = new StringBuilder();
            for (int i = 0; i < titleIndex; i++) k.append(units.get(i).text());
            d.kicker = k.toString();
        }
        d.title = units.get(titleIndex).text();
        int k = titleIndex + 1;
        k = head(units, k, d, contentsAuthors, report);
        int end = units.size();
        for (int i = k; i < units.size(); i++) {
            if (units.get(i).jumpInPage() > 0) {
                // another article's continuation (上接…) starts here: this article's part ends before it
                d.body.addAll(units.subList(k, i));
                for (Unit u : d.body) if (u.jumpOutPage() > 0) d.jumpOut = u.jumpOutPage();
                return new Parsed(d, units.subList(i, units.size()));
            }
            Matcher m = SOURCE.matcher(units.get(i).text());
            if (m.matches()) {
                d.source = m.group(1);
                end = i;
                break;
            }
        }
        d.body.addAll(units.subList(k, end));
        for (Unit u : d.body) if (u.jumpOutPage() > 0) d.jumpOut = u.jumpOutPage();
        List<Unit> rest = end < units.size() ? units.subList(end + 1, units.size()) : List.of();
        return new Parsed(d, rest);
    }

    /** Subtitle, byline and lead after the title; returns the index of the first body unit. */
    static int head(List<Unit> units, int k, Draft d, List<String> contentsAuthors, ImportReport report) {
        if (k < units.size() && units.get(k).text().startsWith("——")) {
            d.subtitle = units.get(k).text();
            k++;
        }
        if (!contentsAuthors.isEmpty()) {
            int at = -1;
            for (int j = k; j < Math.min(units.size(), k + 2); j++) {
                if (byline(units.get(j).text(), contentsAuthors) != null) {
                    at = j;
                    break;
                }
            }
            if (at == k + 1 && d.subtitle == null && !units.get(k).endsSentence()) {
                d.subtitle = units.get(k).text();
                report.ambiguous(units.get(k).line(), Msg.get("import.text.subtitle-between", d.subtitle));
                k++;
            }
            if (at == k) {
                d.authors.addAll(byline(units.get(k).text(), contentsAuthors));
                k++;
            } else {
                report.ambiguous(units.get(k < units.size() ? k : units.size() - 1).line(), Msg.get("import.text.no-byline", d.title, String.join("、", contentsAuthors)));
                contentsAuthors.forEach(a -> d.authors.add(new Author(a)));
            }
        } else if (k < units.size() && Names.looksLikeNames(units.get(k).text()) && units.get(k).text().length() <= 12) {
            report.ambiguous(units.get(k).line(), Msg.get("import.text.byline-unlisted", units.get(k).text(), d.title));
        }
        if (k < units.size() && units.get(k).text().equals(LEAD_LABEL) && k + 1 < units.size()) {
            ParagraphJoiner.Taken t = new ParagraphJoiner(report).paragraph(units, k + 1);
            d.lead = t.text();
            k = t.next();
        }
        return k;
    }

    /** The authors if {@code line} is a byline for them: names last, an affiliation before a single name. */
    static List<Author> byline(String line, List<String> authors) {
        Names.Split s = Names.split(line);
        List<String> names = s.names();
        if (names.size() < authors.size()) return null;
        List<String> tail = names.subList(names.size() - authors.size(), names.size());
        if (!tail.equals(authors)) return null;
        List<String> before = names.subList(0, names.size() - authors.size());
        if (before.isEmpty()) return authors.stream().map(Author::new).toList();
        if (authors.size() != 1) return null;
        return List.of(new Author(authors.get(0), String.join(" ", before)));
    }
}
