package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer's typo in a front-matter template is a preflight error naming file and line, not a crash. */
class BrokenFrontTemplateTest {
    @TempDir
    Path tmp;

    @Test
    void aMalformedTemplateBecomesAnErrorFindingAndTheIssueStillSets() throws Exception {
        Path templates = tmp.resolve("shuozhou-jingji");
        copy(Path.of("templates", "shuozhou-jingji"), templates);
        Path contents = templates.resolve("front").resolve("contents.xhtml");
        List<String> lines = Files.readAllLines(contents);
        int body = 0;
        while (!lines.get(body).contains("<body")) body++;
        lines.add(body + 1, "<div class=\"broken\">");   // never closed
        Files.write(contents, lines);

        LayoutResult r = new Typesetter(FontBook.standard(), templates)
                .typeset(IssueStore.load(Path.of("samples", "shuozhou-jingji-2023-04")));

        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("contents.xhtml:"), errors.get(0).message());
        assertEquals(48, r.document().pages().size());
        assertEquals(4, r.startPages().get("yixin-qixiang"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
