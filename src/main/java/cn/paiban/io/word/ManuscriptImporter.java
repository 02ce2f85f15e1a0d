package cn.paiban.io.word;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * One manuscript file (.docx, .doc, .txt) → one article, its images and the importer's notes. Tells the format
 * by the file's first bytes, not its name, so a .doc that is really a .docx (as WPS saves them) still reads;
 * a WPS, encrypted, corrupt or non-Word file is refused with one line that names the file and the problem.
 */
public final class ManuscriptImporter {
    private ManuscriptImporter() {}

    /** What one file became. {@code format}: docx, doc or txt. */
    public record Result(Path file, String format, Article article, List<ArticleShaper.ImageFile> images,
                         List<ImportNote> notes, ArticleShaper.Counts counts) {}

    /** Largest manuscript read, so a stray video dropped on the outline is refused, not loaded. */
    static final long MAX_BYTES = 200L << 20;

    /**
     * @param kind         the article kind, or null to guess
     * @param sectionTitle the section the article goes to (a 卷首语 section makes an editorial)
     * @param ids          a fresh article id for a title
     */
    public static Result read(Path file, ArticleKind kind, String sectionTitle, Function<String, String> ids)
            throws ManuscriptException {
        return read(file, kind, sectionTitle, ids, null);
    }

    /** As above; {@code textEncoding} is the encoding of .txt manuscripts the user named, or null to detect it. */
    public static Result read(Path file, ArticleKind kind, String sectionTitle, Function<String, String> ids,
                              java.nio.charset.Charset textEncoding)
            throws ManuscriptException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new ManuscriptException(file, "import.bad.missing");
            if (Files.size(file) > MAX_BYTES) throw new ManuscriptException(file, "import.bad.tooLarge", MAX_BYTES >> 20);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ManuscriptException(file, "import.bad.unreadable", String.valueOf(e.getMessage()));
        }
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        // WPS 文字 (2005 on) saves .wps in Word 97-2003's binary form: such a file reads as a .doc; anything else with
        // that name (older WPS, Microsoft Works) is refused with the advice to save it as .docx
        boolean wps = ext.equals("wps") || ext.equals("wpt");
        Manuscript m;
        String format;
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            m = docx(file, bytes);
            format = "docx";
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            m = ole(file, bytes, wps);
            format = wps ? "wps" : "doc";
        } else if (wps) {
            throw new ManuscriptException(file, "import.bad.wps");
        } else if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw new ManuscriptException(file, "import.bad.rtf");
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw new ManuscriptException(file, "import.bad.pdf");
        } else if (Set.of("txt", "text", "").contains(ext) || ext.equals("md")) {
            m = TextManuscript.read(file, bytes, textEncoding);
            format = "txt";
        } else {
            throw new ManuscriptException(file, "import.bad.notWord", ext.isEmpty() ? "?" : ext);
        }
        ArticleShaper.Shaped s = ArticleShaper.shape(m, stem, kind, sectionTitle, ids);
        return new Result(file, format, s.article(), s.images(), s.notes(), s.counts());
    }

    private static Manuscript docx(Path file, byte[] bytes) throws ManuscriptException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return DocxReader.read(doc);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ManuscriptException(file, "import.bad.corruptDocx", brief(e));
        } catch (IOException | RuntimeException e) {
            throw new ManuscriptException(file, "import.bad.corruptDocx", brief(e));
        }
    }

    /** An OLE2 compound file: Word 97–2003, an encrypted .docx, or something else (Excel, PowerPoint, WPS). */
    private static Manuscript ole(Path file, byte[] bytes, boolean wps) throws ManuscriptException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new ManuscriptException(file, "import.bad.encrypted");
            }
            if (root.hasEntry("WordDocument")) return DocReader.read(file, fs);
            if (wps) throw new ManuscriptException(file, "import.bad.wps");
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) throw new ManuscriptException(file, "import.bad.excel");
            if (root.hasEntry("PowerPoint Document")) throw new ManuscriptException(file, "import.bad.powerpoint");
            throw new ManuscriptException(file, "import.bad.oleOther");
        } catch (EncryptedDocumentException e) {
            throw new ManuscriptException(file, "import.bad.encrypted");
        } catch (IOException | RuntimeException e) {
            if (wps) throw new ManuscriptException(file, "import.bad.wps");
            throw new ManuscriptException(file, "import.bad.corruptDoc", brief(e));
        }
    }

    static String brief(Throwable e) {
        String s = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static boolean startsWith(byte[] b, int... head) {
        if (b.length < head.length) return false;
        for (int i = 0; i < head.length; i++) if ((b[i] & 0xFF) != head[i]) return false;
        return true;
    }
}
