package cn.paiban.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pixel sizes of an issue's images, read from the file header only (no decoding), for placing them in the
 * columns. Paths are relative to the issue folder, as the renderers resolve them ({@code render.pdf.PdfImages},
 * {@code render.image.AwtImages}); with no folder they are taken as they are.
 */
public final class ImageSizes {
    /** Width and height in pixels. */
    public record Size(int width, int height) {}

    private final Path baseDir;
    private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();

    public ImageSizes(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The pixel size of the image at {@code path}, or empty when it is missing or no reader understands it. */
    public Optional<Size> size(String path) {
        return sizes.computeIfAbsent(path, this::read);
    }

    private Optional<Size> read(String path) {
        Path f;
        try {
            f = baseDir == null ? Path.of(path) : baseDir.resolve(path);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                int w = r.getWidth(0);
                int h = r.getHeight(0);
                return w > 0 && h > 0 ? Optional.of(new Size(w, h)) : Optional.empty();
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken header is "unreadable", reported by the layout
        }
    }
}
