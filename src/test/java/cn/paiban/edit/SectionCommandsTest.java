package cn.paiban.edit;

import static cn.paiban.edit.EditTesting.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionCommandsTest {
    private final Issue start = IssueFixtures.rich();

    private static List<String> sectionIds(Issue issue) {
        return issue.sections().stream().map(Section::id).toList();
    }

    @Test
    void addSection() throws Exception {
        Issue after = roundTrip(start, new AddSection(1, "diaocha", "调查研究"));
        assertEquals(List.of("juanshouyu", "diaocha", "benqi-tegao", "tongji", "kong"), sectionIds(after));
        assertEquals(new Section("diaocha", "调查研究", List.of()), after.sections().get(1));
    }

    @Test
    void addSectionRefusesTakenIdsBadIdsBlankTitlesAndBadIndexes() {
        assertThrows(IllegalArgumentException.class, () -> new AddSection(0, "Tongji", "x").apply(start));
        assertThrows(IllegalArgumentException.class, () -> new AddSection(0, "a/b", "x").apply(start));
        assertThrows(IllegalArgumentException.class, () -> new AddSection(0, "new", " ").apply(start));
        assertThrows(IllegalArgumentException.class, () -> new AddSection(5, "new", "x").apply(start));
        assertEquals(4, new AddSection(4, "new", "x").apply(start).sections().size() - 1);
    }

    @Test
    void renameSection() throws Exception {
        Issue after = roundTrip(start, new RenameSection("benqi-tegao", "特稿"));
        assertEquals("特稿", after.sections().get(1).title());
        assertEquals(start.sections().get(1).articles(), after.sections().get(1).articles());
        assertThrows(IllegalArgumentException.class, () -> new RenameSection("benqi-tegao", "").apply(start));
        assertThrows(IllegalArgumentException.class, () -> new RenameSection("nope", "x").apply(start));
    }

    @Test
    void deleteSectionTakesItsArticlesAndTheirPlanEntries() throws Exception {
        DeleteSection delete = new DeleteSection("benqi-tegao");
        Issue after = roundTrip(start, delete);
        assertEquals(List.of("juanshouyu", "tongji", "kong"), sectionIds(after));
        assertTrue(after.article("a03-nongmu").isEmpty());
        assertTrue(after.plan().entry("a03-nongmu").isEmpty());
        assertTrue(after.plan().entry("a01-juanshouyu").isPresent());
        assertEquals("删除栏目“本期特稿”及其 2 篇文章", delete.description());
    }

    @Test
    void theLastSectionStays() {
        Issue one = start.withSections(List.of(start.sections().get(3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeleteSection("kong").apply(one));
        assertEquals(cn.paiban.i18n.Msg.get("edit.last-section"), e.getMessage());
    }

    @Test
    void moveSection() throws Exception {
        assertEquals(List.of("tongji", "juanshouyu", "benqi-tegao", "kong"), sectionIds(roundTrip(start, new MoveSection("tongji", 0))));
        assertEquals(List.of("benqi-tegao", "tongji", "kong", "juanshouyu"), sectionIds(roundTrip(start, new MoveSection("juanshouyu", 3))));
        assertThrows(IllegalArgumentException.class, () -> new MoveSection("tongji", 4).apply(start));
        assertSame(start, new CommandStack(start).execute(new MoveSection("tongji", 2)), "moving to its own place is no edit");
    }

    @Test
    void freshIds() {
        assertEquals("Tongji-2", FreshIds.section(start, "Tongji"));
        assertEquals("new", FreshIds.section(start, "new"));
        assertEquals("a03-nongmu-2", FreshIds.article(start, "a03-nongmu"));
    }
}
