package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.check.Dismissals;
import cn.paiban.check.IssueCheck;
import cn.paiban.check.WordList;
import cn.paiban.io.DismissedFile;
import cn.paiban.io.IssueStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paiban check DIR --json} on the sample: the one true finding of its articles (the stray ” in 党建引领) with
 * article, block, offset, page and clause; the contents page's half-width brackets; and a dismissal written to
 * proofs/dismissed.json keeps that finding out of the next run.
 */
class CheckCommandTest {
    @TempDir
    Path tmp;

    private static JsonNode check(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = new Cli().run(List.of("check", dir.toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc, err.toString(StandardCharsets.UTF_8));
        return SampleCopy.JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleFindingsCarryTheirPlaceAndADismissalKeepsOneOut() throws Exception {
        Path dir = SampleCopy.copy(tmp);
        JsonNode list = check(dir);
        JsonNode quote = null;
        int contents = 0;
        for (JsonNode f : list) {
            if (f.get("article").asText().equals("dangjian-yinling")) quote = f;
            if (f.get("label").asText().equals("contents") && f.get("rule").asText().equals("15834.ascii")) {
                contents++;
                assertEquals(3, f.get("page").asInt());
            }
        }
        assertTrue(quote != null, list.toPrettyString());
        assertEquals("15834.unpaired", quote.get("rule").asText());
        assertEquals("”", quote.get("quote").asText());
        assertEquals(2, quote.get("block").asInt());
        assertEquals(474, quote.get("offset").asInt());
        assertEquals(36, quote.get("page").asInt());
        assertTrue(quote.get("clause").asText().startsWith("GB/T 15834—2011 4.8"));
        assertEquals(11, contents, "the header's (双月出版) and ten entries' (page)");

        var issue = IssueStore.load(dir);
        var found = IssueCheck.run(issue, null, null, WordList.empty(), Dismissals.none()).findings().stream()
                .filter(f -> f.articleId().equals("dangjian-yinling")).findFirst().orElseThrow();
        IssueCheck.dismiss(dir, found);
        assertTrue(Files.readString(DismissedFile.file(dir)).contains("\"rule\": \"15834.unpaired\""));
        JsonNode again = check(dir);
        for (JsonNode f : again) assertTrue(!f.get("article").asText().equals("dangjian-yinling"), again.toPrettyString());
        assertEquals(list.size() - 1, again.size());
    }
}
