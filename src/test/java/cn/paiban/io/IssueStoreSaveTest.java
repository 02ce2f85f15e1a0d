package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueStoreSaveTest {
    @TempDir Path dir;

    @Test
    void theReplacedVersionIsKeptInBackup() throws Exception {
        Issue first = IssueFixtures.rich();
        IssueStore.save(first, dir);
        String oldArticle = Files.readString(dir.resolve("articles/a03-nongmu.json"));
        String oldIssue = Files.readString(dir.resolve("issue.json"));
        Issue second = renameArticle(first, "a03-nongmu", "盐碱地变了样");
        IssueStore.save(second, dir);
        assertEquals(oldArticle, Files.readString(dir.resolve(".backup/articles/a03-nongmu.json")));
        assertTrue(Files.readString(dir.resolve("articles/a03-nongmu.json")).contains("\"title\": \"盐碱地变了样\""));
        assertFalse(Files.exists(dir.resolve(".backup/issue.json")), "issue.json did not change, so it needs no backup");
        assertEquals(oldIssue, Files.readString(dir.resolve("issue.json")));
        assertEquals(second, IssueStore.load(dir));
    }

    /**
     * Two commands change the same issue at once (paiban info 印数=… and paiban info 电话=…, or plan --apply while a colleague
     * saves): the one that saves second was read before the first saved, and refuses instead of silently putting back what
     * the first one changed.
     */
    @Test
    void aSaveOverAnIssueSavedMeanwhileIsRefusedAndKeepsTheOtherChange() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        IssueStore.Read a = IssueStore.read(dir);
        IssueStore.Read b = IssueStore.read(dir);
        IssueStore.saveOver(renameArticle(a.issue(), "a03-nongmu", "甲改的题"), dir, a);
        byte[] afterA = Files.readAllBytes(dir.resolve("articles/a03-nongmu.json"));
        var e = assertThrows(IssueStore.ChangedMeanwhile.class,
                () -> IssueStore.saveOver(renameArticle(b.issue(), "a01-juanshouyu", "乙改的题"), dir, b));
        assertEquals(List.of("articles/a03-nongmu.json"), e.files());
        assertTrue(e.getMessage().contains("articles/a03-nongmu.json"), e.getMessage());
        assertTrue(Files.readString(dir.resolve("articles/a03-nongmu.json")).contains("甲改的题"));
        assertFalse(Files.readString(dir.resolve("articles/a01-juanshouyu.json")).contains("乙改的题"), "nothing of b written");
        assertTrue(java.util.Arrays.equals(afterA, Files.readAllBytes(dir.resolve("articles/a03-nongmu.json"))));
        // read again, b's change goes in beside a's
        IssueStore.Read again = IssueStore.read(dir);
        IssueStore.saveOver(renameArticle(again.issue(), "a01-juanshouyu", "乙改的题"), dir, again);
        Issue both = IssueStore.load(dir);
        assertTrue(both.allArticles().stream().anyMatch(x -> x.title().equals("甲改的题")));
        assertTrue(both.allArticles().stream().anyMatch(x -> x.title().equals("乙改的题")));
    }

    /** Saves from many threads at once are taken in turn: every backup version is whole and the last save is what loads. */
    @Test
    void savesAtTheSameTimeAreTakenInTurn() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            String title = "题" + i;
            threads.add(new Thread(() -> {
                try {
                    IssueStore.save(renameArticle(IssueFixtures.rich(), "a03-nongmu", title), dir);
                } catch (Throwable t) {
                    failed.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failed);
        IssueStore.load(dir);
        try (Stream<Path> s = Files.list(dir.resolve(".backup/articles"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.getFileName().toString().startsWith(".")) continue;
                assertTrue(Files.readString(p).contains("\"title\""), p + " is whole");
            }
        }
    }

    @Test
    void unchangedFilesAreNotRewritten() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        Path file = dir.resolve("articles/a01-juanshouyu.json");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        IssueStore.save(renameArticle(IssueFixtures.rich(), "a03-nongmu", "新题"), dir);
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void deletedArticlesMoveToBackupAndTheIssueStillLoads() throws Exception {
        Issue issue = IssueFixtures.rich();
        IssueStore.save(issue, dir);
        Section tegao = issue.sections().get(1);
        Issue fewer = issue.withSections(List.of(issue.sections().get(0), tegao.withArticles(List.of(tegao.articles().get(0))),
                issue.sections().get(2), issue.sections().get(3)))
                .withPlan(new cn.paiban.model.PagePlan(1, issue.plan().entries().stream()
                        .filter(e -> !e.articleId().equals("a03-nongmu")).toList(), issue.plan().templatePages()));
        IssueStore.save(fewer, dir);
        assertFalse(Files.exists(dir.resolve("articles/a03-nongmu.json")));
        assertTrue(Files.isRegularFile(dir.resolve(".backup/articles/a03-nongmu.json")), "nothing is lost");
        assertFalse(Files.readString(dir.resolve("issue.json")).contains("a03-nongmu"));
        assertEquals(fewer, IssueStore.load(dir));
    }

    @Test
    void leavesNoTemporaryFiles() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        IssueStore.save(renameArticle(IssueFixtures.rich(), "a02-xinqixiang", "新题"), dir);
        assertNoTemporaryFiles();
    }

    @Test
    void temporaryFilesOfAnInterruptedSaveAreClearedOnceStale() throws Exception {
        IssueStore.save(IssueFixtures.rich(), dir);
        Path stale = Files.writeString(dir.resolve("articles/.a02-xinqixiang.json.3f2a9c.tmp"), "{\"half\":");
        Path fresh = Files.writeString(dir.resolve(".issue.json.77aa.tmp"), "{");
        Path notOurs = Files.writeString(dir.resolve("articles/.notes.tmp"), "keep");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000L));
        Files.setLastModifiedTime(notOurs, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000L));
        IssueStore.save(IssueFixtures.rich(), dir);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "may belong to a save still running");
        assertTrue(Files.exists(notOurs), "not a name save makes");
    }

    /** A failure while writing article files leaves issue.json as it was and no temporary files. */
    @Test
    void aFailedArticleWriteLeavesIssueJsonAlone() throws Exception {
        Issue issue = IssueFixtures.rich();
        IssueStore.save(issue, dir);
        String oldIssueJson = Files.readString(dir.resolve("issue.json"));
        // The notice is written last among the articles; a non-empty directory in its place makes the rename fail.
        Files.delete(dir.resolve("articles/z01-zhenggao.json"));
        Files.createDirectories(dir.resolve("articles/z01-zhenggao.json/blocker"));
        Issue changed = issue.withNotices(List.of(issue.notices().get(0).withTitle("新征稿启事")))
                .withShortItems(List.of());
        assertThrows(java.io.IOException.class, () -> IssueStore.save(changed, dir));
        assertEquals(oldIssueJson, Files.readString(dir.resolve("issue.json")));
        assertTrue(Files.exists(dir.resolve("articles/n01-diaocha.json")), "files of deleted articles go only after issue.json");
        assertNoTemporaryFiles();
    }

    @Test
    void aFailedIssueJsonWriteKeepsTheFilesOfDeletedArticles() throws Exception {
        Issue issue = IssueFixtures.rich();
        IssueStore.save(issue, dir);
        Files.delete(dir.resolve("issue.json"));
        Files.createDirectories(dir.resolve("issue.json/blocker"));
        assertThrows(java.io.IOException.class, () -> IssueStore.save(issue.withShortItems(List.of()), dir));
        assertTrue(Files.exists(dir.resolve("articles/n01-diaocha.json")));
        assertNoTemporaryFiles();
    }

    private void assertNoTemporaryFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() throws Exception {
        Issue issue = IssueFixtures.rich();
        IllegalArgumentException noSections = assertThrows(IllegalArgumentException.class,
                () -> IssueStore.save(issue.withSections(List.of()), dir));
        assertTrue(noSections.getMessage().contains("no sections"), noSections.getMessage());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> IssueStore.save(issue.withSections(List.of(new Section("s", "栏目", List.of(
                        new Article("../evil", cn.paiban.model.ArticleKind.FEATURE, null, "题", null, List.of(), null,
                                List.of(), null, null))))), dir));
        assertTrue(badId.getMessage().contains("sections[0].articles[0].id"), badId.getMessage());
        assertFalse(Files.exists(dir.resolve("issue.json")), "a refused save writes nothing");
        assertFalse(Files.exists(dir.resolve("evil.json")));
    }

    @Test
    void halfASurrogatePairIsRefusedNotTurnedIntoAQuestionMark() throws Exception {
        Issue issue = replaceBody(IssueFixtures.rich(), "a02-xinqixiang", List.of(new Block.Paragraph("坏\uD800字")));
        var e = assertThrows(java.io.IOException.class, () -> IssueStore.save(issue, dir));
        assertEquals(cn.paiban.i18n.Msg.get("limits.save.half-surrogate", dir.resolve("articles/a02-xinqixiang.json")), e.getMessage());
    }

    /** A 10 MB paragraph: loads correctly, and reading it stays linear (no quadratic blow-up, no crash). */
    @Test
    void aTenMegabyteParagraphLoads() throws Exception {
        String huge = "朔州经济高质量发展。".repeat(10 * 1024 * 1024 / 30 + 1);
        assertTrue(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= 10 * 1024 * 1024);
        Issue issue = replaceBody(IssueFixtures.rich(), "a02-xinqixiang", List.of(new Block.Paragraph(huge)));
        IssueStore.save(issue, dir);
        Issue loaded = IssueStore.load(dir);
        assertEquals(new Block.Paragraph(huge), loaded.article("a02-xinqixiang").orElseThrow().body().get(0));
    }

    static Issue renameArticle(Issue issue, String id, String title) {
        return mapArticle(issue, id, a -> a.withTitle(title));
    }

    static Issue replaceBody(Issue issue, String id, List<Block> body) {
        return mapArticle(issue, id, a -> a.withBody(body));
    }

    private static Issue mapArticle(Issue issue, String id, java.util.function.UnaryOperator<Article> f) {
        List<Section> sections = new ArrayList<>();
        for (Section s : issue.sections()) {
            sections.add(s.withArticles(s.articles().stream().map(a -> a.id().equals(id) ? f.apply(a) : a).toList()));
        }
        return issue.withSections(sections);
    }
}
