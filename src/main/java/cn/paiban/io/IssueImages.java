package cn.paiban.io;

import cn.paiban.files.FolderFiles;
import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The image files an issue's articles name (images/… beside issue.json, where the Word import puts them), taken
 * along when the issue is saved into another folder: issue.json and the articles alone would leave every figure of
 * the copy missing.
 */
public final class IssueImages {
    private IssueImages() {}

    /** Every image path the issue's articles name, in order, once each. */
    public static List<String> paths(Issue issue) {
        Set<String> out = new LinkedHashSet<>();
        for (Article a : issue.allArticles()) {
            for (Block b : a.body()) if (b instanceof Block.Image im && im.path() != null && !im.path().isBlank()) out.add(im.path());
        }
        return List.copyOf(out);
    }

    /**
     * Copies each image {@code issue} names from folder {@code from} to the same relative path under {@code to}. An image
     * that cannot be read there as the issue's own (missing, a link, outside the folder) is left for preflight to
     * report; one already at the target with the same bytes is kept. A different file of that name at the target
     * is never overwritten: the copy is refused before anything is written. Closing the result without
     * {@link Copied#commit} removes what it wrote.
     */
    public static Copied copyInto(Issue issue, Path from, Path to) throws IOException {
        List<Path[]> todo = new ArrayList<>();
        for (String name : paths(issue)) {
            Path source = FolderFiles.resolve(from, name);
            if (FolderFiles.check(from, source) != FolderFiles.Verdict.OK) continue;
            Path target = FolderFiles.resolve(to, name);
            if (target == null || !target.toAbsolutePath().normalize().startsWith(to.toAbsolutePath().normalize())) continue;
            if (Files.exists(target)) {
                if (Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target))) continue;
                throw new IOException(Msg.get("io.images.differs", target));
            }
            todo.add(new Path[] {source, target});
        }
        Copied copied = new Copied();
        try {
            for (Path[] st : todo) {
                Path parent = st[1].getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    // the folders made, outermost first, so that a rollback can remove them again
                    List<Path> made = new ArrayList<>();
                    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) made.add(0, p);
                    Files.createDirectories(parent);
                    copied.dirs.addAll(made);
                }
                write(st[0], st[1]);
                copied.files.add(st[1]);
            }
            return copied;
        } catch (IOException | RuntimeException e) {
            copied.close();
            throw e;
        }
    }

    private static void write(Path from, Path to) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
    }

    /** The images written by {@link #copyInto}: kept by {@link #commit}, removed on close otherwise. */
    public static final class Copied implements AutoCloseable {
        private final List<Path> files = new ArrayList<>();
        private final List<Path> dirs = new ArrayList<>();
        private boolean committed;

        /** How many image files were written. */
        public int count() { return files.size(); }

        public void commit() { committed = true; }

        @Override
        public void close() throws IOException {
            if (committed) return;
            for (Path f : files) Files.deleteIfExists(f);
            for (int i = dirs.size() - 1; i >= 0; i--) {
                try (var s = Files.list(dirs.get(i))) {
                    if (s.findAny().isEmpty()) Files.delete(dirs.get(i));
                }
            }
        }
    }
}
