package cn.paiban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.geom.Mpt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

    @Test
    void shippedTemplateHasThePrintedGrid() {
        Template t = LayoutFixture.TEMPLATE;
        LineGrid g = t.grid();
        assertEquals(18, g.measureEm(), "18 characters per column line, as printed");
        assertEquals(27, g.lines(), "27 lines per column, as printed");
        assertEquals(2, g.columns());
        assertEquals(Mpt.mm(3), t.format().bleed());
        assertTrue(g.bottom() < t.format().trimHeight() - t.folio().baselineFromBottom(), "folio below the text");
        assertTrue(t.textLeft(1) + g.textWidth() <= t.format().trimWidth());
        for (String s : new String[] {"kicker", "title", "subtitle", "byline", "lead", "body", "subheading", "source",
                "signature", "jump", "jumpFrom", "newsTitle", "noticeTitle", "tableCell"}) {
            t.style(s);
        }
    }

    @Test
    void aLengthWithoutUnitIsNamed(@TempDir Path dir) throws IOException {
        String json = Files.readString(LayoutFixture.TEMPLATE_DIR.resolve("template.json")).replace("\"size\": \"12pt\", \"leading\": \"23pt\"",
                "\"size\": \"12\", \"leading\": \"23pt\"");
        Files.writeString(dir.resolve("template.json"), json);
        var e = assertThrows(TemplateException.class, () -> TemplateLoader.load(dir));
        assertTrue(e.getMessage().endsWith("body.size: “12”缺少单位（pt、mm 或 em）"), e.getMessage());
    }

    @Test
    void brokenJsonNamesLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("template.json"), "{\n  \"name\": \"x\",\n  oops\n}");
        var e = assertThrows(TemplateException.class, () -> TemplateLoader.load(dir));
        assertTrue(e.getMessage().endsWith("template.json:3:3: 应为用英文双引号括起的字段名，实际是“o”"), e.getMessage());
    }

    @Test
    void unknownAlignmentIsNamed(@TempDir Path dir) throws IOException {
        String json = Files.readString(LayoutFixture.TEMPLATE_DIR.resolve("template.json"))
                .replace("\"source\":      { \"font\": \"song\",    \"size\": \"12pt\", \"align\": \"right\" }",
                        "\"source\":      { \"font\": \"song\",    \"size\": \"12pt\", \"align\": \"rechts\" }");
        Files.writeString(dir.resolve("template.json"), json);
        var e = assertThrows(TemplateException.class, () -> TemplateLoader.load(dir));
        assertTrue(e.getMessage().endsWith("styles.source.align: “rechts”不是 justify、left、center、right 之一"), e.getMessage());
    }
}
