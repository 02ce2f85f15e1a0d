package cn.paiban.layout;

import cn.paiban.image.ImageException;
import cn.paiban.image.ImageFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pixel sizes of an issue's images, read from the file header only (no decoding), for placing them in the
 * columns. Paths are relative to the issue folder, as the renderers resolve them ({@code render.pdf.PdfImages},
 * {@code render.image.AwtImages}); with no folder they are taken as they are.
 */
public final class ImageSizes {
    /** Width and height in pixels. */
    public record Size(int width, int height) {}

    private final Path baseDir;

    public ImageSizes(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The pixel size of the image at {@code path} as printed (EXIF orientation applied), or empty when it cannot be used. */
    public Optional<Size> size(String path) {
        return read(path).size();
    }

    /** Why the image at {@code path} cannot be used, or null. */
    public String problem(String path) {
        return read(path).problem();
    }

    private record Probe(Optional<Size> size, String problem) {}

    private final Map<String, Probe> probes = new ConcurrentHashMap<>();

    /** The header only, through {@link ImageFile}: a regular file inside the folder, its pixels bounded. */
    private Probe read(String path) {
        return probes.computeIfAbsent(path, p -> {
            try {
                ImageFile.Info info = ImageFile.probe(baseDir, p);
                return new Probe(Optional.of(new Size(info.width(), info.height())), null);
            } catch (ImageException e) {
                return new Probe(Optional.empty(), e.getMessage());
            }
        });
    }
}
