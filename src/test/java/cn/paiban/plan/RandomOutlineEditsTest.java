package cn.paiban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.edit.AddArticle;
import cn.paiban.edit.ArticleField;
import cn.paiban.edit.ArticleList;
import cn.paiban.edit.CommandStack;
import cn.paiban.edit.DeleteArticle;
import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.MoveArticle;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.CachingComposer;
import cn.paiban.layout.ImageSizes;
import cn.paiban.layout.IssueLayout;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.Template;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.layout.TemplateLoader;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.text.ParagraphComposer;
import cn.paiban.typeset.Preflight;
import cn.paiban.typeset.Typesetter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random outline edits on the sample (move by one place or dragged anywhere, sections moved, rename, delete, add, undo, redo), each
 * through {@link EditReview} as the editor does it: after every step the layout has every article on a page and no
 * placeholder, or the edit was refused with a message and changed nothing. Seeded, so a failure repeats.
 *
 * <p>About 2,500 steps take under a minute on this machine. Every step is checked on the body layout (start pages of every article: what the contents page needs, so a
 * missing one is what prints 【缺：…】); every 100th step the whole issue is typeset and its pages are searched for
 * the placeholder itself.
 */
class RandomOutlineEditsTest {
    static final int STEPS = Integer.getInteger("steps", 2500);
    static Issue sample;
    static Template template;
    static CachingComposer composer;
    static Typesetter typesetter;

    @BeforeAll
    static void setUp() throws Exception {
        sample = IssueStore.load(PagePlannerTest.SAMPLE);
        FontBook fonts = FontBook.standard();
        template = TemplateLoader.load(TemplateFiles.directory());
        composer = new CachingComposer(new ParagraphComposer(fonts)::compose);
        typesetter = new Typesetter(fonts, TemplateFiles.directory());
    }

    /** The body layout alone: start pages and findings, no front matter (the property is about those). */
    private final Map<Issue, LayoutResult> cache = new IdentityHashMap<>();

    private LayoutResult body(Issue issue) {
        LayoutResult known = cache.get(issue);
        if (known != null) return known;
        Map<String, Integer> targets = new HashMap<>();
        for (PagePlan.Entry e : issue.plan().entries()) if (e.continuesOn() != null) targets.put(e.articleId(), e.continuesOn());
        IssueLayout.Flowed f = null;
        for (int pass = 0; pass < 3; pass++) {
            f = new IssueLayout(template, composer, new ImageSizes(PagePlannerTest.SAMPLE)).layout(issue, targets);
            if (f.jumpTargets().equals(targets)) break;
            targets = new HashMap<>(f.jumpTargets());
        }
        LayoutResult r = new LayoutResult(new Document("", "", null, List.of()), f.findings(), f.startPages());
        if (cache.size() > 64) cache.clear();
        cache.put(issue, r);
        return r;
    }

    @Test
    void noOutlineEditLosesAnArticleOrLeavesAPlaceholder() {
        Random rnd = new Random(20261204L);
        CommandStack stack = new CommandStack(sample);
        Function<Issue, LayoutResult> fast = this::body;
        int refused = 0, moves = 0, asked = 0, fresh = 0;
        for (int step = 0; step < STEPS; step++) {
            // back to the printed plan now and then: moves drop pins, and the pinned cases are the interesting ones
            if (step % 250 == 0) stack = new CommandStack(sample);
            Issue before = stack.current();
            int op = rnd.nextInt(100);
            String what;
            if (op < 55) {
                MoveArticle m = randomMove(rnd, before);
                if (m == null) continue;
                what = "move " + m.articleId() + " to " + m.to() + "@" + m.index();
                EditReview.Review r = EditReview.move(before, m, fast);
                moves++;
                if (r.refused()) {
                    refused++;
                    assertFalse(r.refusal().isBlank(), what);
                    assertSame(before, stack.current());
                    continue;
                }
                if (r.question() != null) asked++;
                stack.execute(r.options().get(rnd.nextInt(r.options().size())).command());
            } else if (op < 61) {
                int from = rnd.nextInt(before.sections().size());
                int to = rnd.nextInt(before.sections().size());
                var m = new cn.paiban.edit.MoveSection(before.sections().get(from).id(), to);
                what = "move section " + m.sectionId() + " to " + to;
                EditReview.Review r = EditReview.move(before, m, fast);
                moves++;
                if (r.refused()) {
                    refused++;
                    assertFalse(r.refusal().isBlank(), what);
                    continue;
                }
                if (r.question() != null) asked++;
                stack.execute(r.options().get(rnd.nextInt(r.options().size())).command());
            } else if (op < 67) {
                Article a = pick(rnd, before.allArticles());
                what = "rename " + a.id();
                stack.execute(new EditArticleText(a.id(), ArticleField.TITLE, a.title() + "·" + step));
            } else if (op < 73) {
                List<Article> arts = before.allArticles();
                if (arts.size() < 8) continue;
                Article a = pick(rnd, arts);
                what = "delete " + a.id();
                if (!guarded(stack, EditReview.edit(before, new DeleteArticle(a.id()), fast))) refused++;
            } else if (op < 81) {
                Section s = pick(rnd, before.sections());
                String id = "new-" + (fresh++);
                ArticleKind kind = rnd.nextInt(4) == 0 ? ArticleKind.NEWS : ArticleKind.FEATURE;
                Article a = new Article(id, kind, null, "新文章" + step, null, List.of(), null,
                        List.of(new Block.Paragraph("朔州经济".repeat(1 + rnd.nextInt(60)))), null, null);
                what = "add " + id + " to " + s.id();
                if (!guarded(stack, EditReview.edit(before, new AddArticle(ArticleList.section(s.id()), rnd.nextInt(s.articles().size() + 1), a), fast))) refused++;
            } else if (op < 93) {
                what = "undo";
                if (stack.canUndo()) stack.undo();
            } else {
                what = "redo";
                if (stack.canRedo()) stack.redo();
            }
            Issue now = stack.current();
            List<String> broken = EditReview.breaks(before, body(before), now, body(now));
            assertEquals(List.of(), broken, "step " + step + ": " + what);
            if (step % 100 == 99) {
                LayoutResult whole = Preflight.typeset(typesetter, now, PagePlannerTest.SAMPLE);
                assertEquals(List.of(), EditReview.breaks(now, null, now, whole), "step " + step + " typeset whole: " + what);
            }
        }
        System.out.printf("random outline edits: %d steps, %d moves (%d asked), %d refused%n", STEPS, moves, asked, refused);
        assertTrue(moves > STEPS / 5, "moves: " + moves);
        assertTrue(refused < moves, "most moves can be done");
    }

    private static boolean guarded(CommandStack stack, EditReview.Review r) {
        if (r.refused()) {
            assertNotNull(r.refusal());
            assertFalse(r.refusal().isBlank());
            return false;
        }
        stack.execute(r.recommended().command());
        return true;
    }

    /** Alt+Up/Down within a section (2 in 3) or a drag to any place of any section. */
    private static MoveArticle randomMove(Random rnd, Issue issue) {
        List<Section> secs = issue.sections().stream().filter(s -> !s.articles().isEmpty()).toList();
        Section from = pick(rnd, secs);
        int k = rnd.nextInt(from.articles().size());
        String id = from.articles().get(k).id();
        if (rnd.nextInt(3) < 2) {
            int j = k + (rnd.nextBoolean() ? 1 : -1);
            if (j < 0 || j >= from.articles().size()) return null;
            return new MoveArticle(id, ArticleList.section(from.id()), j);
        }
        Section to = pick(rnd, issue.sections());
        int size = to.articles().size() - (to.id().equals(from.id()) ? 1 : 0);
        return new MoveArticle(id, ArticleList.section(to.id()), rnd.nextInt(size + 1));
    }

    private static <T> T pick(Random rnd, List<T> list) { return list.get(rnd.nextInt(list.size())); }

    /** The body layout is what the check relies on: on the sample, every article has its start page. */
    @Test
    void theBodyLayoutHasEveryArticleOfTheSample() {
        LayoutResult r = body(sample);
        for (Article a : sample.allArticles()) assertTrue(r.startPages().containsKey(a.id()), a.id());
    }
}
