package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.i18n.Msg;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a paragraph whose only breaks leave a line spaced wider than ½ em is reported (行过松) with its article,
 * paragraph, line and looseness, as a warning that does not block the export; the sample itself has none.
 */
class LooseLinePreflightTest {
    @AfterEach
    void zh() { Msg.use("zh"); }

    @Test
    void aLineThatCannotBeSetTightIsNamedWithItsParagraphLineAndLooseness() throws Exception {
        PreflightTest.load();
        Article a = PreflightTest.sample.article("datong-xianyu").orElseThrow();
        // 朔州市的 cannot share a line with the long word after it: four characters over the whole measure
        Article loose = a.withBlock(3, new Block.Paragraph("朔州市的Supercalifragilisticexpialidocious方案正在推进之中，今年还将继续扩大试点范围和规模。"));
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter, PreflightTest.replace(PreflightTest.sample, loose),
                PreflightTest.SAMPLE);
        List<Finding> f = PreflightTest.keyed(r, "typography.loose-line");
        assertEquals(1, f.size(), r.findings().toString());
        Finding x = f.get(0);
        assertEquals("datong-xianyu", x.articleId());
        assertEquals(3, x.block());
        assertEquals(Finding.Severity.WARNING, x.severity());
        assertTrue(x.page() > 0, "located on its page: " + x);
        assertTrue(x.message().startsWith("行过松：第 4 段第 1 行字距拉开 4.00 字"), x.message());
        assertTrue(x.message().contains("“朔州市的”"), x.message());
        assertTrue(Preflight.blocking(r).isEmpty(), "a loose line is a warning: " + Preflight.blocking(r));
    }

    @Test
    void theSampleHasNoLooseLine() throws Exception {
        PreflightTest.load();
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter, PreflightTest.sample, PreflightTest.SAMPLE);
        assertEquals(List.of(), PreflightTest.keyed(r, "typography.loose-line"));
        assertEquals(List.of(), PreflightTest.keyed(r, "typography.loose-line-short"));
    }
}
