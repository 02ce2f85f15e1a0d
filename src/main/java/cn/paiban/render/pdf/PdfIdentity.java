package cn.paiban.render.pdf;

import cn.paiban.display.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Replaces the file identifier OpenPDF draws from the clock with a digest of the file itself, in place and
 * at the same length (it sits in the trailer, after the cross-reference table, so no offset moves).
 */
final class PdfIdentity {
    private static final byte[] KEY = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);

    private PdfIdentity() {}

    static byte[] fix(byte[] pdf, Document doc) {
        int at = lastIndexOf(pdf, KEY);
        if (at < 0) throw new IllegalStateException("OpenPDF wrote no /ID; cannot make the file reproducible");
        int first = at + KEY.length;
        int close = indexOf(pdf, (byte) '>', first);
        int len = close - first;
        int second = close + 2;                         // "><"
        if (pdf[close + 1] != '<' || indexOf(pdf, (byte) '>', second) - second != len) {
            throw new IllegalStateException("unexpected /ID layout in OpenPDF's trailer");
        }
        byte[] digest = digest(pdf, at, doc);
        byte[] hex = hex(digest, len);
        System.arraycopy(hex, 0, pdf, first, len);
        System.arraycopy(hex, 0, pdf, second, len);
        return pdf;
    }

    private static byte[] digest(byte[] pdf, int upTo, Document doc) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            md.update(pdf, 0, upTo);
            md.update(String.valueOf(doc.title()).getBytes(StandardCharsets.UTF_8));
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    private static byte[] hex(byte[] digest, int len) {
        byte[] out = new byte[len];
        String digits = "0123456789ABCDEF";
        for (int i = 0; i < len; i++) {
            int b = digest[(i / 2) % digest.length] & 0xff;
            out[i] = (byte) digits.charAt(i % 2 == 0 ? b >> 4 : b & 0xf);
        }
        return out;
    }

    private static int lastIndexOf(byte[] a, byte[] key) {
        outer:
        for (int i = a.length - key.length; i >= 0; i--) {
            for (int j = 0; j < key.length; j++) {
                if (a[i + j] != key[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) if (a[i] == b) return i;
        return -1;
    }
}
