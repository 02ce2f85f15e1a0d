package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real issue in samples/ is in the canonical format: loading and saving it reproduces every file byte for byte. */
class SampleIssueTest {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    @TempDir Path tmp;

    @Test
    void theSampleIsCanonical() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        IssueStore.save(issue, tmp);
        Map<String, String> committed = IssueStoreRoundTripTest.filesUnder(SAMPLE);
        committed.keySet().removeIf(name -> !name.equals("issue.json") && !name.startsWith("articles"));
        assertEquals(committed, IssueStoreRoundTripTest.filesUnder(tmp));
        assertEquals(issue, IssueStore.load(tmp));
    }

    @Test
    void theSampleHoldsTheWholeIssue() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        assertEquals(171, issue.journal().totalNumber());
        assertTrue(issue.allArticles().size() >= 16, "卷首语, 11 features, 2 news items, the table, the call for papers");
    }
}
