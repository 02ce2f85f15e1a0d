package cn.paiban.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the commands print, made harmless for a terminal: a title or paragraph holding ESC, BEL, NUL or a C1
 * control (an ESC sequence can recolour, retitle or clear the terminal) is shown as {@code <U+001B>}, never
 * sent raw. Line breaks, tabs and carriage returns pass. Works on the UTF-8 bytes, so every message of every
 * command goes through it.
 */
final class TerminalText extends FilterOutputStream {
    private boolean afterC2;

    private TerminalText(OutputStream out) {
        super(out);
    }

    static PrintStream guard(PrintStream s) {
        return new PrintStream(new TerminalText(s), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xff;
        if (afterC2) {
            afterC2 = false;
            if (b >= 0x80 && b <= 0x9f) { // U+0080..U+009F, C1 controls (CSI is U+009B)
                code(b);
                return;
            }
            out.write(0xc2);
        }
        if (b == 0xc2) {
            afterC2 = true;
        } else if ((b < 0x20 && b != '\n' && b != '\t' && b != '\r') || b == 0x7f) {
            code(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(b[i]);
    }

    @Override
    public void flush() throws IOException {
        if (afterC2) { // a lone lead byte at a flush boundary: the next write completes it, so keep waiting
            out.flush();
            return;
        }
        out.flush();
    }

    private void code(int c) throws IOException {
        out.write(String.format("<U+%04X>", c).getBytes(StandardCharsets.US_ASCII));
    }
}
