package cn.paiban.bench;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Makes an "annual volume" for the scale benchmark: one issue holding the sample's sections, articles and
 * notices {@code k} times over (ids suffixed -2, -3, …; copy 1 keeps its ids), one board-colophon and one
 * contents page, the page plan shifted by the sample's page count for each copy. Not a sample: a load to
 * time `paiban export` on, e.g.
 *
 * <pre>java -cp target/test-classes:target/paiban.jar cn.paiban.bench.AnnualVolume samples/shuozhou-jingji-2023-04 6 /tmp/vol6
 * /usr/bin/time -v bin/paiban export /tmp/vol6 -o /tmp/vol6.pdf --force</pre>
 *
 * (--force: the one contents page cannot list six issues' articles, which the export reports as a warning).
 */
public final class AnnualVolume {
    private AnnualVolume() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AnnualVolume SAMPLE_DIR COPIES OUT_DIR");
            System.exit(2);
        }
        Issue sample = IssueStore.load(Path.of(args[0]));
        Issue volume = of(sample, Integer.parseInt(args[1]), lastPlannedPage(sample));
        IssueStore.save(volume, Path.of(args[2]));
        System.out.println(args[2] + ": " + volume.allArticles().size() + " articles in " + volume.sections().size()
                + " sections");
    }

    /** {@code sample} {@code copies} times over, copy c's planned pages moved on by (c − 1) × {@code pages}. */
    static Issue of(Issue sample, int copies, int pages) {
        List<Section> sections = new ArrayList<>();
        List<Article> shortItems = new ArrayList<>();
        List<Article> notices = new ArrayList<>();
        List<PagePlan.Entry> entries = new ArrayList<>();
        for (int c = 1; c <= copies; c++) {
            String suffix = c == 1 ? "" : "-" + c;
            int shift = (c - 1) * pages;
            UnaryOperator<Article> copy = a -> renamed(a, a.id() + suffix);
            for (Section s : sample.sections()) {
                sections.add(new Section(s.id() + suffix, s.title(), s.articles().stream().map(copy).toList()));
            }
            sample.shortItems().stream().map(copy).forEach(shortItems::add);
            sample.notices().stream().map(copy).forEach(notices::add);
            for (PagePlan.Entry e : sample.plan().entries()) {
                entries.add(new PagePlan.Entry(e.articleId() + suffix, plus(e.startPage(), shift), plus(e.continuesOn(), shift)));
            }
        }
        PagePlan plan = new PagePlan(sample.plan().firstPage(), entries, sample.plan().templatePages());
        return new Issue(sample.journal(), sample.board(), sections, shortItems, notices, plan);
    }

    private static int lastPlannedPage(Issue issue) {
        int last = 0;
        for (PagePlan.Entry e : issue.plan().entries()) {
            if (e.startPage() != null) last = Math.max(last, e.startPage());
            if (e.continuesOn() != null) last = Math.max(last, e.continuesOn());
        }
        for (PagePlan.TemplatePage t : issue.plan().templatePages()) last = Math.max(last, t.page());
        return last;
    }

    private static Integer plus(Integer page, int shift) { return page == null ? null : page + shift; }

    private static Article renamed(Article a, String id) {
        return new Article(id, a.kind(), a.kicker(), a.title(), a.subtitle(), a.authors(), a.lead(), a.body(), a.source(),
                a.signature());
    }
}
