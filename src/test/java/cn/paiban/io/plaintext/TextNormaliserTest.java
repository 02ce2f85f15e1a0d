package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextNormaliserTest {

    @TestFactory
    Stream<DynamicTest> caseFile() throws Exception {
        List<CaseFiles.Case> cases = CaseFiles.read("normalise.cases");
        assertTrue(cases.size() > 20);
        return cases.stream().map(c -> DynamicTest.dynamicTest("normalise.cases:" + c.line() + " " + c.input(),
                () -> assertEquals(c.expected(), TextNormaliser.normalise(c.input()))));
    }

    @Test
    void isIdempotentOnEveryLineOfTheSeed() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(NoTextLostTest.SEED)) {
            String once = TextNormaliser.normalise(line);
            assertEquals(once, TextNormaliser.normalise(once), line);
        }
    }

    @Test
    void neverChangesAHanCharacter() throws Exception {
        for (String line : java.nio.file.Files.readAllLines(NoTextLostTest.SEED)) {
            assertEquals(Chars.han(line), Chars.han(TextNormaliser.normalise(line)), line);
        }
    }
}
