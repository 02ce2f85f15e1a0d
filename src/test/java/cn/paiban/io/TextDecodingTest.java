package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files in the encodings an office has: each made here, written under a Chinese name with spaces, read back. */
class TextDecodingTest {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String TEXT = "推进高质量发展，建设现代化经济体系。\r\n"
            + "全市上下认真贯彻落实党的二十大精神，坚持稳中求进工作总基调，GDP 增长 5.2%。\r\n"
            + "（文章来源：《朔州日报》）\r\n";
    @TempDir Path tmp;

    private Path write(String name, byte[]... parts) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("稿件 第4期").resolve("本期 特稿"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) b.write(p);
        return Files.write(dir.resolve(name), b.toByteArray());
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    @Test
    void utf8WithAndWithoutBomIsReadAsUtf8AndSaysNothing() throws Exception {
        for (byte[] bom : List.of(new byte[0], bytes(0xEF, 0xBB, 0xBF))) {
            Path f = write("朔州 经济.txt", bom, TEXT.getBytes(StandardCharsets.UTF_8));
            TextDecoding.Decoded d = TextDecoding.read(f, null);
            assertEquals(TEXT, d.text());
            assertEquals(StandardCharsets.UTF_8, d.charset());
            assertEquals(bom.length == 0 ? TextDecoding.How.UTF8 : TextDecoding.How.BOM, d.how());
            assertNull(d.note(f));
        }
    }

    @Test
    void crlfCrAndLfAllEndLines() {
        assertEquals(List.of("甲", "乙", "", "丙", "丁"), TextDecoding.lines("甲\r\n乙\r\n\r\n丙\r丁\n"));
        assertEquals(List.of("甲"), TextDecoding.lines("甲"));
    }

    @Test
    void utf16WithBomInBothByteOrders() throws Exception {
        Path le = write("小端 UTF-16.txt", bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("大端 UTF-16.txt", bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));
        TextDecoding.Decoded l = TextDecoding.read(le, null), b = TextDecoding.read(be, null);
        assertEquals(TEXT, l.text());
        assertEquals(StandardCharsets.UTF_16LE, l.charset());
        assertEquals(TEXT, b.text());
        assertEquals(StandardCharsets.UTF_16BE, b.charset());
        assertEquals(TextDecoding.How.BOM, b.how());
        assertEquals(List.of("推进高质量发展，建设现代化经济体系。"), l.lines().subList(0, 1));
    }

    @Test
    void utf16WithoutBomIsToldByItsNulBytes() throws Exception {
        Path f = write("无BOM.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        TextDecoding.Decoded d = TextDecoding.read(f, null);
        assertEquals(TEXT, d.text());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals(TextDecoding.How.DETECTED, d.how());
    }

    @Test
    void gb18030IsDetectedSurelyWhenThereIsEnoughText() throws Exception {
        Path f = write("国标 编码.txt", TEXT.repeat(3).getBytes(GB18030));
        TextDecoding.Decoded d = TextDecoding.read(f, null);
        assertEquals(TEXT.repeat(3), d.text());
        assertEquals(GB18030, d.charset());
        assertEquals(TextDecoding.How.DETECTED, d.how());
        assertFalse(d.lowConfidence(), "confidence " + d.confidence());
        assertEquals(Msg.get("package.encoding.detected", f, "GB18030", d.confidence()), d.note(f));
    }

    @Test
    void aShortGbFileIsAGuessAndSaysHowToOverrideIt() throws Exception {
        Path f = write("短.txt", "朔州经济".getBytes(GB18030));
        TextDecoding.Decoded d = TextDecoding.read(f, null);
        assertEquals("朔州经济", d.text(), "a Chinese office's short file reads as GB18030, not as Cyrillic");
        assertTrue(d.lowConfidence(), "confidence " + d.confidence());
        String note = d.note(f);
        assertTrue(note.contains("--encoding") && note.contains("GB18030") && note.contains(f.toString()), note);
    }

    /**
     * Short items (a 短讯, a 补白) are short files: in GBK they were read as Big5 or another CJK encoding the detector
     * was unsure of, and imported garbled (短讯/今天开会。 became 傻捅). The editor has no --encoding to set it right.
     */
    @Test
    void shortGbFilesOfAnyKindReadAsGb18030NotAsAnotherCjkEncoding() throws Exception {
        assertEquals("短讯\n今天开会。\n", TextDecoding.decode("短讯\n今天开会。\n".getBytes(GB18030), null, Path.of("短.txt")).text());
        String han = "朔州市县区乡镇村经济社会发展工作会议召开全市上半年新增主体企业项目投资建设农业工业服务人民群众今天开会强调";
        Random rnd = new Random(29);
        for (int round = 0; round < 400; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 2 + rnd.nextInt(3);   // a title and a sentence or two (two Han characters alone can be valid UTF-8)
            for (int l = 0; l < lines; l++) {
                int n = 3 + rnd.nextInt(12);
                for (int i = 0; i < n; i++) sb.append(han.charAt(rnd.nextInt(han.length())));
                sb.append(rnd.nextBoolean() ? "。" : "").append("\n");
            }
            String text = sb.toString();
            TextDecoding.Decoded d = TextDecoding.decode(text.getBytes(GB18030), null, Path.of("r.txt"));
            assertEquals(text, d.text(), "round " + round + " read as " + d.charset() + " (" + d.confidence() + "%)");
        }
    }

    @Test
    void aGivenEncodingOverridesDetectionAndIsStrict() throws Exception {
        Path f = write("指定.txt", TEXT.getBytes(GB18030));
        TextDecoding.Decoded d = TextDecoding.read(f, TextDecoding.charset("gbk"));
        assertEquals(TEXT, d.text());
        assertEquals(TextDecoding.How.GIVEN, d.how());
        assertNull(d.note(f));
        // given UTF-8 for GB bytes: refused, naming file and line, nothing replaced by U+FFFD
        Path two = write("第二行.txt", "第一行\n".getBytes(StandardCharsets.UTF_8), "第二行\n".getBytes(GB18030));
        TextDecoding.UnreadableText e = assertThrows(TextDecoding.UnreadableText.class,
                () -> TextDecoding.read(two, StandardCharsets.UTF_8));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(two + ":2: "), e.getMessage());
        // a UTF-16 BOM with encoding UTF-16 given: the BOM is not part of the text
        Path u = write("u16.txt", bytes(0xFF, 0xFE), "甲乙".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("甲乙", TextDecoding.read(u, StandardCharsets.UTF_16).text());
    }

    @Test
    void unknownEncodingNamesAndNonTextAreRefusedClearly() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextDecoding.charset("gb-1234"));
        assertEquals(Msg.get("package.encoding.unknown", "gb-1234"), e.getMessage());
        Path png = write("图 片.png", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13));
        TextDecoding.UnreadableText bin = assertThrows(TextDecoding.UnreadableText.class, () -> TextDecoding.read(png, null));
        assertEquals(png + ": " + Msg.get("package.encoding.binary", "8"), bin.getMessage());
        Path missing = tmp.resolve("没有 这个.txt");
        assertTrue(assertThrows(TextDecoding.UnreadableText.class, () -> TextDecoding.read(missing, null)).getMessage()
                .startsWith(missing + ": "));
    }

    /** Random Chinese prose with ASCII, punctuation and all three line ends survives each encoding. */
    @Test
    void randomTextRoundTripsThroughEveryEncoding() throws Exception {
        String han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府";
        String punct = "，。、；：？！“”（）《》——……";
        Random rnd = new Random(13);
        for (int round = 0; round < 60; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = 2 + rnd.nextInt(6);
            for (int l = 0; l < lines; l++) {
                int n = 20 + rnd.nextInt(60);
                for (int i = 0; i < n; i++) {
                    int k = rnd.nextInt(20);
                    if (k == 0) sb.append(punct.charAt(rnd.nextInt(punct.length())));
                    else if (k == 1) sb.append((char) ('0' + rnd.nextInt(10)));
                    else if (k == 2) sb.append(' ');
                    else sb.append(han.charAt(rnd.nextInt(han.length())));
                }
                sb.append(List.of("\n", "\r\n", "\r").get(rnd.nextInt(3)));
            }
            String text = sb.toString();
            for (Charset cs : List.of(StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                byte[] bom = cs == StandardCharsets.UTF_16LE ? bytes(0xFF, 0xFE) : cs == StandardCharsets.UTF_16BE ? bytes(0xFE, 0xFF) : new byte[0];
                byte[] all = new byte[bom.length + text.getBytes(cs).length];
                System.arraycopy(bom, 0, all, 0, bom.length);
                System.arraycopy(text.getBytes(cs), 0, all, bom.length, all.length - bom.length);
                TextDecoding.Decoded d = TextDecoding.decode(all, null, Path.of("r.txt"));
                assertEquals(text, d.text(), "round " + round + " in " + cs + " read as " + d.charset());
                assertEquals(cs, d.charset(), "round " + round);
            }
        }
    }
}
