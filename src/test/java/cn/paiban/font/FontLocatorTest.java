package cn.paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts by family name or file, in folders given in order, with the OS/2 embedding rule; fonts made from the bundled ones. */
public class FontLocatorTest {
    static final Path FONTS = Path.of("fonts");

    /** A copy of a TrueType face whose OS/2 fsType says "Restricted License embedding" (0x0002). */
    public static Path restrictedCopy(Path source, Path target) throws IOException {
        byte[] b = Files.readAllBytes(source);
        ByteBuffer buf = ByteBuffer.wrap(b);
        int tables = buf.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int rec = 12 + 16 * i;
            if (buf.getInt(rec) == 0x4F532F32) {
                buf.putShort(buf.getInt(rec + 8) + 8, (short) 0x0002);
                Files.createDirectories(target.getParent());
                Files.write(target, b);
                return target;
            }
        }
        throw new IllegalStateException("no OS/2 table in " + source);
    }

    @Test
    void namesOfEachFaceInEveryLanguageTheFontHasThem() throws IOException {
        FontNames.FaceNames kai = FontNames.read(FONTS.resolve("LXGWWenKai-Regular.ttf")).get(0);
        assertTrue(kai.families().containsAll(List.of("LXGW WenKai", "霞鹜文楷")), kai.toString());
        assertEquals(0, kai.fsType());
        assertFalse(kai.embeddingForbidden());
        List<FontNames.FaceNames> serif = FontNames.read(FONTS.resolve("NotoSerifCJK-Regular.ttc"));
        assertEquals(5, serif.size());
        assertEquals(List.of("Noto Serif CJK SC"), serif.get(2).families(), "face 2 of the collection, as FontBook uses it");
    }

    @Test
    void findsAFaceByAnyOfItsNamesOrByFileTheFirstFolderFirst(@TempDir Path tmp) throws IOException {
        Path template = Files.createDirectories(tmp.resolve("template/fonts"));
        Path system = Files.createDirectories(tmp.resolve("system/truetype/lxgw"));
        Files.copy(FONTS.resolve("LXGWWenKai-Regular.ttf"), system.resolve("LXGWWenKai-Regular.ttf"));
        FontLocator locator = new FontLocator(List.of(template, tmp.resolve("system")));

        for (String name : List.of("霞鹜文楷", "LXGW WenKai", "lxgwwenkai", "LXGW_WenKai", "LXGWWenKai-Regular")) {
            FontLocator.Found f = locator.find(name).orElseThrow(() -> new AssertionError(name));
            assertEquals(system.resolve("LXGWWenKai-Regular.ttf"), f.face().file(), name);
            assertEquals(0, f.face().index());
            assertEquals(name, f.face().name(), "the face keeps the name the template asked for");
        }
        assertTrue(locator.find("方正书宋_GBK").isEmpty());
        assertTrue(locator.find("SimSun").isEmpty());

        // the template's own copy wins over the system's
        Files.copy(FONTS.resolve("LXGWWenKai-Regular.ttf"), template.resolve("kai.ttf"));
        FontLocator again = new FontLocator(List.of(tmp.resolve("template/fonts"), tmp.resolve("system")));
        assertEquals(template.resolve("kai.ttf"), again.find("霞鹜文楷").orElseThrow().face().file());
        // by file: relative to a folder, or "fonts/…" where the folder is fonts/
        assertEquals(template.resolve("kai.ttf"), again.find("fonts/kai.ttf").orElseThrow().face().file());
        assertEquals(template.resolve("kai.ttf"), again.find("kai.ttf").orElseThrow().face().file());
        assertTrue(again.find("nothere.ttf").isEmpty());
    }

    @Test
    void aFamilyNameGivesThePlainFaceAFullNameTheOneItNamesAndACollectionItsFace(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("fonts"));
        for (String f : List.of("NotoSansCJK-Bold.ttc", "NotoSansCJK-Regular.ttc")) {
            Files.createSymbolicLink(dir.resolve(f), FONTS.resolve(f).toAbsolutePath());
        }
        FontLocator locator = new FontLocator(List.of(dir));
        FontLocator.Found sans = locator.find("Noto Sans CJK SC").orElseThrow();
        assertEquals(dir.resolve("NotoSansCJK-Regular.ttc"), sans.face().file(), "Regular, though Bold sorts first");
        assertEquals(2, sans.face().index());
        FontLocator.Found bold = locator.find("Noto Sans CJK SC Bold").orElseThrow();
        assertEquals(dir.resolve("NotoSansCJK-Bold.ttc"), bold.face().file());
        assertEquals(2, bold.face().index());
        assertEquals(3, locator.find("NotoSansCJK-Regular.ttc,3").orElseThrow().face().index());
        assertEquals(List.of("Noto Sans CJK TC"), locator.find("NotoSansCJK-Regular.ttc,3").orElseThrow().names().families());
    }

    @Test
    void aFaceWhoseFsTypeForbidsEmbeddingIsFoundAndSaysSo(@TempDir Path tmp) throws IOException {
        Path restricted = restrictedCopy(FONTS.resolve("LXGWWenKai-Regular.ttf"), tmp.resolve("fonts/restricted.ttf"));
        FontLocator.Found f = new FontLocator(List.of(tmp.resolve("fonts"))).find("霞鹜文楷").orElseThrow();
        assertEquals(restricted, f.face().file());
        assertEquals(0x0002, f.names().fsType());
        assertTrue(f.embeddingForbidden());
        assertFalse(new FontNames.FaceNames(0, List.of(), List.of(), 0x0004, true).embeddingForbidden(), "preview & print");
        assertFalse(new FontNames.FaceNames(0, List.of(), List.of(), 0x0008, true).embeddingForbidden(), "editable");
        assertFalse(new FontNames.FaceNames(0, List.of(), List.of(), 0x000A, true).embeddingForbidden(),
                "an old font with two usage bits: the least restrictive holds");
        assertTrue(new FontNames.FaceNames(0, List.of(), List.of(), 0x0200, true).embeddingForbidden(), "bitmap only");
        // beside an embeddable face of the same name, the embeddable one is found
        Files.copy(FONTS.resolve("LXGWWenKai-Regular.ttf"), tmp.resolve("fonts/z-allowed.ttf"));
        FontLocator.Found allowed = new FontLocator(List.of(tmp.resolve("fonts"))).find("霞鹜文楷").orElseThrow();
        assertEquals(tmp.resolve("fonts/z-allowed.ttf"), allowed.face().file());
        assertFalse(allowed.embeddingForbidden());
    }

    @Test
    void systemFoldersComeFromThePropertyWhenGiven(@TempDir Path tmp) {
        String old = System.getProperty("paiban.systemFonts");
        try {
            System.setProperty("paiban.systemFonts", tmp + java.io.File.pathSeparator + tmp.resolve("b"));
            assertEquals(List.of(tmp, tmp.resolve("b")), FontLocator.systemFolders());
            System.clearProperty("paiban.systemFonts");
            assertTrue(FontLocator.systemFolders().stream().allMatch(Files::isDirectory));
        } finally {
            if (old != null) System.setProperty("paiban.systemFonts", old);
            else System.clearProperty("paiban.systemFonts");
        }
    }
}
