package cn.paiban.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import cn.paiban.image.ImageException;
import cn.paiban.image.ImageFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.Map;

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

    /**
     * The image at {@code path} in CMYK, or null when it cannot be used (the caller reports it; preflight has
     * already named why). A CMYK JPEG upright as stored goes in as it is (OpenPDF marks Adobe's inverted values
     * with a Decode array; an embedded ICC profile is dropped, PDF/X-1a wants DeviceCMYK); everything else is
     * decoded, turned upright and converted through the output intent's profile.
     */
    Image file(String path) {
        return files.computeIfAbsent(path, p -> {
            try {
                ImageFile.Pixels px = ImageFile.decode(baseDir, p);
                ImageFile.Info info = px.info();
                if (info.cmykJpeg() && info.orientation() == 1) {
                    return Image.getInstance(ImageFile.withoutIccProfile(Files.readAllBytes(info.file())));
                }
                byte[] cmyk = px.cmyk() != null ? px.cmyk() : CmykImages.fromImage(px.rgb());
                // size checked before decoding (ImageFile.MAX_PIXELS), so w × h × 4 cannot overflow an int
                Image image = Image.getInstance(info.width(), info.height(), 4, 8, cmyk);
                image.setDeflated(false);
                return image;
            } catch (ImageException | IOException | BadElementException e) {
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
            // template logos (PNG with a soft mask, embedded by Flying Saucer as RGB) become CMYK
            CmykImages.convert(reader.getPageN(n).getAsDict(PdfName.RESOURCES), problems, new java.util.HashSet<>(), 0);
        }
        return writer.getImportedPage(reader, n);
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
}
