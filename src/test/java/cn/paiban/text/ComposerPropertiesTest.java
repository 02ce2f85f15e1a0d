package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over the whole sample issue and over seeded random text, at every level and breaker. */
class ComposerPropertiesTest {
    private static final int EM = 10_500;
    private static final ParagraphComposer COMPOSER = new ParagraphComposer(FontBook.standard());
    private static final TextStyle BODY = new TextStyle(FontBook.SONG, EM, 2 * EM, TextStyle.Align.JUSTIFY);

    @Test
    void theSampleIssueHasNoViolationAndFullLinesAtEveryLevelAndBreaker() {
        List<String> paras = SeedText.paragraphs();
        assertTrue(paras.size() > 500, "the sample has " + paras.size() + " paragraphs");
        for (int measureHalfEms : new int[] {35, 36, 34, 25}) {
            int measure = measureHalfEms * EM / 2;
            for (ProhibitionLevel level : ProhibitionLevel.values()) {
                for (CompositionRules.Breaker breaker : CompositionRules.Breaker.values()) {
                    CompositionRules rules = CompositionRules.DEFAULT.withLevel(level).withBreaker(breaker);
                    List<String> v = new ArrayList<>();
                    for (String p : paras) {
                        Composition c = COMPOSER.compose(p, BODY, measure, rules);
                        List<String> found = new ArrayList<>(LineChecker.violations(p, c, level, measure, true));
                        found.addAll(LineChecker.squeezedMarks(c, EM));
                        for (String s : found) v.add(s + "  [" + p.substring(0, Math.min(20, p.length())) + "…]");
                    }
                    assertEquals(List.of(), v.subList(0, Math.min(10, v.size())), level + " " + breaker + " at " + measure + " mpt");
                }
            }
        }
    }

    @Test
    void totalFitLeavesNoOrphanOnTheSampleWhereFirstFitDoes() {
        int measure = 35 * EM / 2;
        int totalOrphans = 0, firstOrphans = 0;
        for (String p : SeedText.paragraphs()) {
            if (LineChecker.orphan(COMPOSER.compose(p, BODY, measure))) totalOrphans++;
            if (LineChecker.orphan(COMPOSER.compose(p, BODY, measure, CompositionRules.DEFAULT.withBreaker(CompositionRules.Breaker.FIRST_FIT)))) firstOrphans++;
        }
        assertEquals(0, totalOrphans, "孤字 left by total-fit");
        assertTrue(firstOrphans > 0, "first-fit is expected to leave some 孤字 on the sample (else this test shows nothing)");
    }

    @Test
    void randomTextKeepsEveryRuleAndIsDeterministic() {
        Random rnd = new Random(20231004);
        String[] pieces = {"中", "国", "经", "济", "发", "展", "，", "。", "、", "：", "；", "？", "！", "“", "”", "‘", "’", "（", "）",
                "《", "》", "「", "『", "』", "」", "——", "……", "·", "～", "2023", "5.6%", "GDP", "CO₂", " ", "AI ", "年", "月", "的"};
        int exempt = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 5 + rnd.nextInt(120);
            for (int i = 0; i < len; i++) sb.append(rnd.nextInt(3) == 0 ? pieces[rnd.nextInt(pieces.length)] : pieces[rnd.nextInt(6)]);
            String text = sb.toString();
            int measure = (8 + rnd.nextInt(20)) * EM / 2 + rnd.nextInt(EM);
            ProhibitionLevel level = ProhibitionLevel.values()[rnd.nextInt(3)];
            PunctuationStyle style = PunctuationStyle.values()[rnd.nextInt(3)];
            CompositionRules rules = CompositionRules.DEFAULT.withLevel(level).withPunctuation(style)
                    .withBreaker(rnd.nextBoolean() ? CompositionRules.Breaker.TOTAL_FIT : CompositionRules.Breaker.FIRST_FIT)
                    .withTrimLineStartOpening(rnd.nextBoolean()).withGrid(rnd.nextInt(4) == 0);
            Composition c = COMPOSER.compose(text, BODY, measure, rules);
            List<String> v = LineChecker.violations(text, c, level, measure, true);
            // Random marks may leave no legal break that fits (“「『）》 in a row longer than the measure):
            // only then may a line break illegally, and the text must show it.
            if (!v.isEmpty()) exempt++;
            if (!v.isEmpty() && emergencies(text, c, rules, measure) == 0) {
                fail("round " + round + " " + rules + " measure " + measure + ": " + v + " in " + text);
            }
            assertEquals(c, COMPOSER.compose(text, BODY, measure, rules), "deterministic, round " + round);
        }
        assertTrue(exempt < 20, exempt + " of 400 random paragraphs needed an emergency break; the generator is too hostile");
    }

    /** How many lines had no legal break that fits, so that the breaker had to break where it may not. */
    private static int emergencies(String text, Composition c, CompositionRules rules, int measure) {
        PreparedParagraph p = new TextPreparer(COMPOSER.fonts()).prepare(text, BODY, rules);
        int count = 0, a = 0;
        for (int k = 0; k < c.lines().size(); k++) {
            int avail = LineFit.available(k, measure, BODY.firstIndent());
            if (FirstFitBreaker.longestFit(p, a, avail, true) < 0) count++;
            int end = c.lines().get(k).end();
            while (a < p.n && p.offset[a] < end) a++;
        }
        return count;
    }

    @Test
    void composingFromManyThreadsGivesTheSameLinesAsOne() {
        List<String> paras = SeedText.paragraphs();
        ParagraphComposer fresh = new ParagraphComposer(FontBook.standard()); // cold caches, filled concurrently
        List<Composition> parallel = paras.parallelStream().map(p -> fresh.compose(p, BODY, 35 * EM / 2)).toList();
        for (int i = 0; i < paras.size(); i++) {
            assertEquals(COMPOSER.compose(paras.get(i), BODY, 35 * EM / 2), parallel.get(i), paras.get(i));
        }
    }
}
