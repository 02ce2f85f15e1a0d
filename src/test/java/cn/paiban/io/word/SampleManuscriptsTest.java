package cn.paiban.io.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dozen of the sample's articles written as Word manuscripts with every quirk, read back: each keeps its
 * title, subtitle, kicker, byline, lead, source, signature, and its paragraphs and subheadings exactly as printed.
 */
class SampleManuscriptsTest {
    @TempDir Path tmp;

    @Test
    void theDozenReadBackAsPrinted() throws Exception {
        Issue sample = IssueStore.load(SampleManuscripts.SAMPLE);
        List<Path> files = SampleManuscripts.write(tmp);
        for (int i = 0; i < files.size(); i++) {
            var plan = SampleManuscripts.DOZEN.get(i);
            Article want = sample.article(plan.articleId()).orElseThrow();
            var r = ManuscriptImporter.read(files.get(i), plan.kind(), plan.section(), t -> want.id());
            Article got = r.article();
            String at = files.get(i).getFileName() + ": ";
            assertEquals(want.title(), got.title(), at + "title");
            assertEquals(want.kicker(), got.kicker(), at + "kicker");
            assertEquals(want.subtitle(), got.subtitle(), at + "subtitle");
            assertEquals(want.authors(), got.authors(), at + "authors");
            assertEquals(want.lead(), got.lead(), at + "lead");
            assertEquals(want.source(), got.source(), at + "source");
            assertEquals(want.signature(), got.signature(), at + "signature");
            List<Block> w = text(want.body()), g = text(got.body());
            for (int k = 0; k < Math.min(w.size(), g.size()); k++) assertEquals(w.get(k), g.get(k), at + "block " + k);
            assertEquals(w.size(), g.size(), at + "blocks");
        }
    }

    /** Paragraphs, subheadings and tables; the picture and the footnote the manuscripts add are left out, and so are note marks. */
    private static List<Block> text(List<Block> body) {
        return body.stream().filter(b -> !(b instanceof Block.Image) && !(b instanceof Block.Notes))
                .map(b -> b instanceof Block.Paragraph p ? new Block.Paragraph(p.text().replaceAll("[\\u2460-\\u2473]", "")) : b).toList();
    }
}
