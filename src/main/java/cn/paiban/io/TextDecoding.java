package cn.paiban.io;

import cn.paiban.i18n.Msg;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text files people bring (dumps, manuscripts saved as .txt) in the encodings an office has:
 * UTF-8 with or without BOM, UTF-16 (with BOM, or without when its NUL bytes give it away) and GB18030
 * (which covers GBK and GB2312), told apart by ICU4J's {@link CharsetDetector}. A guess the detector is not
 * sure of is marked {@link Decoded#lowConfidence()} so the caller reports it; a given encoding
 * ({@code --encoding}) overrides all guessing. Decoding is strict: a byte that does not belong to the
 * encoding is refused with its line, never turned into U+FFFD. Issue files are not read here: they stay
 * strict UTF-8 ({@link StrictUtf8}).
 */
public final class TextDecoding {
    /** ICU confidence (0–100) below which a guess is reported as unsure. */
    public static final int SURE = 50;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Bytes under which the detector's choice of another CJK encoding over GB18030 is not taken (about 128 Han characters). */
    static final int SHORT_CJK = 256;

    private TextDecoding() {}

    /** How the encoding was found. */
    public enum How {
        /** A byte-order mark said so. */
        BOM,
        /** The bytes are valid UTF-8 (plain ASCII included). */
        UTF8,
        /** Guessed from the bytes. */
        DETECTED,
        /** The user named it ({@code --encoding}). */
        GIVEN
    }

    /** Decoded text (BOM removed, line ends as in the file) and how its encoding was found. */
    public record Decoded(String text, Charset charset, How how, int confidence) {
        /** A guess the detector was not sure of: tell the user, and how to override it. */
        public boolean lowConfidence() { return how == How.DETECTED && confidence < SURE; }

        /** The lines, split at CRLF, CR or LF; a final line end does not make an extra empty line. */
        public List<String> lines() { return TextDecoding.lines(text); }

        /** The text with every line end as LF. */
        public String normalisedText() { return text.replaceAll("\r\n?", "\n"); }

        /** One line for the user about the encoding, or null where there is nothing to say (UTF-8, BOM, given). */
        public String note(Path file) {
            if (how != How.DETECTED) return null;
            return lowConfidence()
                    ? Msg.get("package.encoding.unsure", file, charset.name(), confidence)
                    : Msg.get("package.encoding.detected", file, charset.name(), confidence);
        }
    }

    /** A file that is not text in any encoding tried (or given): names the file, the line where known, and what to do. */
    public static final class UnreadableText extends IOException {
        private final transient Path file;
        private final int line;
        private final String problem;

        public UnreadableText(Path file, int line, String problem) {
            super(file + (line > 0 ? ":" + line : "") + ": " + problem);
            this.file = file;
            this.line = line;
            this.problem = problem;
        }

        /** What is wrong, without the file and line. */
        public String problem() { return problem; }

        public Path file() { return file; }

        public int line() { return line; }
    }

    /** The charset named by the user ({@code --encoding GBK}); unknown names are refused with the usual ones listed. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Msg.get("package.encoding.unknown", name), e);
        }
    }

    /** Reads and decodes {@code file}; {@code given} (may be null) overrides detection. */
    public static Decoded read(Path file, Charset given) throws UnreadableText {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new UnreadableText(file, 0, Msg.get("package.encoding.directory"));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableText(file, 0, Msg.get("package.encoding.noFile"));
        } catch (UnreadableText e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableText(file, 0, Msg.get("package.encoding.cannotRead", String.valueOf(e.getMessage())));
        }
        return decode(bytes, given, file);
    }

    /** Decodes {@code bytes}; {@code file} only names the source in messages. */
    public static Decoded decode(byte[] bytes, Charset given, Path file) throws UnreadableText {
        if (given != null) {
            int skip = bomLength(bytes, given);
            // "UTF-16" given and the file has a BOM: its byte order is the BOM's (without one, Java's UTF-16 is big-endian)
            Charset as = skip > 0 && !given.equals(bomCharset(bytes)) ? bomCharset(bytes) : given;
            String text = strict(bytes, skip, as);
            if (text == null) {
                int bad = badOffset(bytes, skip, as);
                throw new UnreadableText(file, lineAt(bytes, bad, as),
                        Msg.get("package.encoding.notGiven", given.name(), String.format("%02X", bytes[bad] & 0xff), String.valueOf(bad)));
            }
            return new Decoded(text, given, How.GIVEN, 100);
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bomLength(bytes, bom);
            String text = strict(bytes, skip, bom);
            if (text == null) {
                int bad = badOffset(bytes, skip, bom);
                throw new UnreadableText(file, lineAt(bytes, bad, bom),
                        Msg.get("package.encoding.badAfterBom", bom.name(), String.format("%02X", bytes[bad] & 0xff), String.valueOf(bad)));
            }
            return new Decoded(text, bom, How.BOM, 100);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null && utf8.indexOf('\0') < 0) return new Decoded(utf8, StandardCharsets.UTF_8, How.UTF8, 100);
        return detect(bytes, file);
    }

    private static Decoded detect(byte[] bytes, Path file) throws UnreadableText {
        Charset utf16 = utf16ByNuls(bytes);
        if (utf16 != null) {
            String text = strict(bytes, 0, utf16);
            if (text != null && plausible(text)) return new Decoded(text, utf16, How.DETECTED, 60);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Decoded first = null;
        for (CharsetMatch m : detector.detectAll()) {
            Charset cs;
            try {
                cs = Charset.forName(m.getName());
            } catch (IllegalArgumentException unsupported) {
                continue;
            }
            String text = strict(bytes, 0, cs);
            if (text == null || !plausible(text)) continue;
            first = new Decoded(text, cs, How.DETECTED, m.getConfidence());
            break;
        }
        // A Chinese office's short file: a single-byte guess the detector is unsure of (Cyrillic) loses to GB18030 when
        // that reads cleanly; so does another CJK encoding's when unsure or when the file is short, too short for the
        // detector to tell GB text from Big5 or EUC-JP (a 短讯 of two lines in GBK was read as Big5 at 10 % and
        // imported as 傻捅; six characters as EUC-JP at 100 %). Unicode guesses (UTF-16/32 without BOM) keep theirs.
        boolean singleByte = first != null && first.charset().newEncoder().maxBytesPerChar() <= 1.0f;
        boolean otherCjk = first != null && !singleByte && !first.charset().equals(GB18030) && !first.charset().name().startsWith("UTF");
        if (first == null || singleByte && first.confidence() < SURE
                || otherCjk && (first.confidence() < SURE || bytes.length < SHORT_CJK)) {
            String gb = strict(bytes, 0, GB18030);
            if (gb != null && plausible(gb)) return new Decoded(gb, GB18030, How.DETECTED, first == null ? 10 : Math.min(first.confidence(), SURE - 1));
        }
        if (first != null) return first;
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) throw new UnreadableText(file, 0, Msg.get("package.encoding.binary", String.valueOf(nul)));
        int bad = badOffset(bytes, 0, StandardCharsets.UTF_8);
        throw new UnreadableText(file, lineAt(bytes, bad, StandardCharsets.UTF_8),
                Msg.get("package.encoding.unknownBytes", String.format("%02X", bytes[bad] & 0xff), String.valueOf(bad)));
    }

    /** Text is plausible when it holds no NUL and few other control characters (a binary file decoded as text has many). */
    private static boolean plausible(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return false;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
        }
        return controls * 100 <= text.length();
    }

    /** UTF-16 without a BOM: ASCII characters leave NUL bytes all on odd (LE) or all on even (BE) offsets. */
    private static Charset utf16ByNuls(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        }
        int pairs = b.length / 2;
        if (odd * 10 >= pairs && even == 0) return StandardCharsets.UTF_16LE;
        if (even * 10 >= pairs && odd == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) return Charset.forName("UTF-32LE");
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) return Charset.forName("UTF-32BE");
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** How many leading bytes are {@code cs}'s byte-order mark (0 when there is none). */
    private static int bomLength(byte[] b, Charset cs) {
        Charset bom = bomCharset(b);
        if (bom == null) return 0;
        String n = cs.name();
        boolean same = bom.equals(cs) || (n.equals("UTF-16") && bom.name().startsWith("UTF-16"))
                || (n.equals("UTF-32") && bom.name().startsWith("UTF-32"));
        if (!same) return 0;
        return bom.name().startsWith("UTF-32") ? 4 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** The decoded text, or null when a byte does not belong to {@code cs}. */
    private static String strict(byte[] bytes, int from, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) dec.maxCharsPerByte()) + 4);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (r.isError()) return null;
        out.flip();
        String s = out.toString();
        // the generic UTF-16/UTF-32 decoders drop a BOM themselves; the LE/BE ones keep it as U+FEFF
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The offset of the first byte that {@code cs} refuses. */
    private static int badOffset(byte[] bytes, int from, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) dec.maxCharsPerByte()) + 4);
        CoderResult r = dec.decode(in, out, true);
        return r.isError() ? Math.min(in.position(), bytes.length - 1) : Math.max(0, bytes.length - 1);
    }

    /** The 1-based line of byte {@code offset}: counts LF as encoded in {@code cs} (one byte, or a 16/32-bit unit). */
    private static int lineAt(byte[] bytes, int offset, Charset cs) {
        String prefix = new String(bytes, 0, Math.max(0, Math.min(offset, bytes.length)), cs);
        int line = 1;
        for (int i = 0; i < prefix.length(); i++) if (prefix.charAt(i) == '\n') line++;
        return line;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) if (b[i] == v) return i;
        return -1;
    }

    /** Splits at CRLF, CR or LF; a line end at the very end does not add an empty line. */
    public static List<String> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<String> out = new ArrayList<>(List.of(raw));
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
