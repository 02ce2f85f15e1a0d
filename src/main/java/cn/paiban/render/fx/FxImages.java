package cn.paiban.render.fx;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.image.Image;

/**
 * Decoded images for the renderer: issue images by path (relative to the issue folder) and the PNG of
 * foreign pages by identity of their bytes. Decoding is the slow part of drawing a page, so it happens once.
 */
public final class FxImages {
    private final Path baseDir;
    private final Map<String, Optional<Image>> files = new ConcurrentHashMap<>();
    private final Map<byte[], Image> rasters = new IdentityHashMap<>();

    /** {@code baseDir}: the issue folder image paths are relative to; null when there is none. */
    public FxImages(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The issue folder image paths are relative to; null when there is none. */
    public Path baseDir() { return baseDir; }

    /** The image at {@code path}, or null when it is missing or unreadable (the renderer then marks the spot). */
    Image file(String path) {
        if (baseDir == null) return null;
        return files.computeIfAbsent(path, p -> {
            Path f = baseDir.resolve(p);
            if (!Files.isRegularFile(f)) return Optional.empty();
            Image i = new Image(f.toUri().toString());
            return i.isError() ? Optional.empty() : Optional.of(i);
        }).orElse(null);
    }

    synchronized Image raster(byte[] png) {
        if (png == null || png.length == 0) return null;
        return rasters.computeIfAbsent(png, b -> new Image(new ByteArrayInputStream(b)));
    }
}
