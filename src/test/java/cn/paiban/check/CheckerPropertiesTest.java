package cn.paiban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random paragraphs of Han, digits, units and every mark the rules read: the checker never throws, every
 * finding quotes exactly the text at its offset, and a certain fix, applied alone, makes its own finding go away
 * (the one-click 改正 never needs a second click for the same thing).
 */
class CheckerPropertiesTest {
    private static final String[] ALPHABET = {"中", "国", "经", "济", "发", "展", "等", "年", "月", "万", "亿", "%", "百", "千",
            "1", "2", "7", "0", "23", "１", "２", "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "《", "》", "（",
            "）", "【", "】", "—", "——", "…", "……", "...", "-", "～", "(", ")", ",", ".", "\"", " ", "　", "a", "帐户"};

    @Test
    void findingsQuoteTheirTextAndCertainFixesRemoveThem() {
        Random random = new Random(20231);
        Checker checker = new Checker(2023, WordList.parse("帐户 → 账户", "words.txt"));
        int certain = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            String text = sb.toString();
            Piece p = Piece.body("a", 0, 0, text);
            List<Finding> found = checker.check(p);
            for (Finding f : found) {
                assertTrue(text.startsWith(f.quote(), f.offset()), text + ": " + f);
                if (!f.certain()) continue;
                certain++;
                String fixed = text.substring(0, f.offset()) + f.suggestion() + text.substring(f.offset() + f.quote().length());
                List<Finding> again = checker.check(Piece.body("a", 0, 0, fixed));
                boolean back = again.stream().anyMatch(g -> g.rule().equals(f.rule()) && g.offset() == f.offset()
                        && g.quote().equals(f.quote()));
                assertEquals(false, back, "“" + text + "” fixed to “" + fixed + "” still has " + f.rule() + " at " + f.offset());
            }
        }
        assertTrue(certain > 500, "the random text exercised the certain fixes: " + certain);
    }
}
