package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.i18n.Msg;
import cn.paiban.i18n.WriteFailure;
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

    /** Windows: the last export still open in a PDF viewer; the system says so in its own language. */
    @Test
    void aFileOpenInAnotherProgramIsSaidSo() {
        for (String why : new String[] {"The process cannot access the file because it is being used by another process",
                "另一个程序正在使用此文件，进程无法访问。"}) {
            var e = new FileSystemException("C:\\期刊\\.本期.pdf.5c.tmp", "C:\\期刊\\本期.pdf", why);
            String m = WriteFailure.of(Path.of("本期.pdf"), e).getMessage();
            assertTrue(m.contains("本期.pdf") && m.contains(Msg.get("limits.write-failed.in-use")), m);
        }
    }

    @Test
    void aRefusedSaveNamesTheFolderNotItsHiddenTemporaryFile() {
        // what IssueStore.save met in a read-only issue folder: the command printed only the temp file's path
        String m = WriteFailure.describe(new AccessDeniedException("/office/2023年第5期/.issue.json.985eb313a931fc00.tmp"));
        assertEquals(Msg.get("limits.access-denied", "/office/2023年第5期"), m);
        assertEquals(Msg.get("limits.access-denied", "/office/2023年第5期/proofs"),
                WriteFailure.describe(new IOException("wrapped", new AccessDeniedException("/office/2023年第5期/proofs"))));
        assertEquals("其他原因", WriteFailure.describe(new IOException("其他原因")));
    }

    @Test
    void theCommandLineSaysItInWordsForEveryCommandThatSaves() throws Exception {
        // every command's failure goes through Cli's one catch: a command that saves into a folder it may not write
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Cli cli = new Cli().add(new Command() {
            @Override public String name() { return "denied"; }
            @Override public String summary() { return ""; }
            @Override public int run(java.util.List<String> args, java.io.PrintStream o, java.io.PrintStream e) throws Exception {
                throw new AccessDeniedException("/office/期/.issue.json.1.tmp");
            }
        });
        assertEquals(2, cli.run(java.util.List.of("denied"), new java.io.PrintStream(out, true, "UTF-8"), new java.io.PrintStream(err, true, "UTF-8")));
        assertEquals("paiban denied: " + Msg.get("limits.access-denied", "/office/期"), err.toString("UTF-8").strip());
    }
    /**
     * proof --close, render and info on a read-only disk said "没有写入这个文件夹的权限" naming no folder (the system's
     * exception named the file, its reason "Read-only file system"); ulimit -f said "File too large".
     */
    @Test
    void aReadOnlyOrFullDiskMetWithoutAWrapperNamesTheFileOrItsFolder() {
        String m = WriteFailure.describe(new FileSystemException("/mnt/u/第5期/proofs/1/.snapshot.1f.tmp", null, "Read-only file system"));
        assertEquals(Msg.get("limits.write-failed", "/mnt/u/第5期/proofs/1", Msg.get("limits.write-failed.denied")), m);
        m = WriteFailure.describe(new FileSystemException("/mnt/u/png/p001.png", null, "No space left on device"));
        assertEquals(Msg.get("limits.write-failed", "/mnt/u/png/p001.png", Msg.get("limits.write-failed.full")), m);
        assertTrue(WriteFailure.of(Path.of("本期.pdf"), new IOException("File too large")).getMessage()
                .contains(Msg.get("limits.write-failed.too-large")));
        // a reason not known stays the system's, as before
        assertEquals("/x: Is a directory", WriteFailure.describe(new FileSystemException("/x", null, "Is a directory")));
    }
}
