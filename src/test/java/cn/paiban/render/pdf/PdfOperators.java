package cn.paiban.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test helper: the colour operators of a page, including those inside its form XObjects (foreign pages). */
final class PdfOperators {
    private static final Set<String> COLOUR = Set.of("g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN");

    private PdfOperators() {}

    static List<String> colourOperators(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        collect(new PDFStreamParser(page).parse(), ops);
        collectXObjects(page.getResources(), ops, 0);
        return ops;
    }

    static List<String> operators(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        for (Object t : new PDFStreamParser(page).parse()) {
            if (t instanceof Operator o) ops.add(o.getName());
        }
        return ops;
    }

    /** Image colour spaces count too: an RGB image is as wrong as an rg operator. */
    private static void collectXObjects(PDResources res, List<String> ops, int depth) throws IOException {
        if (res == null || depth > 8) return;
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) {
                collect(new PDFStreamParser(form).parse(), ops);
                collectXObjects(form.getResources(), ops, depth + 1);
            } else if (x instanceof PDImageXObject img) {
                ops.add(img.getColorSpace().getName().equals("DeviceCMYK") ? "k" : "image:" + img.getColorSpace().getName());
            }
        }
    }

    private static void collect(List<Object> tokens, List<String> ops) {
        for (Object t : tokens) {
            if (t instanceof Operator o && COLOUR.contains(o.getName())) ops.add(o.getName());
        }
    }

    /** The decoded content of every form XObject of the page, one after another. */
    static String formContents(PDPage page) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (COSName n : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(n) instanceof PDFormXObject form) {
                sb.append(new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1));
            }
        }
        return sb.toString();
    }

    static String content(PDPage page) throws IOException {
        return new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
