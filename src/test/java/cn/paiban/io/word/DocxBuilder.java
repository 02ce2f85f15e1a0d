package cn.paiban.io.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Builds .docx manuscripts with POI for the importer's tests: styles, bold and sized runs, soft breaks,
 * automatic numbering, footnotes, tracked changes and other quirks as raw WordprocessingML where POI has no API.
 */
public final class DocxBuilder {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    final XWPFDocument doc = new XWPFDocument();
    private XWPFNumbering numbering;

    public DocxBuilder() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 0, true, 44);
        style(styles, "Heading1", "heading 1", 1, true, 32);
        style(styles, "Heading2", "heading 2", 2, true, 28);
    }

    private static void style(XWPFStyles styles, String id, String name, int outline, boolean bold, int halfPoints) {
        try {
            String xml = "<xml-fragment " + NS + " w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                    + "<w:pPr>" + (outline > 0 ? "<w:outlineLvl w:val=\"" + (outline - 1) + "\"/>" : "") + "</w:pPr>"
                    + "<w:rPr>" + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"" + halfPoints + "\"/></w:rPr></xml-fragment>";
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(xml)));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    public XWPFParagraph para(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) p.createRun().setText(text);
        return p;
    }

    /** A paragraph whose soft line breaks (Shift+Enter) stand where the text has '\n'. */
    public XWPFParagraph softBroken(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            r.setText(lines[i], i);
        }
        return p;
    }

    /** An all-bold paragraph with soft line breaks where the text has '\n' (a two-line bold subheading). */
    public XWPFParagraph softBrokenBold(String text) {
        XWPFParagraph p = softBroken(text);
        p.getRuns().forEach(r -> r.setBold(true));
        return p;
    }

    public XWPFParagraph styled(String styleId, String text) {
        XWPFParagraph p = para(text);
        p.setStyle(styleId);
        return p;
    }

    public XWPFParagraph centred(String text, boolean bold, int points) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        if (points > 0) r.setFontSize(points);
        return p;
    }

    public XWPFParagraph bold(String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
        return p;
    }

    /** A paragraph from raw runs XML (w:r, w:ins, w:del …). */
    public XWPFParagraph raw(String inner) {
        XWPFParagraph p = doc.createParagraph();
        try {
            p.getCTP().set(CTP.Factory.parse("<xml-fragment " + NS + ">" + inner + "</xml-fragment>"));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    public static String run(String text) { return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>"; }

    static String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    /** A list definition: one level per format (e.g. chineseCounting "%1、", decimal "%2."), returns its numId. */
    public BigInteger list(String... fmtAndText) {
        if (numbering == null) numbering = doc.createNumbering();
        StringBuilder xml = new StringBuilder("<xml-fragment " + NS + " w:abstractNumId=\"" + (numbering.getAbstractNums().size() + 1) + "\">");
        for (int i = 0; i < fmtAndText.length / 2; i++) {
            xml.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(fmtAndText[2 * i])
                    .append("\"/><w:lvlText w:val=\"").append(fmtAndText[2 * i + 1]).append("\"/></w:lvl>");
        }
        xml.append("</xml-fragment>");
        try {
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(xml.toString()), numbering));
            return numbering.addNum(abs);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    public XWPFParagraph numbered(BigInteger numId, int level, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setText(text);
        return p;
    }

    /** A paragraph with a footnote (or endnote) mark after {@code before}. */
    public XWPFParagraph withNote(String before, String note, String after, boolean endnote) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(before);
        var n = endnote ? doc.createEndnote() : doc.createFootnote();
        n.createParagraph().createRun().setText(note);
        p.addFootnoteReference(n);
        if (!after.isEmpty()) p.createRun().setText(after);
        return p;
    }

    public XWPFTable table(String[][] cells) {
        XWPFTable t = doc.createTable(cells.length, cells[0].length);
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) t.getRow(r).getCell(c).setText(cells[r][c]);
        }
        return t;
    }

    public void picture(byte[] png, String ext) {
        XWPFRun r = doc.createParagraph().createRun();
        int type = switch (ext) {
            case "png" -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG;
            case "jpeg" -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG;
            case "emf" -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_EMF;
            default -> org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_WMF;
        };
        try {
            r.addPicture(new ByteArrayInputStream(png), type, "pic." + ext, Units.toEMU(200), Units.toEMU(100));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] png(int w, int h) {
        var img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] bytes() {
        try (var out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path save(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }
}
