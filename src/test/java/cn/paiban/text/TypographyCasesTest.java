package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.font.FontBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of src/test/resources/text/cases/*.txt through the composer. */
class TypographyCasesTest {
    static final Path DIR = Path.of("src/test/resources/text/cases");
    static final int SIZE = 10_500;
    /** Shared by the composer tests of this package: each FontBook holds its faces' tables (tens of MB). */
    static final FontBook BOOK = FontBook.standard();
    private static final ParagraphComposer COMPOSER = new ParagraphComposer(BOOK);

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (CaseFile.Case c : CaseFile.read(f).cases()) {
                    tests.add(DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.name(), () -> run(c)));
                }
            }
        }
        if (tests.size() < 10) throw new AssertionError("expected the case files under " + DIR + ", found " + tests.size() + " cases");
        return tests.stream();
    }

    static void run(CaseFile.Case c) {
        Composition comp = compose(c);
        List<String> actual = new ArrayList<>();
        String show = c.opt("show", "text");
        for (Line l : comp.lines()) actual.add(show.equals("adjust") ? showAdjust(l, c) : show.equals("forms") ? showForms(l) : l.text());
        assertEquals(String.join("\n", c.expected()), String.join("\n", actual), c.where());
        List<String> loose = new ArrayList<>();
        for (LooseLine l : comp.loose()) loose.add(String.valueOf(l.line() + 1));
        assertEquals(c.opt("loose", ""), String.join(" ", loose), c.where() + ": lines reported 行过松");
        if (c.opt("align", "justify").equals("justify")) {
            int measure = measure(c);
            for (int k = 0; k < comp.lines().size(); k++) {
                Line l = comp.lines().get(k);
                if (!l.last() && !LineChecker.reportedShort(comp, k, measure - l.width())) {
                    assertEquals(measure, l.width(), c.where() + ": justified line '" + l.text() + "' must fill the measure");
                }
            }
        }
    }

    static Composition compose(CaseFile.Case c) {
        CompositionRules r = CompositionRules.DEFAULT
                .withLevel(ProhibitionLevel.valueOf(c.opt("level", "gb").toUpperCase(Locale.ROOT)))
                .withPunctuation(switch (c.opt("punctuation", "行末半角")) {
                    case "全角式" -> PunctuationStyle.FULL_WIDTH;
                    case "开明式" -> PunctuationStyle.KAIMING;
                    case "行末半角" -> PunctuationStyle.LINE_END_HALF;
                    default -> throw new IllegalArgumentException(c.where() + ": punctuation must be 全角式, 开明式 or 行末半角");
                })
                .withBreaker(c.opt("breaker", "total").equals("first") ? CompositionRules.Breaker.FIRST_FIT : CompositionRules.Breaker.TOTAL_FIT)
                .withGrid(yes(c, "grid", false))
                .withTrimLineStartOpening(yes(c, "trim-opening", false))
                .withHanLatinSpacing(yes(c, "hanlatin", true));
        TextStyle.Align align = c.opt("align", "justify").equals("left") ? TextStyle.Align.LEFT : TextStyle.Align.JUSTIFY;
        int indent = (int) Math.round(Double.parseDouble(c.opt("indent", "0")) * SIZE);
        TextStyle style = new TextStyle(c.opt("font", FontBook.SONG), SIZE, indent, align);
        return COMPOSER.compose(c.input(), style, measure(c), r);
    }

    static int measure(CaseFile.Case c) {
        return (int) Math.round(Double.parseDouble(c.opt("measure", "40")) * SIZE);
    }

    private static boolean yes(CaseFile.Case c, String key, boolean def) {
        String v = c.opt(key, def ? "yes" : "no");
        if (!v.equals("yes") && !v.equals("no")) throw new IllegalArgumentException(c.where() + ": " + key + " must be yes or no");
        return v.equals("yes");
    }

    /**
     * The line's text with the glyph form of each mark the composer took from the face's GSUB: {form N em} after a
     * glyph drawn as a GSUB form N em wide, {joined} after one that the form before it covers.
     */
    static String showForms(Line l) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : l.glyphs()) {
            sb.appendCodePoint(g.codePoint());
            if (g.gid() > 0) {
                int w = BOOK.metrics(g.face()).glyphAdvance(g.gid());
                sb.append("{form ").append(String.format(Locale.ROOT, "%.3f", w / 1000.0).replaceAll("0+$", "").replaceAll("\\.$", ""))
                        .append(" em}");
            } else if (g.gid() < 0) {
                sb.append("{joined}");
            }
        }
        return sb.toString();
    }

    /** The line's text with {±em} after each glyph whose set width differs from its natural width. */
    static String showAdjust(Line l, CaseFile.Case c) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : l.glyphs()) {
            sb.appendCodePoint(g.codePoint());
            CharKind k = CharKind.of(g.codePoint());
            int natural = k == CharKind.SPACE ? 0
                    : k == CharKind.WESTERN ? BOOK.metrics(g.face()).advance(g.codePoint(), SIZE) : SIZE;
            int d = g.advance() - natural;
            if (d != 0) {
                String em = String.format(Locale.ROOT, "%.3f", d / (double) SIZE).replaceAll("0+$", "").replaceAll("\\.$", "");
                sb.append('{').append(d > 0 ? "+" : "").append(em).append('}');
            }
        }
        return sb.toString();
    }
}
