package cn.paiban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.paiban.text.Line;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The column-break rules, read from the case file src/test/resources/layout/column-breaks.txt. */
class ColumnFlowTest {
    private static final Template.Style ST = new Template.Style("song", 12000, 0, Template.Align.JUSTIFY, 2, 0, 0);
    private static final Line LINE = new Line(0, 1, List.of(), 0, false);

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/layout/column-breaks.txt"), StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n).strip();
            if (raw.isEmpty() || raw.startsWith("#")) continue;
            String[] f = raw.split("\\|");
            String spec = f[0].strip();
            int cap = Integer.parseInt(f[1].strip());
            int expected = Integer.parseInt(f[2].strip());
            int lineNo = n + 1;
            tests.add(DynamicTest.dynamicTest("line " + lineNo + ": " + raw, () -> {
                if (spec.startsWith("balance ")) {
                    var b = ColumnFlow.balance(units(spec.substring(8)), 0, cap, 2);
                    assertNotNull(b, "fits two columns of " + cap);
                    assertEquals(expected, b.height(), raw);
                } else {
                    assertEquals(expected, ColumnFlow.fill(units(spec), 0, cap), raw);
                }
            }));
        }
        return tests.stream();
    }

    static List<Unit> units(String spec) {
        List<Unit> u = new ArrayList<>();
        for (String tok : spec.trim().split("\\s+")) {
            if (tok.equals("s")) u.add(new Unit.Space(1, "a"));
            else if (tok.equals("h")) u.add(new Unit.Text(LINE, ST, Unit.Kind.HEADING, "a", 0, 0, 0, 1));
            else if (tok.equals("src")) u.add(new Unit.Text(LINE, ST, Unit.Kind.SOURCE, "a", -1, 0, 0, 1));
            else if (tok.startsWith("p")) {
                int n = Integer.parseInt(tok.substring(1));
                for (int i = 0; i < n; i++) u.add(new Unit.Text(LINE, ST, Unit.Kind.BODY, "a", 0, 0, i, n));
            } else throw new IllegalArgumentException("unit " + tok);
        }
        return u;
    }
}
