package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No text lost: every Han character of the seed dump, except running heads (·本期特稿·), folios (·48·) and
 * jump markers ((下转第46页), (上接第 17 页)), is in the sample issue exactly once.
 *
 * <p>What "exactly once" means for text the seed prints more than once: the sample stores each string once,
 * and the layout prints it as often as the printed issue did. So this test reprints the sample the way the
 * issue prints it — every article title and its authors' names twice (contents page and article head), the
 * journal name three times (board masthead, contents header, colophon), each section title once (contents;
 * the running heads are excluded on the seed side) — plus the few labels that the templates add around
 * stored values (核心阅读, 文章来源, 编辑委员会, 目录, 总第…期, colophon labels such as 主管, 年第…期, 年月日出版).
 * Then the two multisets of Han characters must be equal: a character missing from the sample, or stored
 * twice, fails. A second check keeps order: each paragraph of the sample appears in the seed as one run of
 * Han characters (two runs for the paragraph that jumps from page 17 to page 46).
 */
class NoTextLostTest {
    static final Path SEED = Path.of("samples/seed/shuozhou-jingji-2023-04.txt");
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    private static final Pattern FURNITURE = Pattern.compile("^·(?:\\p{IsHan}+|\\d+)·$");
    private static final Pattern JUMP = Pattern.compile("[(（]\\s*(?:下转|上接)第\\s*\\d+\\s*页\\s*[)）]");

    static String seedHan() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
            if (FURNITURE.matcher(line.strip()).matches()) continue;
            sb.append(Chars.han(JUMP.matcher(line).replaceAll("")));
        }
        return sb.toString();
    }

    @Test
    void everyHanCharacterOfTheSeedIsInTheSampleExactlyOnce() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        Map<Integer, Integer> seed = count(seedHan());
        Map<Integer, Integer> printed = count(Chars.han(String.join("\n", printed(issue))));
        StringBuilder diff = new StringBuilder();
        java.util.Set<Integer> all = new java.util.TreeSet<>(seed.keySet());
        all.addAll(printed.keySet());
        for (int cp : all) {
            int a = seed.getOrDefault(cp, 0), b = printed.getOrDefault(cp, 0);
            if (a != b) diff.append(new String(Character.toChars(cp))).append(" seed ").append(a).append(" sample ").append(b).append('\n');
        }
        assertEquals("", diff.toString(), "Han characters whose count differs between the seed and the sample");
        assertTrue(seed.values().stream().mapToInt(Integer::intValue).sum() > 30_000, "the seed is the whole issue (about 33 000 Han characters)");
    }

    @Test
    void everyParagraphOfTheSampleIsARunOfTheSeedInOrder() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        String seed = seedHan();
        List<String> missing = new ArrayList<>();
        for (Article a : issue.allArticles()) {
            for (Block b : a.body()) {
                if (b instanceof Block.Paragraph p && !inAtMostTwoRuns(seed, Chars.han(p.text()))) missing.add(a.id() + ": " + p.text());
            }
            if (a.lead() != null && !seed.contains(Chars.han(a.lead()))) missing.add(a.id() + " lead");
        }
        assertEquals(List.of(), missing);
    }

    /** True if {@code s} is a substring of {@code seed}, or two substrings (a paragraph continued after a jump). */
    static boolean inAtMostTwoRuns(String seed, String s) {
        if (seed.contains(s)) return true;
        for (int cut = s.length() - 1; cut > 0; cut--) {
            if (seed.contains(s.substring(0, cut))) return seed.contains(s.substring(cut));
        }
        return false;
    }

    private static Map<Integer, Integer> count(String han) {
        Map<Integer, Integer> m = new TreeMap<>();
        han.codePoints().forEach(cp -> m.merge(cp, 1, Integer::sum));
        return m;
    }

    /** The sample printed as the issue prints it (Han only matters; order does not). */
    static List<String> printed(Issue issue) {
        List<String> out = new ArrayList<>();
        Journal j = issue.journal();
        // page 2: board masthead
        out.add(j.name());
        out.add("编辑委员会");
        for (EditorialBoard.Role r : issue.board().roles()) {
            out.add(r.title());
            out.addAll(r.names());
        }
        out.add(issue.board().note());
        // page 3: contents header, sections and entries (title and authors' names; the news items are not listed)
        out.add(j.name() + j.year() + "年第" + j.issueNumber() + "期");
        out.add("总第" + j.totalNumber() + "期" + j.frequency() + "目录");
        out.addAll(j.slogans());
        for (Section s : issue.sections()) {
            out.add(s.title());
            for (Article a : s.articles()) {
                if (a.kind() == ArticleKind.NEWS) continue;
                out.add(a.title());
                a.authors().forEach(au -> out.add(au.name()));
            }
        }
        // colophon
        var c = j.colophon();
        out.add(j.name());
        out.addAll(List.of("主管", c.supervisor(), "主办", c.sponsor(), "编辑", c.editor(), "发送对象", c.audience(), "地址", c.address(),
                "邮编", c.postcode(), "电话", c.phone(), "网址", c.website(), c.email(), "印刷", c.printer(), "印数", c.printRun(),
                c.permit(), c.distribution(), "年月日出版"));
        // the articles as set on their pages
        for (Article a : issue.allArticles()) {
            if (a.kicker() != null) out.add(a.kicker());
            if (a.kind() != ArticleKind.TABLE) out.add(a.title());
            if (a.subtitle() != null) out.add(a.subtitle());
            for (Author au : a.authors()) {
                if (au.affiliation() != null) out.add(au.affiliation());
                out.add(au.name());
            }
            if (a.lead() != null) out.add("核心阅读" + a.lead());
            for (Block b : a.body()) {
                if (b instanceof Block.Paragraph p) out.add(p.text());
                else if (b instanceof Block.Subheading h) out.addAll(h.lines());
                else if (b instanceof Block.Quotation q) out.add(q.text());
                else if (b instanceof Block.ListBlock l) out.addAll(l.items());
                else if (b instanceof Block.Image im) out.add(im.caption());
                else if (b instanceof Block.Table t) {
                    out.add(t.caption());
                    out.add(t.issuer());
                    t.header().forEach(out::addAll);
                    t.rows().forEach(out::addAll);
                    out.add(t.note());
                }
            }
            if (a.source() != null) out.add("文章来源" + a.source());
            if (a.signature() != null) out.add(a.signature());
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }
}
