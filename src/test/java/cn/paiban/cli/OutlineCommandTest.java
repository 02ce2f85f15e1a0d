package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.io.IssueStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlineCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsSectionsArticlesAuthorsAndPagesInPrintedOrder() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        assertEquals(0, run("outline", dir.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals("""
                朔州经济 2023年第4期（总第171期）

                卷首语
                  1        卷首语  周慧芳

                本期特稿
                  4        以新气象新作为 推动高质量发展取得新成效  市发改委 王明、李华
                  15→46    农牧融合发展 盐碱地变了样  朔州市农业农村局 张三丰

                统计数据
                  -        2023年朔州市1—7月主要经济指标

                空栏目

                补白与短讯
                  -        调查信息

                启事
                  -        征稿启事
                """, out.toString(StandardCharsets.UTF_8));
    }

    /** With the English interface the outline's own words are English; the issue's words (titles, names) stay as they are. */
    @Test
    void englishInterfaceGivesEnglishHeadings() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        cn.paiban.i18n.Msg.use("en");
        try {
            assertEquals(0, run("outline", dir.toString()), err.toString(StandardCharsets.UTF_8));
        } finally {
            cn.paiban.i18n.Msg.use("zh");
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("朔州经济 2023 no. 4 (total 171)\n"), text);
        assertTrue(text.contains("\nFillers and news\n  -        调查信息\n"), text);
        assertTrue(text.contains("\nNotices\n  -        征稿启事\n"), text);
        assertTrue(!text.contains("补白与短讯") && !text.contains("年第"), text);
    }

    @Test
    void jsonForMachines() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        assertEquals(0, run("outline", dir.toString(), "--json"));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(171, root.at("/journal/totalNumber").asInt());
        JsonNode jumping = root.at("/sections/1/articles/1");
        assertEquals("a03-nongmu", jumping.get("id").asText());
        assertEquals(15, jumping.get("startPage").asInt());
        assertEquals(46, jumping.get("continuesOn").asInt());
        assertEquals("张三丰", jumping.at("/authors/0/name").asText());
        assertTrue(root.at("/sections/2/articles/0/startPage").isNull());
        assertEquals("z01-zhenggao", root.at("/notices/0/id").asText());
    }

    /** The start pages of the printed contents of 2023年第4期, and the one jump (page 17 → 46). */
    @Test
    void theSampleOutlineMatchesThePrintedContents() throws Exception {
        assertEquals(0, run("outline", "samples/shuozhou-jingji-2023-04", "--json"), err.toString(StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<Integer> starts = new java.util.ArrayList<>();
        List<String> jumps = new java.util.ArrayList<>();
        for (JsonNode section : root.get("sections")) {
            for (JsonNode a : section.get("articles")) {
                if (a.get("startPage").isInt()) starts.add(a.get("startPage").asInt());
                if (a.get("continuesOn").isInt()) jumps.add(a.get("title").asText() + " → " + a.get("continuesOn").asInt());
            }
        }
        assertEquals(List.of(1, 4, 9, 13, 15, 18, 23, 28, 33, 36, 39, 44, 47, 48), starts);
        assertEquals(List.of("农牧融合发展 盐碱地变了样 → 46"), jumps);
    }

    @Test
    void loadErrorsPrintTheMessageAndExit2() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        Files.writeString(dir.resolve("articles/a03-nongmu.json"), "{\"schemaVersion\": 1,\n \"id\": \"a03-nongmu\" \"kind\": 1}");
        assertEquals(2, run("outline", dir.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith(dir.resolve("articles/a03-nongmu.json") + ":2:"), message);
        assertTrue(message.contains("应为逗号“,”或对象结尾的“}”，实际是“\"”"), message);
        assertTrue(!message.contains("\tat "), "no stack trace");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("outline"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("用法：outline DIR [--json]"));
        assertEquals(2, run("outline", dir.toString(), "--xml"));
    }
}
