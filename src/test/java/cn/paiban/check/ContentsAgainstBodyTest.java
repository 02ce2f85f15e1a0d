package cn.paiban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.font.FontBook;
import cn.paiban.front.FrontMatter;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.typeset.Preflight;
import cn.paiban.typeset.Typesetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contents page against the body (GB/T 13417): the sample's generated contents agree with where each title is
 * printed; a contents template with a hand-typed row, wrong page numbers, or no article rows is caught.
 */
class ContentsAgainstBodyTest {
    private static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");
    private static final Path TEMPLATE = Path.of("templates/shuozhou-jingji");
    private static FontBook fonts;
    private static Issue issue;
    private static LayoutResult layout;

    @TempDir Path tmp;

    @BeforeAll
    static void typeset() throws Exception {
        fonts = FontBook.standard();
        issue = IssueStore.load(SAMPLE);
        layout = Preflight.typeset(new Typesetter(fonts, TEMPLATE), issue, SAMPLE);
    }

    private List<Finding> contentsFindings(Path template) {
        var r = IssueCheck.run(issue, layout, new FrontMatter(template, fonts), WordList.empty(), Dismissals.none());
        return r.findings().stream().filter(f -> f.rule().equals(ContentsAgainstBody.RULE)).toList();
    }

    private long listedArticles() {
        return issue.sections().stream().filter(s -> !s.articles().stream()
                        .filter(a -> a.kind() != ArticleKind.FILLER && a.kind() != ArticleKind.NOTICE)
                        .allMatch(a -> a.kind() == ArticleKind.NEWS))
                .flatMap(s -> s.articles().stream())
                .filter(a -> a.kind() != ArticleKind.FILLER && a.kind() != ArticleKind.NOTICE).count();
    }

    @Test
    void theSampleContentsAgreeWithTheBody() {
        assertEquals(List.of(), contentsFindings(TEMPLATE).stream().map(f -> f.quote() + " " + f.args()).toList());
    }

    @Test
    void wrongPageNumbersAreFoundRowByRowWithThePageTheTitleIsOn() throws IOException {
        Path t = templateWith("<span class=\"page\">${e.pageLabel}</span>", "<span class=\"page\">(${e.page}1)</span>");
        List<Finding> found = contentsFindings(t);
        assertEquals(listedArticles(), found.size(), found.toString());
        for (Finding f : found) {
            assertEquals("check.contents.wrong-page", f.message());
            Article a = issue.allArticles().stream().filter(x -> x.title().equals(f.quote())).findFirst().orElseThrow();
            int start = layout.startPages().get(a.id());
            assertEquals(List.of(f.quote(), start + "1", String.valueOf(start)), f.args());
        }
    }

    @Test
    void aHandTypedRowNoPagePrintsIsFound() throws IOException {
        Path t = templateWith("<tbody data-each=\"s in contents.sections\">",
                "<tbody><tr class=\"entry\"><td class=\"title\">乡村振兴的十个故事</td><td class=\"by\"><span class=\"page\">(20)</span></td></tr></tbody>\n"
                        + "<tbody data-each=\"s in contents.sections\">");
        List<Finding> found = contentsFindings(t);
        assertEquals(List.of("乡村振兴的十个故事 check.contents.not-in-body"),
                found.stream().map(f -> f.quote() + " " + f.message()).toList());
        assertEquals(3, found.get(0).page(), "the finding is on the contents page");
    }

    @Test
    void contentsWithoutArticleRowsLeaveEveryArticleUnlisted() throws IOException {
        String xhtml = Files.readString(TEMPLATE.resolve("front/contents.xhtml"));
        int row = xhtml.indexOf("<tr class=\"entry\"");
        int end = xhtml.indexOf("</tr>", row) + "</tr>".length();
        Path t = templateWith(xhtml.substring(row, end), "");
        List<Finding> found = contentsFindings(t);
        assertEquals(listedArticles(), found.size(), found.toString());
        assertTrue(found.stream().allMatch(f -> f.message().equals("check.contents.unlisted") && !f.articleId().isEmpty()));
    }

    /** A copy of the journal's template with one text of contents.xhtml replaced. */
    private Path templateWith(String from, String to) throws IOException {
        Path copy = tmp.resolve("shuozhou-jingji");
        try (Stream<Path> s = Files.walk(TEMPLATE)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = copy.resolve(TEMPLATE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path contents = copy.resolve("front/contents.xhtml");
        String text = Files.readString(contents);
        assertTrue(text.contains(from), from);
        Files.writeString(contents, text.replace(from, to));
        return copy;
    }
}
