package cn.paiban.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a broken or missing template tells the office, in its language: the style, master or folder it lacks. */
class TemplateMessagesTest {
    @TempDir Path tmp;
    private final String old = System.getProperty("paiban.template");

    @AfterEach
    void restore() {
        Msg.use("zh");
        if (old == null) System.clearProperty("paiban.template");
        else System.setProperty("paiban.template", old);
    }

    @Test
    void aMissingStyleOrMasterIsNamedInChineseAndInEnglish() throws Exception {
        Template t = TemplateLoader.load(TemplateFiles.directory());
        Msg.use("zh");
        TemplateException zh = assertThrows(TemplateException.class, () -> t.style("批注"));
        assertTrue(zh.getMessage().contains("没有样式“批注”") && zh.getMessage().contains("styles"), zh.getMessage());
        assertTrue(assertThrows(TemplateException.class, () -> t.master("封三")).getMessage().contains("没有版式“封三”"));
        Msg.use("en");
        assertTrue(assertThrows(TemplateException.class, () -> t.style("批注")).getMessage().contains("has no style \"批注\""));
    }

    @Test
    void aTemplateFolderWithoutItsFileIsNamed() throws Exception {
        Msg.use("zh");
        Path empty = Files.createDirectories(tmp.resolve("模板"));
        System.setProperty("paiban.template", empty.toString());
        TemplateException e = assertThrows(TemplateException.class, TemplateFiles::directory);
        assertEquals("-Dpaiban.template=" + empty + " 这个文件夹里没有 template.json", e.getMessage());
    }

    @Test
    void aGridOfNothingIsRefusedInWords() {
        Msg.use("zh");
        assertEquals("版心网格的行数、栏数和栏宽都应至少为 1", assertThrows(TemplateException.class,
                () -> new LineGrid(0, 0, 0, 0, 0, 0, 0)).getMessage());
    }
}
