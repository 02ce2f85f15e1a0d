package cn.paiban.layout;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 8: template values out of range are named, not printed (a -50mm margin, a 100000mm trim). */
class TemplateLimitsTest {
    @TempDir
    Path dir;

    private String refused(String from, String to) throws IOException {
        String json = Files.readString(LayoutFixture.TEMPLATE_DIR.resolve("template.json"));
        assertTrue(json.contains(from), from);
        Files.writeString(dir.resolve("template.json"), json.replace(from, to));
        return assertThrows(TemplateException.class, () -> TemplateLoader.load(dir)).getMessage();
    }

    @Test
    void aNegativeMarginIsRefused() throws IOException {
        String m = refused("\"top\": \"36mm\"", "\"top\": \"-50mm\"");
        assertTrue(m.contains("margins.top") && m.contains("-50mm"), m);
    }

    @Test
    void anAbsurdTrimIsRefused() throws IOException {
        String m = refused("\"width\": \"210mm\"", "\"width\": \"100000mm\"");
        assertTrue(m.contains("trim.width") && m.contains("1200"), m);
        assertTrue(refused("\"width\": \"210mm\"", "\"width\": \"NaNmm\"").contains("trim.width"));
    }

    @Test
    void aZeroTypeSizeAndZeroColumnsAreRefused() throws IOException {
        String m = refused("\"font\": \"heiBold\", \"size\": \"22pt\"", "\"font\": \"heiBold\", \"size\": \"0pt\"");
        assertTrue(m.contains("styles.title.size"), m);
        String c = refused("\"columns\": 2, \"gutterEm\": 2\n", "\"columns\": 0, \"gutterEm\": 2\n");
        assertTrue(c.contains("body.columns"), c);
    }

    @Test
    void anIndentAsWideAsTheColumnIsRefused() throws IOException {
        String json = Files.readString(LayoutFixture.TEMPLATE_DIR.resolve("template.json"));
        assertTrue(json.contains("\"indentEm\": 2"), "the body indents 2 em");
        String m = refused("\"indentEm\": 2", "\"indentEm\": 500");
        assertTrue(m.contains("indentEm") && m.contains("500"), m);
        String narrow = refused("\"measureEm\": 13", "\"measureEm\": 2");
        assertTrue(narrow.contains("indentEm"), narrow);
    }
}
