package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 7: a template nested 1,000 deep was a StackOverflowError with a 1,025-line trace. */
class DeepTemplateTest {
    @Test
    void deepNestingIsAnErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("deep.xhtml");
        Files.writeString(f, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n" + "<div>".repeat(1000) + "x"
                + "</div>".repeat(1000) + "</body></html>");
        TemplateException e = assertThrows(TemplateException.class, () -> XhtmlParser.parse(f));
        assertTrue(e.getMessage().contains("deep.xhtml") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void aPipeIsNotOpened(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("contents.xhtml");
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo");
        TemplateException e = assertThrows(TemplateException.class, () -> XhtmlParser.parse(f));
        assertTrue(e.getMessage().contains("contents.xhtml"), e.getMessage());
    }
}
