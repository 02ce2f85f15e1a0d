package cn.paiban.layout;

import static cn.paiban.layout.TestIssues.feature;
import static cn.paiban.layout.TestIssues.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.typeset.Typesetter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Typesetter kept by the editor reuses front-matter pages while what they show is unchanged. */
class TypesetterReuseTest {

    private static Issue issue(Article a, Article b) {
        return TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a, b))), List.of(), List.of(),
                new PagePlan(1, List.of(pin(a.id(), 1, null), pin(b.id(), 3, null)),
                        List.of(new PagePlan.TemplatePage("contents", 2))));
    }

    @Test
    void frontPagesAreKeptAcrossBodyEditsAndRemadeWhenTitlesChange() {
        Typesetter ts = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR, LayoutFixture.COMPOSER);
        Article a = feature("a", 1, 4, 100);
        Article b = feature("b", 2, 4, 100);
        Page first = LayoutFixture.page(ts.typeset(issue(a, b)).document().pages(), 2);

        Article edited = a.withBlock(0, new Block.Paragraph("改过的一段正文。"));
        var afterEdit = ts.typeset(issue(edited, b));
        assertSame(first, LayoutFixture.page(afterEdit.document().pages(), 2), "a body edit keeps the contents page");
        assertEquals(3, afterEdit.startPages().get("b"));

        var afterRetitle = ts.typeset(issue(a.withTitle("新的标题"), b));
        assertNotSame(first, LayoutFixture.page(afterRetitle.document().pages(), 2), "a new title remakes it");
    }
}
