package cn.paiban.cff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A subset of a CID-keyed CFF font program (the {@code CFF } table of Noto Sans/Serif CJK) that holds only the
 * glyphs asked for, written as a CFF of its own: the glyphs' charstrings with their subroutines inlined (no
 * subroutine INDEX at all, global or local: on the Noto CJK faces that deflates ~10 % smaller than keeping the
 * used subroutines), the Font DICTs those glyphs use with their Private DICTs, and a charset that gives each kept
 * glyph its original glyph id as its CID. A PDF that shows the glyph by its original id (OpenPDF's Identity-H
 * codes) thus finds it by CID in the subset, whatever order it has there.
 *
 * <p>OpenPDF's CFFFontSubset keeps every glyph slot and every subroutine slot of the font (65,535 of each in a CJK
 * face) and writes the unused ones empty; this writes only what is drawn. Hints, widths and the outline commands
 * are copied byte for byte from the original charstrings, so each glyph draws exactly as before.
 *
 * <p>Fonts this class does not understand (not CID-keyed, a subroutine number that is not a plain operand) make it
 * throw {@link UnsupportedOperationException}; callers fall back to another subsetter.
 */
public final class CidCffSubset {
    private static final int OP_CHARSET = 15, OP_ENCODING = 16, OP_CHARSTRINGS = 17, OP_PRIVATE = 18, OP_SUBRS = 19;
    private static final int OP_UNIQUE_ID = 13, OP_XUID = 14;
    private static final int ESC = 1200;   // two-byte operators are 1200 + second byte here
    private static final int OP_ROS = ESC + 30, OP_UID_BASE = ESC + 35, OP_FDARRAY = ESC + 36, OP_FDSELECT = ESC + 37;

    private final ByteBuffer cff;
    /**
     * The charstring or subroutine being flattened at each depth of calls, copied out of the CFF in one read instead
     * of read a byte at a time from the mapped buffer, each through its index and scope checks: 5-10 ms less of the
     * ~60-90 ms a cold JVM on C1 takes to subset 3,000 glyphs of Noto Serif CJK.
     */
    private final byte[][] code = new byte[11][];

    private CidCffSubset(ByteBuffer cff) { this.cff = cff; }

    /**
     * The subset of {@code cff} (the whole CFF table, offsets counting from its start) holding glyph 0 and the
     * glyphs {@code gids} (original glyph ids, any order, duplicates and ids past the end ignored).
     */
    public static byte[] subset(ByteBuffer cff, int[] gids) {
        return new CidCffSubset(cff.slice().order(java.nio.ByteOrder.BIG_ENDIAN)).make(gids);
    }

    private byte[] make(int[] wanted) {
        int hdrSize = u8(2);
        Index names = new Index(hdrSize);
        Index tops = new Index(names.end);
        Index strings = new Index(tops.end);
        Index gsubrs = new Index(strings.end);
        List<Entry> top = dict(tops.start(0), tops.end(0));
        if (find(top, OP_ROS) == null) throw new UnsupportedOperationException("not a CID-keyed CFF");
        Index charStrings = new Index(operand(top, OP_CHARSTRINGS, 0));
        int nGlyphs = charStrings.count;
        int[] fdSelect = fdSelect(operand(top, OP_FDSELECT, 0), nGlyphs);
        Index fdArray = new Index(operand(top, OP_FDARRAY, 0));

        int[] gids = glyphs(wanted, nGlyphs);
        int n = gids.length;
        // The Font DICTs in use, renumbered in order of first use by glyph id.
        int[] fdMap = new int[fdArray.count];
        Arrays.fill(fdMap, -1);
        List<Integer> fdsUsed = new ArrayList<>();
        int[] newFd = new int[n];
        for (int i = 0; i < n; i++) {
            int fd = fdSelect[gids[i]];
            if (fdMap[fd] < 0) {
                fdMap[fd] = fdsUsed.size();
                fdsUsed.add(fd);
            }
            newFd[i] = fdMap[fd];
        }
        // Each used Font DICT: its entries, its Private DICT without Subrs, its local subroutines.
        int k = fdsUsed.size();
        List<List<Entry>> fontDicts = new ArrayList<>();
        byte[][] privates = new byte[k][];
        Index[] localSubrs = new Index[k];
        for (int j = 0; j < k; j++) {
            int fd = fdsUsed.get(j);
            List<Entry> fontDict = dict(fdArray.start(fd), fdArray.end(fd));
            Entry priv = find(fontDict, OP_PRIVATE);
            if (priv == null) throw new UnsupportedOperationException("Font DICT without Private");
            int privSize = (int) priv.values[0], privOffset = (int) priv.values[1];
            List<Entry> privDict = dict(privOffset, privOffset + privSize);
            Entry subrs = find(privDict, OP_SUBRS);
            localSubrs[j] = subrs == null ? null : new Index(privOffset + (int) subrs.values[0]);
            ByteArrayOutputStream p = new ByteArrayOutputStream();
            for (Entry e : privDict) if (e.op != OP_SUBRS) e.write(p);
            privates[j] = p.toByteArray();
            fontDicts.add(fontDict);
        }
        // The charstrings, subroutines inlined.
        byte[][] charStringData = new byte[n][];
        for (int i = 0; i < n; i++) {
            Flattener f = new Flattener(gsubrs, localSubrs[newFd[i]]);
            f.run(charStrings.start(gids[i]), charStrings.end(gids[i]), 0);
            charStringData[i] = f.out.toByteArray();
        }

        byte[] charset = charset(gids);
        byte[] fdSelectOut = fdSelectBytes(newFd);
        byte[] charStringsIndex = index(charStringData);
        byte[] nameIndex = copy(names.pos, names.end);
        byte[] stringIndex = copy(strings.pos, strings.end);
        byte[] gsubrIndex = {0, 0};

        // The Top DICT and Font DICTs take their offsets as 5-byte integers: their sizes do not depend on values.
        int[] privOffsets = new int[k];
        byte[] topIndex = index(new byte[][] {topDict(top, 0, 0, 0, 0)});
        byte[] fdArrayIndex = index(fontDicts(fontDicts, privates, privOffsets));
        int charsetOffset = 4 + nameIndex.length + topIndex.length + stringIndex.length + gsubrIndex.length;
        int fdSelectOffset = charsetOffset + charset.length;
        int charStringsOffset = fdSelectOffset + fdSelectOut.length;
        int fdArrayOffset = charStringsOffset + charStringsIndex.length;
        int at = fdArrayOffset + fdArrayIndex.length;
        for (int j = 0; j < k; j++) {
            privOffsets[j] = at;
            at += privates[j].length;
        }
        topIndex = index(new byte[][] {topDict(top, charsetOffset, charStringsOffset, fdArrayOffset, fdSelectOffset)});
        fdArrayIndex = index(fontDicts(fontDicts, privates, privOffsets));

        ByteArrayOutputStream out = new ByteArrayOutputStream(at);
        out.writeBytes(new byte[] {1, 0, 4, 4});
        out.writeBytes(nameIndex);
        out.writeBytes(topIndex);
        out.writeBytes(stringIndex);
        out.writeBytes(gsubrIndex);
        out.writeBytes(charset);
        out.writeBytes(fdSelectOut);
        out.writeBytes(charStringsIndex);
        out.writeBytes(fdArrayIndex);
        for (byte[] p : privates) out.writeBytes(p);
        if (out.size() != at) throw new IllegalStateException("CFF layout " + out.size() + " != " + at);
        return out.toByteArray();
    }

    /** Glyph 0 and the wanted glyphs that exist, sorted, each once. */
    private static int[] glyphs(int[] wanted, int nGlyphs) {
        int[] g = Arrays.copyOf(wanted, wanted.length + 1);
        g[wanted.length] = 0;
        return Arrays.stream(g).filter(x -> x >= 0 && x < nGlyphs).sorted().distinct().toArray();
    }

    private byte[] topDict(List<Entry> top, int charset, int charStrings, int fdArray, int fdSelect) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (Entry e : top) {
            switch (e.op) {
                case OP_CHARSET, OP_ENCODING, OP_CHARSTRINGS, OP_PRIVATE, OP_FDARRAY, OP_FDSELECT,
                        OP_UNIQUE_ID, OP_XUID, OP_UID_BASE -> { }
                default -> e.write(o);
            }
        }
        int5(o, charset);
        o.write(OP_CHARSET);
        int5(o, charStrings);
        o.write(OP_CHARSTRINGS);
        int5(o, fdArray);
        o.write(12);
        o.write(36);
        int5(o, fdSelect);
        o.write(12);
        o.write(37);
        return o.toByteArray();
    }

    private static byte[][] fontDicts(List<List<Entry>> dicts, byte[][] privates, int[] offsets) {
        byte[][] out = new byte[dicts.size()][];
        for (int j = 0; j < out.length; j++) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            for (Entry e : dicts.get(j)) if (e.op != OP_PRIVATE) e.write(o);
            int5(o, privates[j].length);
            int5(o, offsets[j]);
            o.write(OP_PRIVATE);
            out[j] = o.toByteArray();
        }
        return out;
    }

    /** GID i of the subset → CID = its original glyph id: format 0 or 2, whichever is shorter. */
    private static byte[] charset(int[] gids) {
        ByteArrayOutputStream ranges = new ByteArrayOutputStream();
        ranges.write(2);
        for (int i = 1; i < gids.length; ) {
            int j = i;
            while (j + 1 < gids.length && gids[j + 1] == gids[j] + 1 && j - i < 65535) j++;
            card16(ranges, gids[i]);
            card16(ranges, j - i);
            i = j + 1;
        }
        if (ranges.size() < 1 + 2 * (gids.length - 1)) return ranges.toByteArray();
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.write(0);
        for (int i = 1; i < gids.length; i++) card16(list, gids[i]);
        return list.toByteArray();
    }

    /** The FDSelect of the subset: format 3 (ranges) or 0 (a byte per glyph), whichever is shorter. */
    private static byte[] fdSelectBytes(int[] fds) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        int ranges = 0;
        for (int i = 0; i < fds.length; i++) {
            if (i == 0 || fds[i] != fds[i - 1]) {
                card16(r, i);
                r.write(fds[i]);
                ranges++;
            }
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        if (5 + r.size() < 1 + fds.length) {
            o.write(3);
            card16(o, ranges);
            o.writeBytes(r.toByteArray());
            card16(o, fds.length);
        } else {
            o.write(0);
            for (int fd : fds) o.write(fd);
        }
        return o.toByteArray();
    }

    private int[] fdSelect(int offset, int nGlyphs) {
        int[] fd = new int[nGlyphs];
        int format = u8(offset);
        if (format == 0) {
            for (int i = 0; i < nGlyphs; i++) fd[i] = u8(offset + 1 + i);
        } else if (format == 3) {
            int nRanges = u16(offset + 1);
            for (int r = 0; r < nRanges; r++) {
                int at = offset + 3 + 3 * r;
                int first = u16(at), v = u8(at + 2), next = u16(at + 3);
                for (int g = first; g < next && g < nGlyphs; g++) fd[g] = v;
            }
        } else {
            throw new UnsupportedOperationException("FDSelect format " + format);
        }
        return fd;
    }

    /** Type 2 charstring interpretation just deep enough to inline subroutine calls. */
    private final class Flattener {
        final Index gsubrs, lsubrs;
        final Bytes out = new Bytes();
        int stems, args;
        boolean ended;
        /** Where the last operand began in {@link #out} and its value, if the last token was an integer. */
        int lastStart = -1, lastValue;

        Flattener(Index gsubrs, Index lsubrs) {
            this.gsubrs = gsubrs;
            this.lsubrs = lsubrs;
        }

        void run(int from, int end, int depth) {
            if (depth > 10) throw new UnsupportedOperationException("subroutines nested too deep");
            int n = Math.max(0, end - from);
            byte[] c = code[depth];
            if (c == null || c.length < n) c = code[depth] = new byte[Math.max(n, 512)];
            cff.get(from, c, 0, n);
            int pos = 0;
            while (pos < n && !ended) {
                int b0 = c[pos] & 0xff;
                if (b0 >= 32 || b0 == 28) {
                    int len;
                    int value;
                    len = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
                    within(pos + len, n);
                    if (b0 == 28) {
                        value = (short) ((c[pos + 1] & 0xff) << 8 | c[pos + 2] & 0xff);
                    } else if (b0 <= 246) {
                        value = b0 - 139;
                    } else if (b0 <= 250) {
                        value = (b0 - 247) * 256 + (c[pos + 1] & 0xff) + 108;
                    } else if (b0 <= 254) {
                        value = -(b0 - 251) * 256 - (c[pos + 1] & 0xff) - 108;
                    } else {
                        value = Integer.MIN_VALUE;   // 16.16 fixed: not a subroutine number
                    }
                    int start = out.size();
                    out.write(c, pos, len);
                    lastStart = b0 == 255 ? -1 : start;
                    lastValue = value;
                    args++;
                    pos += len;
                    continue;
                }
                pos++;
                switch (b0) {
                    case 10, 29 -> {   // callsubr, callgsubr
                        Index subrs = b0 == 10 ? lsubrs : gsubrs;
                        if (lastStart < 0 || subrs == null) throw new UnsupportedOperationException("computed subr");
                        int idx = lastValue + bias(subrs.count);
                        out.size = lastStart;
                        args--;
                        lastStart = -1;
                        run(subrs.start(idx), subrs.end(idx), depth + 1);
                        continue;
                    }
                    case 11 -> {   // return
                        return;
                    }
                    case 14 -> {   // endchar
                        out.write(b0);
                        ended = true;
                        return;
                    }
                    case 1, 3, 18, 23 -> {   // hstem, vstem, hstemhm, vstemhm
                        stems += args / 2;
                        out.write(b0);
                    }
                    case 19, 20 -> {   // hintmask, cntrmask: an implicit vstem, then the mask bytes
                        stems += args / 2;
                        out.write(b0);
                        int bytes = (stems + 7) / 8;
                        within(pos + bytes, n);
                        out.write(c, pos, bytes);
                        pos += bytes;
                    }
                    case 12 -> {
                        within(pos + 1, n);
                        int b1 = c[pos++] & 0xff;
                        if (b1 < 34 && b1 != 0) throw new UnsupportedOperationException("charstring operator 12 " + b1);
                        out.write(12);
                        out.write(b1);
                    }
                    default -> out.write(b0);
                }
                args = 0;
                lastStart = -1;
            }
        }

    }

    /** A token that would run past the end of its charstring or subroutine. */
    private static void within(int tokenEnd, int end) {
        if (tokenEnd > end) throw new UnsupportedOperationException("a charstring token runs past its end");
    }

    /** A growable byte array that can drop its tail (a subroutine number that is inlined). */
    private static final class Bytes {
        byte[] b = new byte[256];
        int size;

        void write(int v) {
            if (size == b.length) b = Arrays.copyOf(b, size * 2);
            b[size++] = (byte) v;
        }

        void write(byte[] from, int at, int n) {
            if (size + n > b.length) b = Arrays.copyOf(b, Math.max(size * 2, size + n));
            System.arraycopy(from, at, b, size, n);
            size += n;
        }

        int size() { return size; }

        byte[] toByteArray() { return Arrays.copyOf(b, size); }
    }

    private static int bias(int count) { return count < 1240 ? 107 : count < 33900 ? 1131 : 32768; }

    /** A CFF INDEX at {@code pos}. */
    private final class Index {
        final int pos, count, offSize, data, end;

        Index(int pos) {
            this.pos = pos;
            count = u16(pos);
            if (count == 0) {
                offSize = 0;
                data = pos + 2;
                end = pos + 2;
            } else {
                offSize = u8(pos + 2);
                data = pos + 3 + (count + 1) * offSize - 1;
                end = data + offset(count);
            }
        }

        int offset(int i) {
            int at = pos + 3 + i * offSize, v = 0;
            for (int k = 0; k < offSize; k++) v = v << 8 | u8(at + k);
            return v;
        }

        int start(int i) {
            check(i);
            return data + offset(i);
        }

        int end(int i) {
            check(i);
            return data + offset(i + 1);
        }

        private void check(int i) {
            if (i < 0 || i >= count) throw new UnsupportedOperationException("index " + i + " of " + count);
        }
    }

    /** One DICT entry: the operator, its operands' bytes as they stand, and their values (reals as doubles). */
    private record Entry(int op, byte[] raw, double[] values) {
        void write(ByteArrayOutputStream o) { o.writeBytes(raw); }
    }

    private List<Entry> dict(int pos, int end) {
        List<Entry> entries = new ArrayList<>();
        int start = pos;
        List<Double> values = new ArrayList<>();
        while (pos < end) {
            int b0 = u8(pos);
            if (b0 <= 21) {
                int op = b0;
                pos++;
                if (b0 == 12) op = ESC + u8(pos++);
                byte[] raw = copy(start, pos);
                entries.add(new Entry(op, raw, values.stream().mapToDouble(Double::doubleValue).toArray()));
                values.clear();
                start = pos;
            } else if (b0 == 28) {
                values.add((double) (short) u16(pos + 1));
                pos += 3;
            } else if (b0 == 29) {
                values.add((double) cff.getInt(pos + 1));
                pos += 5;
            } else if (b0 == 30) {
                pos++;
                StringBuilder s = new StringBuilder();
                boolean done = false;
                while (!done) {
                    int b = u8(pos++);
                    for (int nib : new int[] {b >> 4, b & 15}) {
                        switch (nib) {
                            case 10 -> s.append('.');
                            case 11 -> s.append('E');
                            case 12 -> s.append("E-");
                            case 14 -> s.append('-');
                            case 15 -> done = true;
                            case 13 -> { }
                            default -> s.append((char) ('0' + nib));
                        }
                        if (done) break;
                    }
                }
                double v;
                try {
                    v = Double.parseDouble(s.toString());
                } catch (NumberFormatException e) {
                    v = 0;
                }
                values.add(v);
            } else if (b0 >= 32 && b0 <= 246) {
                values.add((double) (b0 - 139));
                pos++;
            } else if (b0 >= 247 && b0 <= 250) {
                values.add((double) ((b0 - 247) * 256 + u8(pos + 1) + 108));
                pos += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                values.add((double) (-(b0 - 251) * 256 - u8(pos + 1) - 108));
                pos += 2;
            } else {
                throw new UnsupportedOperationException("DICT byte " + b0);
            }
        }
        return entries;
    }

    private static Entry find(List<Entry> dict, int op) {
        for (Entry e : dict) if (e.op == op) return e;
        return null;
    }

    private static int operand(List<Entry> dict, int op, int i) {
        Entry e = find(dict, op);
        if (e == null || e.values.length <= i) throw new UnsupportedOperationException("DICT lacks operator " + op);
        return (int) e.values[i];
    }

    private static byte[] index(byte[][] items) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        card16(o, items.length);
        if (items.length == 0) return o.toByteArray();
        long total = 1;
        for (byte[] b : items) total += b.length;
        int offSize = total < 1 << 8 ? 1 : total < 1 << 16 ? 2 : total < 1 << 24 ? 3 : 4;
        o.write(offSize);
        int off = 1;
        writeOffset(o, off, offSize);
        for (byte[] b : items) {
            off += b.length;
            writeOffset(o, off, offSize);
        }
        for (byte[] b : items) o.writeBytes(b);
        return o.toByteArray();
    }

    private static void writeOffset(ByteArrayOutputStream o, int v, int size) {
        for (int k = size - 1; k >= 0; k--) o.write(v >>> (8 * k) & 0xff);
    }

    private static void card16(ByteArrayOutputStream o, int v) {
        o.write(v >>> 8 & 0xff);
        o.write(v & 0xff);
    }

    private static void int5(ByteArrayOutputStream o, int v) {
        o.write(29);
        writeOffset(o, v, 4);
    }

    private byte[] copy(int from, int to) {
        byte[] b = new byte[to - from];
        cff.get(from, b);
        return b;
    }

    private int u8(int pos) { return cff.get(pos) & 0xff; }

    private int u16(int pos) { return (cff.get(pos) & 0xff) << 8 | (cff.get(pos + 1) & 0xff); }
}
