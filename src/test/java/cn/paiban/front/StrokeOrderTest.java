package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrokeOrderTest {

    @Test
    void icuCountsTheSurnames() {
        StrokeOrder o = StrokeOrder.icu();
        assertEquals(4, o.strokes("王".codePointAt(0)));
        assertEquals(5, o.strokes("石".codePointAt(0)));
        assertEquals(6, o.strokes("刘".codePointAt(0)));
        assertEquals(10, o.strokes("高".codePointAt(0)));
    }

    @Test
    void printedBoardIsStrokeOrderOnceTheEditorCorrectsLian() {
        // ICU counts 连 with the old 4-stroke 辶 (8); the office counted 7, as mainland tables do.
        StrokeOrder office = StrokeOrder.icu().withStrokes("连", 7);
        List<String> shuffled = new ArrayList<>(SampleFrontIssue.MEMBERS);
        Collections.shuffle(shuffled, new Random(171));
        List<String> sorted = office.sort(shuffled);
        // Equal strokes keep the (shuffled) input order, so compare the stroke counts, not the names.
        assertEquals(List.of(4, 4, 4, 4, 5, 5, 6, 6, 6, 6, 7, 7, 8, 9, 10, 10, 10, 12),
                sorted.stream().map(n -> office.strokes(n.codePointAt(0))).toList());
        assertEquals(SampleFrontIssue.MEMBERS, office.sort(SampleFrontIssue.MEMBERS), "the printed order is already sorted");
    }

    @Test
    void withoutTheCorrectionIcuPutsLiBeforeLian() {
        List<String> sorted = StrokeOrder.icu().sort(List.of("连彩霞", "李全胜"));
        assertEquals(List.of("李全胜", "连彩霞"), sorted);
    }

    @Test
    void equalStrokesKeepTheEditorsOrder() {
        StrokeOrder o = StrokeOrder.icu();
        assertEquals(List.of("王晓东", "王志福", "王虎", "王文娟"), o.sort(List.of("王晓东", "王志福", "王虎", "王文娟")));
        assertEquals(List.of("王文娟", "王虎", "王志福", "王晓东"), o.sort(List.of("王文娟", "王虎", "王志福", "王晓东")));
        // 石 and 卢 both have 5 strokes: whichever the editor put first stays first.
        assertEquals(List.of("卢生权", "石剑英"), o.sort(List.of("卢生权", "石剑英")));
        assertEquals(List.of("石剑英", "卢生权"), o.sort(List.of("石剑英", "卢生权")));
    }

    @Test
    void compoundSurnamesCountBothCharacters() {
        StrokeOrder o = StrokeOrder.icu();
        assertEquals("欧阳", o.surname("欧阳修"));
        assertEquals("司马", o.surname("司马光"));
        assertEquals("欧", o.surname("欧明"));
        assertEquals("欧", o.surname("欧阳"), "a two-character name is surname + given name");
        // 欧 (8) alone sorts before 欧阳 (8, 6): the shorter surname first, as stroke-order lists do.
        List<String> sorted = o.sort(List.of("欧阳修", "高宇", "王虎", "欧明"));
        assertEquals(List.of("王虎", "欧明", "欧阳修", "高宇"), sorted);
    }

    @Test
    void theEditorCanNameASurname() {
        StrokeOrder o = StrokeOrder.icu().withSurname("单于飞", "单");
        assertEquals("单", o.surname("单于飞"));
        assertEquals("单于", StrokeOrder.icu().surname("单于飞"));
    }

    @Test
    void sortingIsAPermutation() {
        Random r = new Random(42);
        StrokeOrder o = StrokeOrder.icu();
        for (int round = 0; round < 20; round++) {
            List<String> names = new ArrayList<>(SampleFrontIssue.MEMBERS);
            Collections.shuffle(names, r);
            List<String> sorted = o.sort(names);
            assertEquals(names.size(), sorted.size());
            assertTrue(sorted.containsAll(names));
            for (int i = 1; i < sorted.size(); i++) {
                int a = o.strokes(sorted.get(i - 1).codePointAt(0));
                int b = o.strokes(sorted.get(i).codePointAt(0));
                assertTrue(a <= b, sorted.toString());
                if (a == b) assertTrue(names.indexOf(sorted.get(i - 1)) < names.indexOf(sorted.get(i)), "stable");
            }
        }
    }
}
