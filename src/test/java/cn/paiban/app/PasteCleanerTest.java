package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.model.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteCleanerTest {

    @Test
    void linesBrokenMidSentenceAreJoinedAndPunctuationIsWidened() {
        String pasted = "今年以来,全市经济稳中向好,GDP 增长 5.2%\n(同比)。下半年\n要继续努力。\n\n第二段:加快发展 。";
        assertEquals("今年以来，全市经济稳中向好，GDP增长5.2%（同比）。下半年要继续努力。\n\n第二段：加快发展。",
                PasteCleaner.clean(pasted));
    }

    @Test
    void aPastedBlockBecomesParagraphsOfTheBody() {
        String cleaned = PasteCleaner.clean("第一段。\n第二段，\n接着说完。\r\n");
        assertEquals(List.of(new Block.Paragraph("第一段。"), new Block.Paragraph("第二段，接着说完。")), BodyText.parse(cleaned).blocks());
    }

    @Test
    void aPhraseStaysAPhrase() {
        assertEquals("（同比）", PasteCleaner.clean("(同比)"));
        assertEquals("", PasteCleaner.clean(""));
    }
}
