package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save As takes the articles' images along: each image an article names is copied to the same path in the new folder,
 * bytes unchanged; files no article names stay behind; a different file already there is never overwritten; what a
 * Save As that does not complete wrote is removed.
 */
class IssueImagesTest {
    @TempDir
    Path tmp;

    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");

    /** The sample with images added to its first article: {@code names} after its first paragraph. */
    private static Issue withImages(String... names) throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        Section s = issue.sections().get(0);
        Article a = s.articles().get(0);
        List<Block> body = new ArrayList<>(a.body());
        for (String n : names) body.add(1, new Block.Image(n, "图"));
        List<Article> arts = new ArrayList<>(s.articles());
        arts.set(0, a.withBody(body));
        List<Section> sections = new ArrayList<>(issue.sections());
        sections.set(0, new Section(s.id(), s.title(), arts));
        return issue.withSections(sections);
    }

    private static byte[] bytes(int seed) {
        byte[] b = new byte[3000 + seed];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theImagesTheArticlesNameGoAlongAndNothingElse() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("第4期"));
        Files.createDirectories(from.resolve("images/sub"));
        Files.write(from.resolve("images/a.png"), bytes(1));
        Files.write(from.resolve("images/sub/图 二.jpg"), bytes(2));
        Files.write(from.resolve("images/unused.png"), bytes(3));
        Issue issue = withImages("images/a.png", "images/sub/图 二.jpg", "images/missing.png", "../outside.png");
        Files.write(tmp.resolve("outside.png"), bytes(4));
        // in body order, once each (withImages puts each new one first)
        assertEquals(List.of("../outside.png", "images/missing.png", "images/sub/图 二.jpg", "images/a.png"), IssueImages.paths(issue));

        Path to = Files.createDirectories(tmp.resolve("另存").resolve("第4期"));
        try (var copied = IssueImages.copyInto(issue, from, to)) {
            assertEquals(2, copied.count());
            copied.commit();
        }
        assertEquals(List.of("images/a.png", "images/sub/图 二.jpg"), files(to), "the named, readable images; not the unused one");
        assertArrayEquals(bytes(1), Files.readAllBytes(to.resolve("images/a.png")));
        assertArrayEquals(bytes(2), Files.readAllBytes(to.resolve("images/sub/图 二.jpg")));
        assertFalse(Files.exists(tmp.resolve("另存/outside.png")), "nothing is written outside the new folder");
        assertEquals(List.of("images/a.png", "images/sub/图 二.jpg", "images/unused.png"), files(from), "the old folder unchanged");
    }

    @Test
    void aDifferentFileAtTheTargetIsNeverOverwrittenAndTheSameOneIsKept() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from/images"));
        Files.write(from.resolve("a.png"), bytes(1));
        Files.write(from.resolve("b.png"), bytes(2));
        Issue issue = withImages("images/a.png", "images/b.png");
        Path to = Files.createDirectories(tmp.resolve("to/images"));
        Files.write(to.resolve("a.png"), bytes(9));
        IOException e = assertThrows(IOException.class, () -> IssueImages.copyInto(issue, tmp.resolve("from"), tmp.resolve("to")));
        assertTrue(e.getMessage().contains("a.png"), e.getMessage());
        assertArrayEquals(bytes(9), Files.readAllBytes(to.resolve("a.png")), "theirs kept");
        assertEquals(List.of("images/a.png"), files(tmp.resolve("to")), "refused before anything was written");

        Files.write(to.resolve("a.png"), bytes(1)); // the same image already there (a second Save As)
        try (var copied = IssueImages.copyInto(issue, tmp.resolve("from"), tmp.resolve("to"))) {
            assertEquals(1, copied.count(), "only b.png written");
            copied.commit();
        }
        assertArrayEquals(bytes(2), Files.readAllBytes(to.resolve("b.png")));
    }

    @Test
    void whatASaveAsThatDidNotCompleteWroteIsRemoved() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from/images/deep"));
        Files.write(from.resolve("a.png"), bytes(1));
        Issue issue = withImages("images/deep/a.png");
        Path to = Files.createDirectories(tmp.resolve("to"));
        try (var copied = IssueImages.copyInto(issue, tmp.resolve("from"), to)) {
            assertTrue(Files.isRegularFile(to.resolve("images/deep/a.png")));
            // no commit: the issue itself could not be saved
        }
        assertEquals(List.of(), files(to));
        assertFalse(Files.exists(to.resolve("images")), "the folders it made are gone too");
        assertTrue(Files.isDirectory(to), "the chosen folder itself stays");
    }
}
