package cn.paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.cli.Cli;
import org.junit.jupiter.api.Test;

/** A command tells AWT it has no screen (no X11 toolkit loaded for the PDF writer's colours), unless told otherwise. */
class HeadlessCommandsTest {
    @Test
    void aCommandRunsHeadlessUnlessTheUserChoseOtherwise() {
        String before = System.getProperty("java.awt.headless");
        try {
            System.clearProperty("java.awt.headless");
            assertEquals(0, Launcher.runHeadless(new Cli(), new String[] {"--version"}));
            assertEquals("true", System.getProperty("java.awt.headless"));

            System.setProperty("java.awt.headless", "false");
            assertEquals(0, Launcher.runHeadless(new Cli(), new String[] {"--version"}));
            assertEquals("false", System.getProperty("java.awt.headless"), "the user's -Djava.awt.headless stands");
        } finally {
            if (before == null) System.clearProperty("java.awt.headless");
            else System.setProperty("java.awt.headless", before);
        }
    }
}
