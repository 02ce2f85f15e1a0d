package cn.paiban.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The round diff on a toy layout (ten characters a line, twenty lines a column, two columns a page, paragraphs one after
 * another), where what must change is plain: an edit changes its own line, reflow only moves the lines after it.
 */
class RoundDiffTest {
    static final Face FACE = new Face("toy", Path.of("toy.ttf"), 0);
    static final int EM = 10_000, PER_LINE = 10, PER_COLUMN = 20;

    /** The toy layout of one article's paragraphs, with a running head per page. */
    static Document layout(List<String> paragraphs) {
        List<List<Item>> pages = new ArrayList<>();
        int slot = 0;
        for (int b = 0; b < paragraphs.size(); b++) {
            String p = paragraphs.get(b);
            for (int at = 0; at < p.length(); at += PER_LINE) {
                String line = p.substring(at, Math.min(p.length(), at + PER_LINE));
                int page = slot / (2 * PER_COLUMN), column = slot / PER_COLUMN % 2, row = slot % PER_COLUMN;
                while (pages.size() <= page) {
                    List<Item> items = new ArrayList<>();
                    items.add(run("·" + (pages.size() + 1) + "·", 50_000, 20_000, SourceRef.PAGE));
                    pages.add(items);
                }
                pages.get(page).add(run(line, 30_000 + column * 150_000, 60_000 + row * 2 * EM, new SourceRef("a", b, at)));
                slot++;
            }
        }
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(new Page(i + 1, new PageFormat(300_000, 500_000, 0), pages.get(i), false));
        return new Document("toy", "", out);
    }

    static Item.GlyphRun run(String text, int x, int baseline, SourceRef source) {
        int[] xs = new int[text.codePointCount(0, text.length())];
        for (int i = 0; i < xs.length; i++) xs[i] = i * EM;
        return new Item.GlyphRun(x, baseline, FACE, EM, text, xs, Ink.BLACK, source);
    }

    static List<String> paragraphs(Random rnd, int n) {
        List<String> out = new ArrayList<>();
        String han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你";
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 5 + rnd.nextInt(60); k > 0; k--) sb.append(han.charAt(rnd.nextInt(han.length())));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void theSameLayoutHasNoChanges() {
        Document d = layout(paragraphs(new Random(1), 30));
        assertEquals(List.of(), RoundDiff.compare(d, layout(paragraphs(new Random(1), 30))).pages());
    }

    @Test
    void aRemovedCharacterIsMarkedWhereItWas() {
        List<String> before = List.of("一二三四五六七八九十甲乙丙丁", "天地玄黄");
        List<String> after = List.of("一二三四五七八九十甲乙丙丁", "天地玄黄");
        RoundDiff.Result r = RoundDiff.compare(layout(before), layout(after));
        assertEquals(1, r.pages().size());
        List<RoundDiff.LineChange> lines = r.pages().get(0).lines();
        RoundDiff.LineChange changed = lines.stream().filter(l -> l.kind() == RoundDiff.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("一二三四五六七八九十甲", changed.oldText());   // what the new line holds, as it read before
        assertEquals("一二三四五七八九十甲", changed.newText());
        assertEquals(Set.of(5), changed.deletedBefore());
        // the rest of the paragraph moved up one character; the next paragraph is where it was
        assertEquals(List.of("乙丙丁"), lines.stream().filter(l -> l.kind() == RoundDiff.Kind.MOVED).map(RoundDiff.LineChange::newText).toList());
    }

    @Test
    void aNewParagraphIsAChange() {
        List<String> before = List.of("一二三四五六七八九十甲乙丙丁");
        List<String> after = List.of("一二三四五六七八九十", "甲乙丙丁");
        RoundDiff.Result r = RoundDiff.compare(layout(before), layout(after));
        assertEquals(1, r.pages().size());
        assertTrue(r.pages().get(0).lines().stream().anyMatch(l -> l.kind() == RoundDiff.Kind.CHANGED), r.toString());
    }

    /**
     * 300 seeded one-character edits (added, removed, replaced) in 40 paragraphs: the changed lines are on the edit's page,
     * every page reported is the edit's or after it, and what moved is reflow only (old characters).
     */
    @Test
    void oneEditChangesItsLineAndReflowOnlyMovesWhatFollows() {
        Random rnd = new Random(20261204);
        for (int round = 0; round < 300; round++) {
            List<String> before = paragraphs(rnd, 40);
            List<String> after = new ArrayList<>(before);
            int b = rnd.nextInt(before.size());
            String p = before.get(b);
            int at = rnd.nextInt(p.length());
            int kind = rnd.nextInt(3);
            after.set(b, switch (kind) {
                case 0 -> p.substring(0, at) + "新" + p.substring(at);
                case 1 -> p.substring(0, at) + p.substring(at + 1);
                default -> p.substring(0, at) + "新" + p.substring(at + 1);
            });
            Document then = layout(before), now = layout(after);
            RoundDiff.Result r = RoundDiff.compare(then, now);
            int editPage = pageOf(now, b, Math.min(at, after.get(b).length() - 1));
            String label = "round " + round + " kind " + kind + " block " + b + " at " + at;
            assertTrue(!r.pages().isEmpty(), label);
            int changed = 0;
            for (RoundDiff.PageChange pc : r.pages()) {
                assertTrue(pc.page() >= editPage - 1, label + ": page " + pc.page() + " before the edit's " + editPage);
                for (RoundDiff.LineChange l : pc.lines()) {
                    if (l.kind() == RoundDiff.Kind.CHANGED) {
                        changed++;
                        assertTrue(Math.abs(pc.page() - editPage) <= 1, label);
                    } else if (l.line() != null) {
                        String old = String.join("", before);
                        assertTrue(old.contains(l.newText()), label + ": moved line " + l.newText() + " is old text");
                    }
                }
            }
            assertTrue(changed >= 1 && changed <= 2, label + ": " + changed + " changed lines");
        }
    }

    private static int pageOf(Document d, int block, int offset) {
        for (int p = 0; p < d.pages().size(); p++) {
            for (Item it : d.pages().get(p).items()) {
                if (it instanceof Item.GlyphRun g && g.source().block() == block && offset >= g.source().offset()
                        && offset < g.source().offset() + g.text().length()) return p;
            }
        }
        return 0;
    }
}
