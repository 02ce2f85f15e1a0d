package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class LineShapeTest {

    @TestFactory
    Stream<DynamicTest> caseFile() throws Exception {
        List<CaseFiles.Case> cases = CaseFiles.read("line-shape.cases");
        assertTrue(cases.size() >= 12);
        return cases.stream().map(c -> DynamicTest.dynamicTest("line-shape.cases:" + c.line() + " " + c.input(), () -> {
            String[] parts = c.input().split(" \\| ", 2);
            boolean pageBreak = parts[1].startsWith("+break ");
            String nextText = pageBreak ? parts[1].substring("+break ".length()) : parts[1];
            Unit u = Unit.of(1, parts[0]);
            Unit next = new Unit(2, nextText, TextNormaliser.normalise(nextText), pageBreak, 0, 0);
            assertTrue(LineShape.headingShaped(u), "heading-shaped: " + parts[0]);
            LineShape.Decision d = LineShape.decide(u, next);
            String verdict = switch (d.verdict()) {
                case RUNS_ON -> "runs on";
                case SUBHEADING -> "subheading";
                case SUBHEADING_TWO_LINES -> "two-line subheading";
            };
            assertEquals(c.expected(), verdict + (d.doubt() != null ? "?" : ""));
        }));
    }
}
