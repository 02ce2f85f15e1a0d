package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample issue folder, loaded as the app loads it, against the printed text of the issue (the seed):
 * every contents line with a page number, every board name and colophon field, as the seed prints them.
 */
class SampleSeedTest {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    /** The repository keeps its own copy of the seed, so the test never depends on what sits beside the checkout. */
    static List<String> seed() throws Exception {
        Path s = Path.of("samples/seed/shuozhou-jingji-2023-04.txt");
        if (!Files.isRegularFile(s)) throw new AssertionError("seed text missing: " + s.toAbsolutePath());
        return Files.readAllLines(s);
    }

    @Test
    void frontPagesOfTheSampleMatchTheSeed() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        // The contents of the sample are the pinned start pages; the layout keeps them (checked by its own tests).
        Map<String, Integer> starts = new HashMap<>();
        for (PagePlan.Entry e : issue.plan().entries()) if (e.startPage() != null) starts.put(e.articleId(), e.startPage());
        List<String> warnings = new ArrayList<>();
        List<Page> pages = new FrontMatter(FrontMatterTest.TEMPLATES, FontBook.standard())
                .render(issue, starts, FrontMatterTest.FORMAT, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of(2, 3), pages.stream().map(Page::folio).toList());
        String board = FrontMatterTest.text((Item.ForeignPage) pages.get(0).items().get(0));
        String contents = FrontMatterTest.text((Item.ForeignPage) pages.get(1).items().get(0));

        List<String> seed = seed().subList(26, 170); // lines 27–170: board, contents, colophon
        // Contents: every seed line ending in (N), with the line before it when the line is only a byline.
        Pattern entry = Pattern.compile("(.*)\\((\\d+)\\)$");
        List<String> expected = new ArrayList<>();
        String previous = "";
        for (String line : seed) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            Matcher m = entry.matcher(l);
            if (m.matches()) expected.add(FrontMatterTest.squeeze(previous + l));
            // A title the seed breaks over two lines (…“零 / 距离”) is joined again.
            previous = l.startsWith("·") ? "" : previous.endsWith("“零") ? previous + l : l;
        }
        assertEquals(14, expected.size(), expected.toString());
        for (String e : expected) {
            String noMarker = e.replace("◆", "");
            assertTrue(contents.contains(noMarker) || contents.contains(e), "contents lack '" + e + "' in\n" + contents);
        }
        // Board and colophon: each seed line of the board page region, spacing aside.
        int boardStart = indexOf(seed, "编辑委员会");
        int boardEnd = indexOf(seed, "执行编辑:乔静波");
        for (String line : seed.subList(boardStart, boardEnd + 1)) {
            if (line.isBlank()) continue;
            for (String part : line.strip().split(" {2,}|(?<=\\S{2}) (?=\\S{2})")) {
                assertTrue(board.contains(FrontMatterTest.squeeze(part)), "board page lacks '" + part + "' in\n" + board);
            }
        }
        int colophonStart = indexOf(seed, "主 管:朔州市人民政府");
        int colophonEnd = indexOf(seed, "2023 年 8 月 25 日出版");
        for (String line : seed.subList(colophonStart, colophonEnd + 1)) {
            if (line.isBlank()) continue;
            String l = line.strip().replace("<", "").replace(">", "");
            assertTrue(board.contains(FrontMatterTest.squeeze(l)), "colophon lacks '" + l + "' in\n" + board);
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).strip().equals(text)) return i;
        throw new AssertionError("seed has no line '" + text + "'");
    }
}
