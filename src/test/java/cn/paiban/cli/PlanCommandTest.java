package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paiban plan}: a report without --apply and nothing written; --apply writes the proposed plan. */
class PlanCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A copy of the sample whose plan keeps only the notice's and the table's pages. */
    private Path unplannedSample() throws Exception {
        Path src = Path.of("samples/shuozhou-jingji-2023-04");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        Issue issue = IssueStore.load(dir);
        PagePlan p = issue.plan();
        IssueStore.save(issue.withPlan(new PagePlan(1, p.entries().stream()
                .filter(e -> e.articleId().equals("zhenggao-qishi") || e.articleId().equals("jingji-zhibiao")).toList(),
                p.templatePages())), dir);
        return dir;
    }

    @Test
    void withoutApplyReportsAndWritesNothingWithApplyWritesThePlan() throws Exception {
        Path issueDir = unplannedSample();
        byte[] before = Files.readAllBytes(issueDir.resolve("issue.json"));
        assertEquals(0, run("plan", issueDir.toString(), "--pages", "48"), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("17→46"), text);
        assertTrue(text.contains("农牧融合发展 盐碱地变了样"), text);
        assertArrayEquals(before, Files.readAllBytes(issueDir.resolve("issue.json")), "nothing written without --apply");

        out.reset();
        assertEquals(0, run("plan", issueDir.toString(), "--pages", "48", "--apply"), err.toString(StandardCharsets.UTF_8));
        PagePlan plan = IssueStore.load(issueDir).plan();
        assertEquals(new PagePlan.Entry("nongmu-ronghe", 15, 46), plan.entry("nongmu-ronghe").orElseThrow());
        assertEquals(1, plan.entry("juanshouyu").orElseThrow().startPage());
        assertEquals(39, plan.entry("shuzi-danao").orElseThrow().startPage());
        assertTrue(Files.exists(issueDir.resolve(".backup/issue.json")), "the replaced issue.json is kept");

        out.reset();
        assertEquals(0, run("plan", issueDir.toString(), "--pages", "48", "--apply"));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.contains("plan") || l.contains("规划")));
    }

    @Test
    void textThatDoesNotFitExitsOneAndSaysWhat() throws Exception {
        Path issueDir = unplannedSample();
        assertEquals(1, run("plan", issueDir.toString(), "--pages", "40"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("排不下") || text.contains("does not fit"), text);
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        assertEquals(2, run("plan"));
        assertEquals(2, run("plan", dir.resolve("missing").toString()));
        assertEquals(2, run("plan", unplannedSample().toString(), "--pages", "zero"));
    }
}
