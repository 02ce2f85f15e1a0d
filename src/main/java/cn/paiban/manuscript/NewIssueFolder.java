package cn.paiban.manuscript;

import cn.paiban.edit.NextIssue;
import cn.paiban.files.AtomicWrite;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * {@code paiban new DIR --like ISSUE_DIR} and File ▸ 新建期刊: the next issue of the one in {@code like}, saved to
 * an empty (or absent) folder, with the images its carried-over notices use.
 */
public final class NewIssueFolder {
    private NewIssueFolder() {}

    /** Why {@code dir} cannot take a new issue, or null when it can. */
    public static String problem(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) return cn.paiban.i18n.Msg.get("import.new.notFolder", dir);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) return cn.paiban.i18n.Msg.get("import.new.notEmpty", dir);
            }
        }
        return null;
    }

    /** Makes the issue after {@code prev} (read from {@code likeDir}) in {@code dir}; returns it. */
    public static Issue create(Issue prev, Path likeDir, Path dir, Integer number, LocalDate date) throws IOException {
        String p = problem(dir);
        if (p != null) throw new IOException(p);
        Issue next = NextIssue.from(prev, number, date);
        Files.createDirectories(dir);
        for (Article a : next.notices()) {
            for (Block b : a.body()) {
                if (b instanceof Block.Image im && likeDir != null) {
                    Path src = likeDir.resolve(im.path());
                    if (Files.isRegularFile(src)) {
                        Path target = dir.resolve(im.path());
                        Files.createDirectories(target.getParent());
                        AtomicWrite.write(target, Files.readAllBytes(src));
                    }
                }
            }
        }
        IssueStore.save(next, dir);
        return next;
    }

    /** Loads {@code likeDir} and makes the next issue in {@code dir}. */
    public static Issue create(Path likeDir, Path dir, Integer number, LocalDate date) throws IOException, IssueFormatException {
        return create(IssueStore.load(likeDir), likeDir, dir, number, date);
    }
}
