package cn.paiban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose equals and hashCode an export calls write them out instead of taking the ones java.lang.runtime
 * .ObjectMethods makes at the first call (classes spun from method handles on the main thread). Written out they must
 * be what the record's own would be: equal exactly when every component is (Objects.equals, == for ints), and the same
 * hash, 31 times the one before plus the next component's, so that no map or set keyed by them iterates otherwise.
 */
class WrittenOutRecordsTest {
    /** Two different values for each component type these records have. */
    private static final Map<Class<?>, List<Object>> VALUES = Map.of(
            String.class, List.of("正文", "标题"),
            int.class, List.of(10_500, 21),
            Path.class, List.of(Path.of("fonts/a.ttc"), Path.of("fonts/b.otf")),
            cn.paiban.text.TextStyle.class, List.of(new cn.paiban.text.TextStyle("body", 10_500, 21_000, cn.paiban.text.TextStyle.Align.JUSTIFY),
                    new cn.paiban.text.TextStyle("body", 10_500, 0, cn.paiban.text.TextStyle.Align.JUSTIFY)),
            cn.paiban.text.TextStyle.Align.class, List.of(cn.paiban.text.TextStyle.Align.JUSTIFY, cn.paiban.text.TextStyle.Align.CENTER));

    @ParameterizedTest
    @ValueSource(strings = {"cn.paiban.font.Face", "cn.paiban.text.TextStyle", "cn.paiban.display.Ink",
            "cn.paiban.layout.CachingComposer$Key"})
    void equalsAndHashCodeAreTheRecordsOwn(String name) throws Exception {
        Class<?> type = Class.forName(name);
        RecordComponent[] parts = type.getRecordComponents();
        Constructor<?> make = type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new));
        make.setAccessible(true);
        Object[] first = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) first[i] = value(parts[i], 0);
        Object a = make.newInstance(first), same = make.newInstance(first.clone());
        assertEquals(a, same);
        assertEquals(recordHash(first), a.hashCode(), "the hash the record's own hashCode gives");
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, null);
        assertNotEquals(a, "not a " + type.getSimpleName());
        for (int i = 0; i < parts.length; i++) {
            Object[] other = first.clone();
            other[i] = value(parts[i], 1);
            Object b = make.newInstance(other);
            assertNotEquals(a, b, parts[i].getName() + " differs");
            assertNotEquals(b, a, parts[i].getName() + " differs");
            assertEquals(recordHash(other), b.hashCode(), parts[i].getName());
            if (!parts[i].getType().isPrimitive()) {   // a null component equals only null, as Objects.equals has it
                other[i] = null;
                Object n = make.newInstance(other);
                assertNotEquals(a, n, parts[i].getName() + " null");
                assertEquals(n, make.newInstance(other.clone()));
                assertEquals(recordHash(other), n.hashCode());
            }
        }
    }

    private static Object value(RecordComponent part, int which) {
        Class<?> t = part.getType();
        if (t == int.class && part.getName().length() == 1) return which == 0 ? 40 : 100;   // an Ink percent
        List<Object> vs = VALUES.get(t);
        if (vs == null) throw new AssertionError("no sample values for " + t + " of " + part);
        return vs.get(which);
    }

    private static int recordHash(Object[] components) {
        int h = 0;
        for (Object c : components) h = h * 31 + java.util.Objects.hashCode(c);
        return h;
    }
}
