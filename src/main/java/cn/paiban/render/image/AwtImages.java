package cn.paiban.render.image;

import cn.paiban.image.ImageException;
import cn.paiban.image.ImageFile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Decoded images for the renderer: issue images by path (relative to the issue folder) and the PNG of
 * foreign pages by identity of their bytes. Decoding is the slow part of drawing a page, so it happens once.
 */
public final class AwtImages {
    private final Path baseDir;
    private final Map<String, Optional<BufferedImage>> files = new ConcurrentHashMap<>();
    private final Map<byte[], Optional<BufferedImage>> rasters = Collections.synchronizedMap(new IdentityHashMap<>());

    /** {@code baseDir}: the issue folder image paths are relative to; null when there is none. */
    public AwtImages(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The image at {@code path}, upright, or null when it cannot be used (the renderer then marks the spot). */
    BufferedImage file(String path) {
        return files.computeIfAbsent(path, p -> {
            try {
                return Optional.of(ImageFile.decode(baseDir, p).rgb());
            } catch (ImageException e) {
                return Optional.empty(); // preflight names it; the proof shows the empty frame
            }
        }).orElse(null);
    }

    BufferedImage raster(byte[] png) {
        if (png == null || png.length == 0) return null;
        return rasters.computeIfAbsent(png, b -> {
            try {
                return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(b)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
