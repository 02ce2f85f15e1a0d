package cn.paiban.io.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Block;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .txt manuscripts: one paragraph a line, the encoding found by TextDecoding and reported when guessed. */
class TextManuscriptTest {
    @TempDir Path tmp;
    static final String TEXT = "加快发展县域经济\n作者：赵福军\n\n\u3000\u3000县域是城乡联系的重要纽带,也是发展的基本单元。\n（文章来源：《湖南日报》）\n";

    @Test
    void utf8AndGb18030ReadAlikeAndTheGuessIsReported() throws Exception {
        Path utf8 = Files.writeString(tmp.resolve("稿-utf8.txt"), TEXT, StandardCharsets.UTF_8);
        Path gb = Files.write(tmp.resolve("稿-gb.txt"), (TEXT.repeat(3)).getBytes(Charset.forName("GB18030")));
        var a = ManuscriptImporter.read(utf8, null, null, t -> "t");
        assertEquals("txt", a.format());
        assertEquals("加快发展县域经济", a.article().title());
        assertEquals("赵福军", a.article().authors().get(0).name());
        assertEquals(new Block.Paragraph("县域是城乡联系的重要纽带，也是发展的基本单元。"), a.article().body().get(0));
        assertEquals("《湖南日报》", a.article().source());
        assertTrue(a.notes().stream().noneMatch(n -> n.key().equals("import.guess.charset")), "UTF-8 is not a guess");
        var b = ManuscriptImporter.read(gb, null, null, t -> "t");
        assertEquals("加快发展县域经济", b.article().title());
        assertTrue(b.notes().stream().anyMatch(n -> n.key().equals("import.guess.charset")), b.notes().toString());
    }

    /** A short GBK item is a guess the detector is unsure of: the report says what to do if it came out garbled, in the editor too. */
    @Test
    void anUnsureEncodingSaysHowToSetItRightWithoutTheCommandLine() throws Exception {
        Path gb = Files.write(tmp.resolve("短讯.txt"), "短讯\n今天开会。\n".getBytes(Charset.forName("GB18030")));
        var r = ManuscriptImporter.read(gb, null, null, t -> "t");
        assertEquals("短讯", r.article().title());
        var note = r.notes().stream().filter(n -> n.key().startsWith("import.guess.charset")).findFirst().orElseThrow();
        assertEquals("import.guess.charset.unsure", note.key());
        assertTrue(note.text().contains("GB18030") && note.text().contains("另存为 UTF-8") && note.text().contains("撤销"), note.text());
    }

    @Test
    void binaryIsRefused() throws Exception {
        Path bin = Files.write(tmp.resolve("x.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 9, 0, 0});
        assertThrows(ManuscriptException.class, () -> ManuscriptImporter.read(bin, null, null, t -> "t"));
    }
}
