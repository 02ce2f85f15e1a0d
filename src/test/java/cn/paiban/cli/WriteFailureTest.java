package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 10: a failed write names the file asked for and why, never only the hidden temp file. */
class WriteFailureTest {
    @Test
    void aFullDiskNamesTheTargetAndSaysTheDiskIsFull() {
        Path target = Path.of("/media/usb/issue.pdf");
        var e = new FileSystemException("/media/usb/.issue.pdf.1a2b.tmp", null, "No space left on device");
        String m = WriteFailure.of(target, e).getMessage();
        assertTrue(m.contains(target.toString()), m);
        assertFalse(m.contains(".tmp"), m);
        assertTrue(m.contains(Msg.get("limits.write-failed.full")), m);
        // ImageIO's wording for the same fault
        assertTrue(WriteFailure.of(target, new IOException("I/O error writing PNG file!")).getMessage()
                .contains(Msg.get("limits.write-failed.full")));
    }

    @Test
    void noPermissionSaysSo() {
        String m = WriteFailure.of(Path.of("out.pdf"), new AccessDeniedException("/x/.out.pdf.77.tmp")).getMessage();
        assertTrue(m.contains("out.pdf") && !m.contains(".tmp") && m.contains(Msg.get("limits.write-failed.denied")), m);
    }
}
