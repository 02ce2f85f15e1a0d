package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueStoreRoundTripTest {
    @TempDir Path tmp;

    @Test
    void richIssueSurvivesSaveAndLoad() throws Exception {
        Issue issue = IssueFixtures.rich();
        IssueStore.save(issue, tmp);
        assertEquals(issue, IssueStore.load(tmp));
    }

    @Test
    void saveLoadSaveIsByteIdentical() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        IssueStore.save(IssueFixtures.rich(), a);
        IssueStore.save(IssueStore.load(a), b);
        assertEquals(filesUnder(a), filesUnder(b));
    }

    @Test
    void writesOneFilePerArticleAndIssueJsonListingIds() throws Exception {
        IssueStore.save(IssueFixtures.rich(), tmp);
        assertTrue(Files.isRegularFile(tmp.resolve("articles/a03-nongmu.json")));
        String issueJson = Files.readString(tmp.resolve("issue.json"));
        assertTrue(issueJson.startsWith("{\n  \"schemaVersion\": 1,\n  \"journal\": {\n    \"name\": \"朔州经济\",\n"), issueJson);
        assertTrue(issueJson.contains("\"articles\": [\n        \"a02-xinqixiang\",\n        \"a03-nongmu\"\n      ]"), issueJson);
        assertTrue(issueJson.endsWith("}\n"));
        String article = Files.readString(tmp.resolve("articles/a02-xinqixiang.json"));
        assertTrue(article.contains("\"type\": \"paragraph\""));
        assertTrue(article.contains("😀"), "astral characters stay as themselves, not \\u escapes");
        assertFalse(article.contains("\"signature\""), "absent optional fields are left out");
        assertFalse(article.contains("\r"));
    }

    /** The property: any valid issue comes back equal, and its files come back byte for byte. */
    @Test
    void randomIssuesRoundTrip() throws Exception {
        Random r = new Random(20230828);
        for (int i = 0; i < 60; i++) { // each save fsyncs every file: 60 issues keep this under a few seconds
            Issue issue = IssueFixtures.random(r);
            Path a = tmp.resolve("r" + i + "a");
            Path b = tmp.resolve("r" + i + "b");
            IssueStore.save(issue, a);
            Issue loaded = IssueStore.load(a);
            assertEquals(issue, loaded, "issue " + i);
            IssueStore.save(loaded, b);
            assertEquals(filesUnder(a), filesUnder(b), "issue " + i);
        }
    }

    /** Relative path → content, of every file except backups. */
    static Map<String, String> filesUnder(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(p) || dir.relativize(p).toString().startsWith(".")) continue;
                byte[] bytes = Files.readAllBytes(p);
                out.put(dir.relativize(p).toString(), new String(bytes, StandardCharsets.UTF_8));
                assertArrayEquals(bytes, out.get(dir.relativize(p).toString()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
