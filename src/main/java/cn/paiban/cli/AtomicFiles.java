package cn.paiban.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file beside its target and moves it into place: a reader never sees half a PDF. */
final class AtomicFiles {
    interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    static <T> T write(Path target, Writer<T> writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) throw new IOException("folder " + dir + " does not exist");
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = writer.write(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
