package cn.paiban.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kinds of proofreading mark are named in the interface's language: 改 删 增 调 另起段 接排 疑 in Chinese (the
 * signs of GB/T 14706 themselves), words in English. Files and the proof PDF keep the sign whatever the language.
 */
class MarkKindNamesTest {
    @AfterEach
    void back() { Msg.use("zh"); }

    @Test
    void chineseNamesAreTheSigns() {
        Msg.use("zh");
        for (MarkKind k : MarkKind.values()) assertEquals(k.sign(), k.display());
    }

    @Test
    void englishNamesAreDistinctWordsWithoutHan() {
        Msg.use("en");
        Set<String> seen = new HashSet<>();
        for (MarkKind k : MarkKind.values()) {
            String d = k.display();
            assertNotEquals(k.sign(), d);
            assertTrue(d.chars().allMatch(c -> c < 0x2E80), d);
            assertTrue(seen.add(d), "two kinds named " + d);
        }
        assertEquals("Delete", MarkKind.DELETE.display());
        assertEquals("New paragraph", MarkKind.SPLIT.display());
    }

    /** A round closed with marks open lists them by kind, in the interface's words and punctuation. */
    @Test
    void openMarksAtCloseAreCountedInTheInterfacesWords() throws Exception {
        Issue issue = ProofTesting.sample();
        int p = ProofTesting.paragraph(issue, 0);
        Anchor a = ProofTesting.anchorAt(issue, p, 0, 2);
        Marks marks = Marks.of(List.of(ProofTesting.mark("m1", "李校", MarkKind.DELETE, a, null, null),
                ProofTesting.mark("m2", "李校", MarkKind.QUERY, a, null, "是否？"),
                ProofTesting.mark("m3", "李校", MarkKind.DELETE, a, null, null)));
        Msg.use("en");
        String en = OpenMarks.atClose(marks, 1);
        assertTrue(en.contains("Delete 2, Query 1"), en);
        assertFalse(en.contains("，") || en.contains("删"), en);
        Msg.use("zh");
        String zh = OpenMarks.atClose(marks, 1);
        assertTrue(zh.contains("删 2，疑 1"), zh);
    }
}
