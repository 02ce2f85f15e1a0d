package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The line breaker made from ICU's compiled rules breaks exactly where ICU's own zh@lb=strict breaker does. */
class BreakOpportunitiesTest {
    /** Han, CJK marks, Latin words, numbers, units, URLs, Thai (dictionary breaks), emoji, small kana. */
    private static final String[] PIECES = {"县域商业体系", "消费", "，", "。", "、", "；", "：", "“", "”", "《", "》", "（", "）",
            "——", "……", "·", "2022", "年", "3.5%", "983", "个", "GDP", "the quick brown", " ", "e-mail", "https://www.gov.cn/a_b?c=1&d=2",
            "x@y.cn", "₂", "℃", "ภาษาไทยง่ายนิดเดียว", "ぁ", "ー", "〇", "％", "！", "？", "\u3000", "😀", "-", "/", "'s", "Xi’an"};

    @Test
    void sameBreaksAsIcusServiceOnSeededRandomText() {
        assertNotNull(BreakIterator.class.getClassLoader().getResource(BreakOpportunities.STRICT_RULES),
                "ICU keeps its compiled rules at " + BreakOpportunities.STRICT_RULES);
        BreakIterator own = BreakOpportunities.strictLineBreaker();
        BreakIterator icu = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));
        Random r = new Random(11);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(30); k > 0; k--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertEquals(breaks(icu, text), breaks(own, text), text);
        }
    }

    /** The breaker made ahead on its own thread breaks as one made on the spot, and is made once. */
    @Test
    void theBreakerMadeAheadBreaksAsTheOneMadeHere() {
        TextWarmUp.start();
        TextWarmUp.start();
        BreakIterator ahead = StrictLineBreaker.get();
        BreakIterator here = StrictLineBreaker.make();
        assertEquals(here.getClass(), ahead.getClass());
        Random r = new Random(12);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(30); k > 0; k--) sb.append(PIECES[r.nextInt(PIECES.length)]);
            String text = sb.toString();
            assertEquals(breaks(here, text), breaks(ahead, text), text);
        }
        assertSame(ahead, StrictLineBreaker.get(), "made once, however often it is started and asked for");
    }

    private static List<Integer> breaks(BreakIterator bi, String text) {
        bi.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) out.add(b * 100 + bi.getRuleStatus() % 100);
        return out;
    }
}
