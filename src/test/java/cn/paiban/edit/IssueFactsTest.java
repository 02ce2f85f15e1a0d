package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueStore;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 本期信息: the fields' texts, what they take, what they refuse, and the undo steps they make. */
class IssueFactsTest {
    private static Issue sample;

    @BeforeAll
    static void load() throws Exception {
        Msg.use("zh");
        sample = IssueStore.load(Path.of("samples", "shuozhou-jingji-2023-04"));
    }

    private static Issue apply(Map<String, String> changes) {
        return IssueFacts.edit(sample, changes).orElseThrow().apply(sample);
    }

    @Test
    void theSamplesOwnTextsChangeNothing() {
        Map<String, String> v = IssueFacts.values(sample);
        assertEquals("2023-08-25", v.get("date"));
        assertEquals("171", v.get("total"));
        assertTrue(v.get("board").startsWith("主任：武跃飞\n副主任：刘宏武、祁贵\n"), v.get("board"));
        assertEquals(IssueFacts.fields().size(), v.size());
        assertTrue(IssueFacts.edit(sample, v).isEmpty(), "every field given back as it is: no edit");
        assertTrue(IssueFacts.edit(sample, Map.of("slogans", v.get("slogans") + "\n\n  ")).isEmpty(), "blank lines are no slogans");
    }

    @Test
    void datesAreTakenAsTheOfficeWritesThem() {
        for (String s : List.of("2023-10-25", "2023/10/25", "2023.10.25", "2023年10月25日", "２０２３年１０月２５日", " 2023 年 10 月 25 日 ")) {
            assertEquals(LocalDate.of(2023, 10, 25), apply(Map.of("date", s)).journal().publicationDate(), s);
        }
        assertEquals(null, apply(Map.of("date", "")).journal().publicationDate(), "empty: no date, the colophon prints none");
    }

    @Test
    void aRefusedValueNamesItsFieldAndNothingIsMade() {
        record Bad(String field, String value, String words) {}
        for (Bad b : List.of(new Bad("date", "2023-02-30", "不是日期"), new Bad("date", "十月", "不是日期"),
                new Bad("number", "五", "不是数字"), new Bad("number", "0", "不在 1–99 之间"),
                new Bad("year", "23", "不在 1900–2200 之间"), new Bad("total", "3", "3 小于期号 4"),
                new Bad("name", "  ", "不能为空"), new Bad("board", "主任：武跃飞\n副主任 刘宏武", "第 2 行"))) {
            IssueFacts.Refused r = assertThrows(IssueFacts.Refused.class, () -> IssueFacts.edit(sample, Map.of(b.field(), b.value())));
            assertEquals(b.field(), r.field());
            assertTrue(r.getMessage().startsWith(Msg.get("facts.field." + b.field()) + "："), r.getMessage());
            assertTrue(r.getMessage().contains(b.words()), r.getMessage());
        }
        assertThrows(IssueFacts.Refused.class, () -> IssueFacts.edit(sample, Map.of("colour", "red")));
    }

    @Test
    void theBoardIsOneRoleALineWithItsNamesAndThePrintersPaddingIsDropped() {
        Issue after = apply(Map.of("board", "主任：武跃飞\n\n 副 主 任:王 虎，李四、 高  宇;\n主编："));
        assertEquals(List.of(new EditorialBoard.Role("主任", List.of("武跃飞")),
                new EditorialBoard.Role("副主任", List.of("王虎", "李四", "高宇")),
                new EditorialBoard.Role("主编", List.of())), after.board().roles());
        assertEquals(sample.journal(), after.journal(), "the journal is left as it was");
        assertEquals(sample.board().note(), after.board().note());
    }

    @Test
    void fieldsAreFoundByKeyOrByEitherLanguagesName() {
        assertEquals("date", IssueFacts.field("出版日期").orElseThrow().key());
        assertEquals("date", IssueFacts.field("Publication date").orElseThrow().key());
        assertEquals("print-run", IssueFacts.field("PRINT-RUN").orElseThrow().key());
        assertEquals("board", IssueFacts.field(" 编辑委员会 ").orElseThrow().key());
        assertFalse(IssueFacts.field("颜色").isPresent());
        for (IssueFacts.Field f : IssueFacts.fields()) assertNotEquals("facts.field." + f.key(), f.label(), "every field has a name");
    }

    @Test
    void oneFormIsOneUndoStepEvenWhenItChangesTheJournalAndTheBoardAndTwoFormsAreTwo() {
        CommandStack stack = new CommandStack(sample);
        stack.execute(IssueFacts.edit(sample, Map.of("date", "2023-10-25", "board-note", "以姓氏笔画为序")).orElseThrow());
        Issue first = stack.current();
        assertEquals(LocalDate.of(2023, 10, 25), first.journal().publicationDate());
        assertEquals("以姓氏笔画为序", first.board().note());
        stack.execute(IssueFacts.edit(first, Map.of("print-run", "2000")).orElseThrow());
        assertEquals("2000", stack.current().journal().colophon().printRun());
        stack.undo();
        assertEquals(first, stack.current(), "the second form's change alone is taken back");
        stack.undo();
        assertEquals(sample, stack.current(), "the first form's date and board note go back together");
    }
}
