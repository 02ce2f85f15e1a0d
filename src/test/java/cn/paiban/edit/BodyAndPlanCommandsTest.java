package cn.paiban.edit;

import static cn.paiban.edit.EditTesting.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyAndPlanCommandsTest {
    private final Issue start = IssueFixtures.rich();

    private List<Block> body(Issue issue) {
        return issue.article("a03-nongmu").orElseThrow().body();
    }

    @Test
    void replaceInsertDeleteBlocks() throws Exception {
        Block p = new Block.Paragraph("新的一段。");
        assertEquals(List.of(p, body(start).get(1)), body(roundTrip(start, BodyEdit.replace("a03-nongmu", 0, p))));
        assertEquals(List.of(body(start).get(0), p, body(start).get(1)), body(roundTrip(start, BodyEdit.insert("a03-nongmu", 1, p))));
        assertEquals(List.of(body(start).get(0), body(start).get(1), p), body(roundTrip(start, BodyEdit.insert("a03-nongmu", 2, p))));
        assertEquals(List.of(body(start).get(1)), body(roundTrip(start, BodyEdit.delete("a03-nongmu", 0))));
        assertThrows(IllegalArgumentException.class, () -> BodyEdit.replace("a03-nongmu", 2, p).apply(start));
        assertThrows(IllegalArgumentException.class, () -> BodyEdit.insert("a03-nongmu", 3, p).apply(start));
        assertThrows(IllegalArgumentException.class, () -> BodyEdit.delete("a03-nongmu", -1).apply(start));
    }

    @Test
    void moveBlocks() throws Exception {
        Issue start2 = roundTrip(start, BodyEdit.insert("a03-nongmu", 2, new Block.Paragraph("末段。")));
        List<Block> b = body(start2);
        assertEquals(List.of(b.get(1), b.get(2), b.get(0)), body(roundTrip(start2, BodyEdit.move("a03-nongmu", 0, 2))));
        assertEquals(List.of(b.get(2), b.get(0), b.get(1)), body(roundTrip(start2, BodyEdit.move("a03-nongmu", 2, 0))));
        assertSame(start2, BodyEdit.move("a03-nongmu", 1, 1).apply(start2));
        assertThrows(IllegalArgumentException.class, () -> BodyEdit.move("a03-nongmu", 0, 3).apply(start2));
    }

    @Test
    void typingInOneParagraphMerges() {
        CommandStack stack = new CommandStack(start);
        stack.execute(BodyEdit.replace("a03-nongmu", 0, new Block.Paragraph("盐")));
        stack.execute(BodyEdit.replace("a03-nongmu", 0, new Block.Paragraph("盐碱")));
        stack.execute(BodyEdit.replace("a03-nongmu", 1, new Block.Paragraph("另一段")));
        assertEquals(Optional.of("修改《农牧融合发展 盐碱地变了样》正文第 2 段"), stack.undoDescription());
        stack.undo();
        assertEquals(new Block.Paragraph("盐碱"), body(stack.current()).get(0));
        assertSame(start, stack.undo());
    }

    @Test
    void setPlanEntry() throws Exception {
        Issue moved = roundTrip(start, new SetPlanEntry("a03-nongmu", 17, 44));
        assertEquals(Optional.of(new PagePlan.Entry("a03-nongmu", 17, 44)), moved.plan().entry("a03-nongmu"));
        assertEquals(start.plan().entries().size(), moved.plan().entries().size());
        Issue added = roundTrip(start, new SetPlanEntry("z01-zhenggao", 48, null));
        assertEquals(Optional.of(new PagePlan.Entry("z01-zhenggao", 48, null)), added.plan().entry("z01-zhenggao"));
        Issue removed = roundTrip(start, new SetPlanEntry("a02-xinqixiang", null, null));
        assertTrue(removed.plan().entry("a02-xinqixiang").isEmpty());
    }

    @Test
    void setPlanEntryRefusesWhatCannotBePrinted() {
        assertThrows(IllegalArgumentException.class, () -> new SetPlanEntry("a03-nongmu", 17, 17).apply(start));
        assertThrows(IllegalArgumentException.class, () -> new SetPlanEntry("a03-nongmu", 0, null).apply(start));
        assertThrows(IllegalArgumentException.class, () -> new SetPlanEntry("nope", 3, null).apply(start));
        SetPlanEntry jump = new SetPlanEntry("a03-nongmu", 15, 46);
        assertSame(start, jump.apply(start), "unchanged");
        assertEquals("《农牧融合发展 盐碱地变了样》从第 15 页起，下转第 46 页", jump.description());
    }
}
