package cn.paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.font.FontException;
import cn.paiban.i18n.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the editor did not open: with paiban.jar copied away from its fonts/, it said GTK 3 was missing. A failure of
 * Paiban's own start is now told as itself; JavaFX's (no display) still says what Linux needs.
 */
class EditorStartFailureTest {
    @TempDir Path tmp;
    private final String old = System.getProperty("paiban.fonts");

    @AfterEach
    void restore() {
        if (old == null) System.clearProperty("paiban.fonts");
        else System.setProperty("paiban.fonts", old);
    }

    @Test
    void aStartThatFailedOnItsFontsSaysSoAndNotThatGtkIsMissing() throws Exception {
        Msg.use("zh");
        System.setProperty("paiban.fonts", Files.createDirectories(tmp.resolve("字体")).toString());
        FontException fonts = org.junit.jupiter.api.Assertions.assertThrows(FontException.class, cn.paiban.font.FontFiles::directory);
        String said = EditorLauncher.startFailure(new RuntimeException("Exception in Application start method",
                new java.lang.reflect.InvocationTargetException(fonts)));
        assertEquals(Msg.get("cli.editor.start-failed", fonts.getMessage()), said);
        assertTrue(said.contains("字体") && said.contains("NotoSerifCJK-Regular.ttc") && !said.contains("GTK"), said);
    }

    @Test
    void noDisplayStillSaysWhatLinuxNeeds() {
        Msg.use("zh");
        String said = EditorLauncher.startFailure(new UnsupportedOperationException("Unable to open DISPLAY"));
        assertEquals(Msg.get("cli.editor.no-display", "Unable to open DISPLAY"), said);
    }
}
