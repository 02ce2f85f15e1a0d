package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 6: a --pdfx export of an issue with an RGB PNG and a JPEG in its articles and an RGBA PNG logo in
 * a template page holds no RGB colour space and no soft mask; every page has TrimBox and BleedBox; no annotation,
 * no transparency, no font left out. qpdf --check and PDFBox read it.
 */
class PdfxImagesTest {
    @TempDir
    static Path tmp;
    static Path pdf;
    static SampleCopy.Run export;

    @BeforeAll
    static void exportWithImages() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        Path images = Files.createDirectories(issue.resolve("images"));
        ImageIO.write(picture(1000, 600, BufferedImage.TYPE_INT_RGB), "png", images.resolve("chart.png").toFile());
        ImageIO.write(picture(1000, 600, BufferedImage.TYPE_INT_RGB), "jpeg", images.resolve("photo.jpg").toFile());
        SampleCopy.edit(issue, "articles/shuxie-gongye.json", a -> {
            ArrayNode body = (ArrayNode) a.get("body");
            // room for the pictures: they replace text, so the article still ends before the next one
            for (int i = 0; i < 6; i++) body.remove(6);
            body.set(2, image("images/chart.png", "图1 固废综合利用"));
            body.set(5, image("images/photo.jpg", "图2 生产车间"));
        });
        Path template = tmp.resolve("template");
        copy(Path.of("templates", "shuozhou-jingji"), template);
        ImageIO.write(picture(300, 120, BufferedImage.TYPE_INT_ARGB), "png", template.resolve("front/logo.png").toFile());
        Path contents = template.resolve("front/contents.xhtml");
        Files.writeString(contents, Files.readString(contents).replaceFirst("<div class=\"sheet\">",
                "<div class=\"sheet\"><img src=\"logo.png\" style=\"width: 30mm; height: 12mm\" />"));
        pdf = tmp.resolve("issue.pdf");
        export = SampleCopy.run("export", issue.toString(), "-o", pdf.toString(), "--pdfx", "--template", template.toString());
    }

    static ObjectNode image(String path, String caption) {
        ObjectNode n = SampleCopy.JSON.createObjectNode();
        n.put("type", "image").put("path", path).put("caption", caption);
        return n;
    }

    /** Colour bands, a gradient and, for ARGB, a transparent half: something a colour conversion cannot fake. */
    static BufferedImage picture(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        for (int x = 0; x < w; x++) {
            g.setColor(Color.getHSBColor(x / (float) w, 0.8f, 0.9f));
            g.fillRect(x, 0, 1, h);
        }
        if (type == BufferedImage.TYPE_INT_ARGB) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, h / 2, w, h / 2);
        }
        g.dispose();
        return img;
    }

    @Test
    void theExportSucceedsAndNamesTheResolution() {
        assertEquals(0, export.code(), export.all());
        assertTrue(export.out().contains("PDF/X-1a"), export.out());
    }

    @Test
    void noRgbNoSoftMaskNoTransparencyNoAnnotationEveryFontEmbeddedAndBoxesOnEveryPage() throws IOException {
        List<String> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertNotNull(page.getCOSObject().getDictionaryObject(COSName.TRIM_BOX), "TrimBox");
                assertNotNull(page.getCOSObject().getDictionaryObject(COSName.BLEED_BOX), "BleedBox");
                assertTrue(page.getAnnotations().isEmpty(), "no annotation");
                walk(page.getResources(), images, 0);
            }
        }
        assertTrue(images.size() >= 3, "two article images and the logo: " + images);
        for (String s : images) assertTrue(s.startsWith("DeviceCMYK") || s.startsWith("DeviceGray"), s);
    }

    private static void walk(PDResources res, List<String> images, int depth) throws IOException {
        if (res == null || depth > 8) return;
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject img) {
                assertNull(img.getCOSObject().getDictionaryObject(COSName.SMASK), "soft mask on " + n);
                images.add(img.getColorSpace().getName() + " " + img.getWidth() + "×" + img.getHeight());
            } else if (x instanceof PDFormXObject form) {
                walk(form.getResources(), images, depth + 1);
            }
        }
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            assertTrue(f.isEmbedded(), "font " + f.getName() + " embedded");
        }
        for (COSName n : res.getExtGStateNames()) {
            PDExtendedGraphicsState gs = res.getExtGState(n);
            assertNull(gs.getCOSObject().getDictionaryObject(COSName.SMASK), "no soft mask in " + n);
            if (gs.getStrokingAlphaConstant() != null) assertEquals(1f, gs.getStrokingAlphaConstant(), 0f);
            if (gs.getNonStrokingAlphaConstant() != null) assertEquals(1f, gs.getNonStrokingAlphaConstant(), 0f);
        }
    }

    @Test
    void qpdfFindsNothingWrong() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "qpdf is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
