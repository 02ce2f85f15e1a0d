package cn.paiban.render.pdf;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites the DeviceRGB and DeviceGray colour operators of a foreign page's content (Flying Saucer writes
 * CSS colours as rg/g) as DeviceCMYK, so the export stays CMYK-only: a grey becomes K alone (#333 → K80),
 * any other colour the naive separation. Operators it cannot convert (colour spaces set with cs/sc) are
 * reported, never silently passed.
 */
final class CmykContent {
    private static final Set<String> UNCONVERTED = Set.of("cs", "CS", "sc", "SC", "scn", "SCN");

    private CmykContent() {}

    /** The converted content, or {@code content} itself when there is nothing to convert; problems go to {@code problems}. */
    static byte[] convert(byte[] content, List<String> problems) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        List<PdfObject> command = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        boolean changed = false;
        while (!parser.parse(command).isEmpty()) {
            String op = command.get(command.size() - 1).toString();
            float[] cmyk = null;
            if ((op.equals("rg") || op.equals("RG")) && command.size() == 4) {
                cmyk = fromRgb(num(command, 0), num(command, 1), num(command, 2));
            } else if ((op.equals("g") || op.equals("G")) && command.size() == 2) {
                cmyk = new float[] {0, 0, 0, 1 - num(command, 0)};
            } else if (UNCONVERTED.contains(op)) {
                problems.add(cn.paiban.i18n.Msg.get("pdf.colour-left", op));
            }
            if (cmyk != null) {
                changed = true;
                String cmd = Character.isUpperCase(op.charAt(0)) ? "K" : "k";
                out.write(String.format(Locale.ROOT, "%s %s %s %s %s%n", fmt(cmyk[0]), fmt(cmyk[1]), fmt(cmyk[2]),
                        fmt(cmyk[3]), cmd).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                for (PdfObject o : command) {
                    o.toPdf(null, out);
                    out.write(o instanceof PdfLiteral && o == command.get(command.size() - 1) ? '\n' : ' ');
                }
            }
        }
        return changed ? out.toByteArray() : content;
    }

    static float[] fromRgb(float r, float g, float b) {
        if (r == g && g == b) return new float[] {0, 0, 0, 1 - r};   // greys and black in K only
        float k = 1 - Math.max(r, Math.max(g, b));
        float d = 1 - k;
        return new float[] {(1 - r - k) / d, (1 - g - k) / d, (1 - b - k) / d, k};
    }

    private static float num(List<PdfObject> command, int i) {
        PdfObject o = command.get(i);
        return o instanceof PdfNumber n ? Math.max(0, Math.min(1, n.floatValue())) : 0;
    }

    private static String fmt(float v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
