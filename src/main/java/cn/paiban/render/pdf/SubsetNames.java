package cn.paiban.render.pdf;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Renames the subset fonts of a foreign page (Flying Saucer draws their six-letter prefixes at random) after
 * a digest of the embedded font program: the same subset gets the same name in every export, and two
 * different subsets never share one.
 */
final class SubsetNames {
    private SubsetNames() {}

    static void normalize(PdfDictionary resources) throws IOException {
        normalize(resources, new IdentityHashMap<>(), 0);
    }

    private static void normalize(PdfDictionary resources, Map<PdfObject, Boolean> seen, int depth) throws IOException {
        if (resources == null || depth > 8 || seen.put(resources, true) != null) return;
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                if (PdfReader.getPdfObject(fonts.get(key)) instanceof PdfDictionary font) rename(font);
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                if (PdfReader.getPdfObject(xobjects.get(key)) instanceof PdfDictionary x) {
                    normalize(x.getAsDict(PdfName.RESOURCES), seen, depth + 1);
                }
            }
        }
    }

    private static void rename(PdfDictionary font) throws IOException {
        PdfDictionary descendant = font;
        PdfArray kids = font.getAsArray(PdfName.DESCENDANTFONTS);
        if (kids != null && !kids.isEmpty() && PdfReader.getPdfObject(kids.getPdfObject(0)) instanceof PdfDictionary d) {
            descendant = d;
        }
        PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
        if (descriptor == null) return;
        PRStream program = null;
        for (PdfName f : new PdfName[] {PdfName.FONTFILE, PdfName.FONTFILE2, PdfName.FONTFILE3}) {
            if (PdfReader.getPdfObject(descriptor.get(f)) instanceof PRStream s) program = s;
        }
        if (program == null) return;
        String prefix = prefix(PdfReader.getStreamBytesRaw(program));
        for (PdfDictionary d : new PdfDictionary[] {font, descendant}) {
            PdfName name = d.getAsName(PdfName.BASEFONT);
            if (name != null) d.put(PdfName.BASEFONT, replaced(name, prefix));
        }
        PdfName name = descriptor.getAsName(PdfName.FONTNAME);
        if (name != null) descriptor.put(PdfName.FONTNAME, replaced(name, prefix));
    }

    /** "ABCDEF+Name" → prefix + "Name"; a name without a subset prefix is left alone. */
    private static PdfName replaced(PdfName name, String prefix) {
        String n = PdfName.decodeName(name.toString());
        if (!n.matches("/?[A-Z]{6}\\+.*")) return name;
        int plus = n.indexOf('+');
        return new PdfName(prefix + n.substring(plus + 1));
    }

    private static String prefix(byte[] program) {
        try {
            byte[] md = MessageDigest.getInstance("MD5").digest(program);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 6; i++) sb.append((char) ('A' + (md[i] & 0xff) % 26));
            return sb.append('+').toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
