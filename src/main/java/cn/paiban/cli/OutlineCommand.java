package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paiban outline DIR [--json]}: the issue's sections and articles in printed order, with
 * authors and the planned start page and jump of each, so the editor can check an issue against the
 * printed contents without opening the editor.
 */
public final class OutlineCommand implements Command {
    @Override
    public String name() { return "outline"; }

    @Override
    public String summary() { return Msg.get("cli.summary.outline"); }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(args, java.util.Set.of("--json"), java.util.Set.of());   // --jsno: did you mean --json
        if (parsed.positional().size() != 1) throw new UsageException(Msg.get("cli.outline.usage"));
        boolean json = parsed.has("--json");
        Path dir = Path.of(parsed.positional().get(0));
        Issue issue;
        try {
            issue = IssueStore.load(dir);
        } catch (IssueFormatException | IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (json) printJson(issue, out);
        else printText(issue, out);
        return 0;
    }

    private static void printText(Issue issue, PrintStream out) {
        Journal j = issue.journal();
        out.println(Msg.get("cli.outline.heading", j.name(), j.year(), j.issueNumber(), j.totalNumber()));
        for (Section s : issue.sections()) {
            out.println();
            out.println(s.title());
            for (Article a : s.articles()) printArticle(issue.plan(), a, out);
        }
        printGroup(Msg.get("outline.shortItems"), issue.shortItems(), issue.plan(), out);
        printGroup(Msg.get("outline.notices"), issue.notices(), issue.plan(), out);
    }

    private static void printGroup(String heading, List<Article> articles, PagePlan plan, PrintStream out) {
        if (articles.isEmpty()) return;
        out.println();
        out.println(heading);
        for (Article a : articles) printArticle(plan, a, out);
    }

    /** One line: pages (start→jump, "-" where the layout decides), title, byline. */
    private static void printArticle(PagePlan plan, Article a, PrintStream out) {
        PagePlan.Entry e = plan.entry(a.id()).orElse(null);
        String pages = e == null || e.startPage() == null ? "-" : String.valueOf(e.startPage());
        if (e != null && e.continuesOn() != null) pages += "→" + e.continuesOn();
        String byline = byline(a);
        out.printf("  %-8s %s%s%n", pages, a.title(), byline.isEmpty() ? "" : "  " + byline);
    }

    private static String byline(Article a) {
        if (a.authors().isEmpty()) return a.signature() == null ? "" : a.signature();
        List<String> names = new ArrayList<>();
        for (Author au : a.authors()) names.add(au.affiliation() == null ? au.name() : au.affiliation() + " " + au.name());
        return String.join("、", names);
    }

    private static void printJson(Issue issue, PrintStream out) throws IOException {
        Journal j = issue.journal();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("name", j.name());
        journal.put("year", j.year());
        journal.put("issueNumber", j.issueNumber());
        journal.put("totalNumber", j.totalNumber());
        journal.put("publicationDate", j.publicationDate() == null ? null : j.publicationDate().toString());
        root.put("journal", journal);
        List<Object> sections = new ArrayList<>();
        for (Section s : issue.sections()) {
            Map<String, Object> so = new LinkedHashMap<>();
            so.put("id", s.id());
            so.put("title", s.title());
            so.put("articles", articles(s.articles(), issue.plan()));
            sections.add(so);
        }
        root.put("sections", sections);
        root.put("shortItems", articles(issue.shortItems(), issue.plan()));
        root.put("notices", articles(issue.notices(), issue.plan()));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(root));
    }

    private static List<Object> articles(List<Article> articles, PagePlan plan) {
        List<Object> out = new ArrayList<>();
        for (Article a : articles) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", a.id());
            o.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("title", a.title());
            List<Object> authors = new ArrayList<>();
            for (Author au : a.authors()) {
                Map<String, Object> ao = new LinkedHashMap<>();
                ao.put("name", au.name());
                ao.put("affiliation", au.affiliation());
                authors.add(ao);
            }
            o.put("authors", authors);
            o.put("signature", a.signature());
            PagePlan.Entry e = plan.entry(a.id()).orElse(null);
            o.put("startPage", e == null ? null : e.startPage());
            o.put("continuesOn", e == null ? null : e.continuesOn());
            out.add(o);
        }
        return out;
    }
}
