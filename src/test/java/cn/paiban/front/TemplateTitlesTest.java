package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTitlesTest {
    @TempDir Path dir;

    private String titleOf(String xhtml) throws Exception {
        Files.createDirectories(dir.resolve("front"));
        Files.writeString(dir.resolve("front/p.xhtml"), xhtml);
        return TemplateTitles.of(dir, "p");
    }

    @Test
    void theShippedTemplatesAreNamedAsTheOfficeNamesThem() {
        Path shipped = Path.of("templates", "shuozhou-jingji");
        assertEquals("目录", TemplateTitles.of(shipped, "contents"));
        assertEquals("编辑委员会 · 版权", TemplateTitles.of(shipped, "board-colophon"));
    }

    @Test
    void aTitleInACommentIsNotTheTitleAndEntitiesAreRead() throws Exception {
        assertEquals("封二 & 广告", titleOf("<!-- <title>旧</title> -->\n<html><head><title>\n  封二 &amp; &#24191;&#x544A;\n</title></head></html>"));
    }

    @Test
    void withoutATitleOrAFileTheNameWillDo() throws Exception {
        assertEquals("p", titleOf("<html><head></head></html>"));
        assertEquals("p", titleOf("<html><head><title>  </title></head></html>"));
        assertEquals("missing", TemplateTitles.of(dir, "missing"));
        assertEquals("../x", TemplateTitles.of(dir, "../x"));
    }
}
