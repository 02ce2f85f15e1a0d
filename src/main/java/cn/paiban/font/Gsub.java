package cn.paiban.font;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of an OpenType GSUB table Chinese setting needs: the lookups a feature has for one script and
 * language system, their single substitutions (type 1) and ligatures (type 4), through extension lookups
 * (type 7). Other lookup types are skipped: nothing the composer asks for uses them.
 */
final class Gsub {
    private final ByteBuffer b;
    private final int scriptList, featureList, lookupList;

    Gsub(ByteBuffer table) {
        this.b = table;
        scriptList = u16(4);
        featureList = u16(6);
        lookupList = u16(8);
    }

    private int u16(int at) { return b.getShort(at) & 0xFFFF; }

    private String tag(int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) c[i] = (char) (b.get(at + i) & 0xFF);
        return new String(c);
    }

    /**
     * Lookup indices of {@code feature} in the language system {@code lang} of {@code script}; the script's default
     * language system when it has no {@code lang}; the DFLT script when there is no {@code script}. In ascending
     * order, the order in which OpenType applies them.
     */
    List<Integer> lookups(String script, String lang, String feature) {
        int langSys = langSys(script, lang);
        if (langSys < 0) langSys = langSys("DFLT", lang);
        if (langSys < 0) return List.of();
        Set<Integer> out = new LinkedHashSet<>();
        int count = u16(langSys + 4);
        for (int i = 0; i < count; i++) {
            int fi = u16(langSys + 6 + 2 * i);
            int rec = featureList + 2 + 6 * fi;
            if (!tag(rec).equals(feature)) continue;
            int feat = featureList + u16(rec + 4);
            int n = u16(feat + 2);
            for (int k = 0; k < n; k++) out.add(u16(feat + 4 + 2 * k));
        }
        return out.stream().sorted().toList();
    }

    private int langSys(String script, String lang) {
        int n = u16(scriptList);
        for (int i = 0; i < n; i++) {
            int rec = scriptList + 2 + 6 * i;
            if (!tag(rec).equals(script)) continue;
            int s = scriptList + u16(rec + 4);
            int langs = u16(s + 2);
            for (int k = 0; k < langs; k++) {
                int lr = s + 4 + 6 * k;
                if (tag(lr).equals(lang)) return s + u16(lr + 4);
            }
            return u16(s) == 0 ? -1 : s + u16(s);
        }
        return -1;
    }

    /** The single substitutions of lookup {@code index} (glyph → glyph); empty if it is of another type. */
    Map<Integer, Integer> singles(int index) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int st : subtables(index, 1)) {
            int format = u16(st);
            List<Integer> cov = coverage(st + u16(st + 2));
            if (format == 1) {
                int delta = b.getShort(st + 4);
                for (int g : cov) out.putIfAbsent(g, (g + delta) & 0xFFFF);
            } else if (format == 2) {
                int count = u16(st + 4);
                for (int i = 0; i < cov.size() && i < count; i++) out.putIfAbsent(cov.get(i), u16(st + 6 + 2 * i));
            }
        }
        return out;
    }

    /**
     * The ligatures of lookup {@code index}: per first glyph, each ligature as {components…, ligature glyph} (the
     * first glyph included), in the font's order of preference.
     */
    Map<Integer, List<int[]>> ligatures(int index) {
        Map<Integer, List<int[]>> out = new HashMap<>();
        for (int st : subtables(index, 4)) {
            List<Integer> cov = coverage(st + u16(st + 2));
            int sets = u16(st + 4);
            for (int i = 0; i < sets && i < cov.size(); i++) {
                int set = st + u16(st + 6 + 2 * i);
                int ligs = u16(set);
                for (int k = 0; k < ligs; k++) {
                    int lig = set + u16(set + 2 + 2 * k);
                    int glyph = u16(lig);
                    int comps = u16(lig + 2);
                    int[] seq = new int[comps + 1];
                    seq[0] = cov.get(i);
                    for (int c = 1; c < comps; c++) seq[c] = u16(lig + 4 + 2 * (c - 1));
                    seq[comps] = glyph;
                    out.computeIfAbsent(cov.get(i), g -> new ArrayList<>()).add(seq);
                }
            }
        }
        return out;
    }

    /** Offsets of the subtables of lookup {@code index} that are of {@code type}, extensions unwrapped. */
    private List<Integer> subtables(int index, int type) {
        List<Integer> out = new ArrayList<>();
        if (index >= u16(lookupList)) return out;
        int lookup = lookupList + u16(lookupList + 2 + 2 * index);
        int lookupType = u16(lookup);
        int n = u16(lookup + 4);
        for (int i = 0; i < n; i++) {
            int st = lookup + u16(lookup + 6 + 2 * i);
            if (lookupType == 7) {
                if (u16(st + 2) == type) out.add(st + b.getInt(st + 4));
            } else if (lookupType == type) {
                out.add(st);
            }
        }
        return out;
    }

    private List<Integer> coverage(int at) {
        List<Integer> out = new ArrayList<>();
        int format = u16(at);
        int n = u16(at + 2);
        if (format == 1) {
            for (int i = 0; i < n; i++) out.add(u16(at + 4 + 2 * i));
        } else if (format == 2) {
            for (int i = 0; i < n; i++) {
                int r = at + 4 + 6 * i;
                int start = u16(r), end = u16(r + 2);
                for (int g = start; g <= end; g++) out.add(g);
            }
        }
        return out;
    }
}
