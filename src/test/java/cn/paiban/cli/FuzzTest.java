package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.layout.TemplateFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: seeded mutants of the sample (bytes, JSON values, text lengths, ids, page numbers, template values)
 * through the export's own road; each must end in a clean refusal or a PDF, never an exception, an Error or a
 * hang. Bounded to 40 s and 150 mutants here; `paiban fuzz` runs the long version.
 */
class FuzzTest {
    /** Every PDF a mutant produced also passes qpdf --check where qpdf is installed (bin/need-packages installs it). */
    static final boolean QPDF = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
            .anyMatch(d -> java.nio.file.Files.isExecutable(Path.of(d, "qpdf")));

    @Test
    void everyMutantEndsInACleanRefusalOrAPdf() throws Exception {
        FuzzCommand.Report r = FuzzCommand.fuzz(Path.of("samples", "shuozhou-jingji-2023-04"), TemplateFiles.directory(),
                20_261_204L, 40_000, 150, 120, QPDF, null);
        assertTrue(r.crashes().isEmpty(), r.crashes().size() + " crashes: " + r.crashes());
        assertTrue(r.hangs().isEmpty(), "hangs: " + r.hangs());
        assertTrue(r.mutants() >= 10, "ran " + r.mutants() + " mutants");
        assertEquals(r.mutants(), r.refused() + r.pdfs(), "every mutant is a refusal or a PDF");
    }

    @Test
    void theFirstMutantsIncludeBothRefusalsAndPdfs() throws Exception {
        // the mutator must reach the typesetter, not only the JSON parser: fixed seeds, so this is deterministic
        FuzzCommand.Report r = FuzzCommand.fuzz(Path.of("samples", "shuozhou-jingji-2023-04"), TemplateFiles.directory(),
                7L, 600_000, 12, 120, false, null);
        assertEquals(12, r.mutants());
        assertTrue(r.refused() > 0 && r.pdfs() > 0, "refused " + r.refused() + ", PDFs " + r.pdfs());
    }
}
