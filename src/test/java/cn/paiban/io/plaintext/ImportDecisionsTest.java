package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDecisionsTest {
    /** The cases quote the importer's English texts; ImportTextCommandTest reads the Chinese report. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }

    @TempDir Path dir;

    @Test
    void aMalformedLineNamesFileAndLine() throws Exception {
        Path f = dir.resolve("d.txt");
        Files.writeString(f, "# answers\n360 subheading\n184 maybe\n");
        ImportException e = assertThrows(ImportException.class, () -> ImportDecisions.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3: expected"), e.getMessage());
    }

    @Test
    void anAnswerTheImportNeverAskedForFailsTheImport() throws Exception {
        Path f = dir.resolve("d.txt");
        Files.writeString(f, "360 subheading\n5 paragraph  # line 5 is a paragraph of the editorial, never in question\n");
        ImportException e = assertThrows(ImportException.class,
                () -> PlainTextImporter.importFile(NoTextLostTest.SEED, ImportDecisions.read(f)));
        assertEquals(f + ": decides dump line 5, but that line is not a short line the importer had to decide on", e.getMessage());
    }
}
