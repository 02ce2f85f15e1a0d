package cn.paiban.front;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 以姓氏笔划为序: orders names by the stroke counts of their surname, character by character, with ICU4J's
 * zh@collation=stroke (its index buckets are the stroke counts). Names whose surnames have equal counts
 * keep the editor's order (a stable sort), which is how offices print them: 王晓东 before 王志福, 石 before 卢.
 * Compound surnames (欧阳, 司马 …) count as the surname of a name of three or more characters.
 *
 * <p>ICU counts a few simplified characters by their traditional radical (连 8, 黄 12, 边 6 where mainland
 * tables say 7, 11, 5), so the editor can override the count of a character, and the surname of a name.
 */
public final class StrokeOrder {
    /** ICU's stroke buckets, built on the first count asked for (loading the collation costs ~0.2 s of CPU). */
    private static final class Index {
        static final AlphabeticIndex.ImmutableIndex<String> INDEX =
                new AlphabeticIndex<String>(new ULocale("zh@collation=stroke")).buildImmutableIndex();
    }

    /** The compound surnames of the 百家姓 still in use. */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空",
            "夏侯", "令狐", "澹台", "轩辕", "端木", "申屠", "万俟", "闻人", "呼延", "南宫", "独孤", "西门", "钟离",
            "公羊", "百里", "东郭", "第五", "太史", "赫连", "拓跋", "左丘", "濮阳", "淳于", "单于", "宗政", "公冶");

    private final Map<Integer, Integer> strokeOverrides;
    private final Map<String, String> surnameOverrides;

    private StrokeOrder(Map<Integer, Integer> strokes, Map<String, String> surnames) {
        this.strokeOverrides = Map.copyOf(strokes);
        this.surnameOverrides = Map.copyOf(surnames);
    }

    /** ICU's counts, no overrides. */
    public static StrokeOrder icu() { return new StrokeOrder(Map.of(), Map.of()); }

    /** The editor's correction: {@code character} has {@code strokes} strokes (e.g. 连 7). */
    public StrokeOrder withStrokes(String character, int strokes) {
        if (character.codePointCount(0, character.length()) != 1) {
            throw new IllegalArgumentException("one character expected, got '" + character + "'");
        }
        var m = new HashMap<>(strokeOverrides);
        m.put(character.codePointAt(0), strokes);
        return new StrokeOrder(m, surnameOverrides);
    }

    /** The editor's correction: the surname of {@code name} is {@code surname} (a compound one not listed, or a single one). */
    public StrokeOrder withSurname(String name, String surname) {
        if (!name.startsWith(surname)) throw new IllegalArgumentException("'" + name + "' does not start with '" + surname + "'");
        var m = new HashMap<>(surnameOverrides);
        m.put(name, surname);
        return new StrokeOrder(strokeOverrides, m);
    }

    public String surname(String name) {
        String n = name.strip();
        String override = surnameOverrides.get(n);
        if (override != null) return override;
        if (n.codePointCount(0, n.length()) >= 3) {
            String two = n.substring(0, n.offsetByCodePoints(0, 2));
            if (COMPOUND_SURNAMES.contains(two)) return two;
        }
        return n.isEmpty() ? n : n.substring(0, n.offsetByCodePoints(0, 1));
    }

    /** Strokes of one character: the override, else ICU's stroke bucket; unknown (non-Han) sorts last. */
    public int strokes(int codePoint) {
        Integer o = strokeOverrides.get(codePoint);
        if (o != null) return o;
        var index = Index.INDEX;
        String label = index.getBucket(index.getBucketIndex(new String(Character.toChars(codePoint)))).getLabel();
        int n = 0;
        boolean digits = false;
        for (char c : label.toCharArray()) {
            if (c >= '0' && c <= '9') { n = n * 10 + (c - '0'); digits = true; }
            else if (digits) break;
        }
        return digits ? n : Integer.MAX_VALUE;
    }

    /** The names sorted by surname strokes; equal counts keep their order. */
    public List<String> sort(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(this::key, StrokeOrder::compareKeys));
        return sorted;
    }

    private int[] key(String name) {
        return surname(name).codePoints().map(this::strokes).toArray();
    }

    private static int compareKeys(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Integer.compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return Integer.compare(a.length, b.length);
    }
}
