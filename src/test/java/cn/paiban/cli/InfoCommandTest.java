package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paiban info}: the facts listed, changed and saved, or refused with nothing written. */
class InfoCommandTest {
    @TempDir Path dir;

    @Test
    void listsTheFactsByTheirChineseNamesAndKeys() throws Exception {
        Path issue = SampleCopy.copy(dir.resolve("i"));
        SampleCopy.Run r = SampleCopy.run("info", issue.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("出版日期（date）：2023-08-25"), r.out());
        assertTrue(r.out().contains("印数（print-run）：1500"), r.out());
        assertTrue(r.out().contains("编辑委员会（board）：\n    主任：武跃飞\n"), r.out());
        SampleCopy.Run json = SampleCopy.run("info", issue.toString(), "--json");
        assertEquals("2023-08-25", SampleCopy.JSON.readTree(json.out()).get("date").asText());
    }

    @Test
    void setsFieldsByEitherNameAndSavesAndTheEditorReadsThem() throws Exception {
        Path issue = SampleCopy.copy(dir.resolve("i"));
        SampleCopy.Run r = SampleCopy.run("info", issue.toString(), "出版日期=2023年10月25日", "number=5", "total=172",
                "slogans=·一·|·二·", "board=主任：武跃飞|委员：王 虎、李四");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("出版日期（date）：2023-10-25"), r.out());
        Issue saved = IssueStore.load(issue);
        assertEquals(LocalDate.of(2023, 10, 25), saved.journal().publicationDate());
        assertEquals(5, saved.journal().issueNumber());
        assertEquals(172, saved.journal().totalNumber());
        assertEquals(List.of("·一·", "·二·"), saved.journal().slogans());
        assertEquals(List.of("王虎", "李四"), saved.board().roles().get(1).names());
        assertEquals("1500", saved.journal().colophon().printRun(), "a field not named keeps its value");
    }

    @Test
    void aRefusedValueOrUnknownFieldWritesNothing() throws Exception {
        Path issue = SampleCopy.copy(dir.resolve("i"));
        byte[] before = Files.readAllBytes(issue.resolve("issue.json"));
        for (List<String> args : List.of(List.of("印数=2000", "date=2023-02-30"), List.of("colour=red"), List.of("date"),
                List.of("number=9", "total=8"))) {
            List<String> all = new java.util.ArrayList<>(List.of("info", issue.toString()));
            all.addAll(args);
            SampleCopy.Run r = SampleCopy.run(all.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.all());
            assertTrue(r.err().startsWith("paiban info: "), r.err());
            assertArrayEquals(before, Files.readAllBytes(issue.resolve("issue.json")), args + ": nothing written");
        }
        assertTrue(SampleCopy.run("info", issue.toString(), "date=2023-02-30").err().contains("出版日期：“2023-02-30”不是日期"));
        SampleCopy.Run same = SampleCopy.run("info", issue.toString(), "出版日期=2023-08-25");
        assertEquals(0, same.code());
        assertTrue(same.out().contains("没有改动"), same.out());
        assertArrayEquals(before, Files.readAllBytes(issue.resolve("issue.json")), "an unchanged issue is not rewritten");
    }
}
