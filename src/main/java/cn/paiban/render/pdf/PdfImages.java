package cn.paiban.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Images and foreign pages of one export. Issue images are converted to DeviceCMYK (PDF/X-1a allows no RGB);
 * a front-matter PDF is parsed once however many of its pages are placed.
 */
final class PdfImages {
    private final Path baseDir;
    private final PdfWriter writer;
    private final Map<String, Image> files = new HashMap<>();
    private final Map<byte[], PdfReader> readers = new IdentityHashMap<>();
    private final Map<byte[], Set<Integer>> converted = new IdentityHashMap<>();

    PdfImages(Path baseDir, PdfWriter writer) {
        this.baseDir = baseDir;
        this.writer = writer;
    }

    /** The image at {@code path}, or null when it is missing or unreadable (the caller reports it). */
    Image file(String path) {
        return files.computeIfAbsent(path, p -> {
            Path f = baseDir == null ? Path.of(p) : baseDir.resolve(p);
            if (!Files.isRegularFile(f)) return null;
            try {
                BufferedImage img = ImageIO.read(f.toFile());
                return img == null ? null : cmyk(img);
            } catch (IOException | BadElementException e) {
                return null;
            }
        });
    }

    /**
     * Page {@code pageIndex} of {@code pdf}, its colours made CMYK first; what could not be made CMYK is added to
     * {@code problems}.
     */
    PdfImportedPage page(byte[] pdf, int pageIndex, List<String> problems) throws IOException {
        PdfReader reader = readers.get(pdf);
        if (reader == null) {
            reader = new PdfReader(pdf);
            readers.put(pdf, reader);
        }
        if (pageIndex < 0 || pageIndex >= reader.getNumberOfPages()) {
            throw new IOException("foreign page " + (pageIndex + 1) + " of " + reader.getNumberOfPages());
        }
        int n = pageIndex + 1;
        if (converted.computeIfAbsent(pdf, k -> new HashSet<>()).add(n)) {
            reader.setPageContent(n, CmykContent.convert(reader.getPageContent(n), problems));
            SubsetNames.normalize(reader.getPageN(n).getAsDict(PdfName.RESOURCES));
            rgbImages(reader.getPageN(n).getAsDict(PdfName.RESOURCES), problems, 0);
        }
        return writer.getImportedPage(reader, n);
    }

    /** Images and forms inside a foreign page are not converted; an RGB one is reported. */
    private static void rgbImages(PdfDictionary resources, List<String> problems, int depth) {
        if (resources == null || depth > 8) return;
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects == null) return;
        for (PdfName key : xobjects.getKeys()) {
            PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
            if (!(o instanceof PdfDictionary x)) continue;
            if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                PdfObject cs = PdfReader.getPdfObject(x.get(PdfName.COLORSPACE));
                if (cs != null && !PdfName.DEVICECMYK.equals(cs) && !PdfName.DEVICEGRAY.equals(cs)) {
                    problems.add("image " + key + " in colour space " + cs);
                }
            } else if (PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE))) {
                problems.add("form " + key + " not checked for RGB colour");
                rgbImages(x.getAsDict(PdfName.RESOURCES), problems, depth + 1);
            }
        }
    }

    /**
     * Writes out the foreign documents whose last page is now placed. OpenPDF would otherwise write them at
     * close in the order of a HashMap keyed by reader identity, which changes from run to run: the same
     * issue would give different bytes.
     */
    void pageDone(int pageIndex, Map<byte[], Integer> lastUse) throws IOException {
        for (var it = readers.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Integer last = lastUse.get(e.getKey());
            if (last == null || last <= pageIndex) {
                writer.freeReader(e.getValue());
                it.remove();
            }
        }
    }

    /** Naive separation (K = 1 − max(R,G,B)); a press profile would do better, but nothing RGB reaches the file. */
    private static Image cmyk(BufferedImage img) throws BadElementException {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] data = new byte[w * h * 4];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                int a = argb >>> 24;
                // Transparent pixels become paper, since PDF/X-1a has no transparency.
                double r = blend((argb >> 16) & 0xff, a), g = blend((argb >> 8) & 0xff, a), b = blend(argb & 0xff, a);
                double k = 1 - Math.max(r, Math.max(g, b));
                double d = 1 - k;
                data[i++] = (byte) Math.round(d == 0 ? 0 : (1 - r - k) / d * 255);
                data[i++] = (byte) Math.round(d == 0 ? 0 : (1 - g - k) / d * 255);
                data[i++] = (byte) Math.round(d == 0 ? 0 : (1 - b - k) / d * 255);
                data[i++] = (byte) Math.round(k * 255);
            }
        }
        Image image = Image.getInstance(w, h, 4, 8, data);
        image.setDeflated(false);
        return image;
    }

    private static double blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / (255.0 * 255.0);
    }
}
