package cn.paiban.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The build's recompiling of libraries' string concatenations: classes javac compiled with invokedynamic
 * concatenation (as OpenPDF's are) give the very same strings after the rewrite, for every argument type, null,
 * constants holding the recipe's marker characters, constructors that concatenate before super(), interfaces;
 * and a jar is rewritten only under the prefixes asked for, multi-release copies included.
 */
class InlineConcatTest {
    private static final String FIXTURE = """
            package fx;
            public class Concat {
                public static String all(int i, long l, char c, boolean z, double d, float f, byte b, short s,
                        String str, Object o, Integer boxed, char[] chars, CharSequence cs) {
                    return "i=" + i + " l=" + l + " c=" + c + " z=" + z + " d=" + d + " f=" + f + " b=" + b + " s=" + s
                            + " str=" + str + " o=" + o + " boxed=" + boxed + " chars=" + chars + " cs=" + cs;
                }
                public static String onlyArgs(String a, int b) { return a + b; }
                public static String markers(String a) { return "\\u0001" + a + "\\u0002" + 'x' + 7 + "\\u0001\\u0002"; }
                public static String same1(int n) { return "n" + n; }
                public static String same2(int n) { return "n" + n; }
                public static String single(String a) { return "" + a; }
                public static String wide(long a, double b, long c) { return a + "/" + b + "/" + c; }
                public static String inLambda(String a) {
                    java.util.function.Function<String, String> f = x -> "<" + x + ">";
                    return f.apply(a);
                }
            }
            """;
    private static final String BASE = """
            package fx;
            public class Ref {
                public final String text;
                public Ref(String text) { this.text = text; }
                public Ref(int n, int g) { this(n + " " + g + " R"); }
            }
            """;
    private static final String SHAPE = """
            package fx;
            public interface Shape {
                String name();
                static String label(String n, int k) { return n + "#" + k; }
                default String describe() { return "shape " + name() + "!"; }
            }
            """;
    private static final String PLAIN = """
            package fx;
            public class Plain { public static String hi(String a) { return a.concat("!"); } }
            """;

    private static Map<String, byte[]> original;

    @BeforeAll
    static void compile(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("src/fx");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Concat.java"), FIXTURE);
        Files.writeString(src.resolve("Ref.java"), BASE);
        Files.writeString(src.resolve("Shape.java"), SHAPE);
        Files.writeString(src.resolve("Plain.java"), PLAIN);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17"));
        try (Stream<Path> files = Files.list(src)) {
            files.forEach(f -> args.add(f.toString()));
        }
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, rc, "the fixture compiles");
        original = new HashMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = out.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                original.put(name, Files.readAllBytes(f));
            }
        }
        assertTrue(concatSites(original.get("fx.Concat")) >= 8, "javac made invokedynamic concatenations to rewrite");
    }

    private static Map<String, byte[]> rewritten() {
        Map<String, byte[]> out = new HashMap<>();
        original.forEach((name, bytes) -> {
            InlineConcat.Rewritten r = InlineConcat.rewrite(bytes);
            out.put(name, r == null ? bytes : r.bytes());
        });
        return out;
    }

    @Test
    void noConcatenationSiteIsLeftAndEachRecipeHasOneHelper() {
        for (Map.Entry<String, byte[]> e : rewritten().entrySet()) {
            assertEquals(0, concatSites(e.getValue()), e.getKey());
        }
        InlineConcat.Rewritten concat = InlineConcat.rewrite(original.get("fx.Concat"));
        assertNotNull(concat);
        assertEquals(concatSites(original.get("fx.Concat")), concat.sites());
        assertEquals(concat.sites() - 1, helpers(concat.bytes()), "same1 and same2 share one helper");
        assertNull(InlineConcat.rewrite(original.get("fx.Plain")), "a class without such sites is left as it is");
    }

    @Test
    void theSameStringsForRandomArguments() throws Exception {
        Class<?> before = load(original, "fx.Concat");
        Class<?> after = load(rewritten(), "fx.Concat");
        Method m1 = method(before, "all");
        Method m2 = method(after, "all");
        Random random = new Random(20261204);
        double[] doubles = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e-7, 1e21, 0.1 + 0.2};
        for (int n = 0; n < 500; n++) {
            char[] chars = {'a'};
            Object o = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> List.of(random.nextInt(), "x");
                case 2 -> new StringBuilder("sb").append(random.nextLong());
                default -> random.nextDouble();
            };
            Object[] args = {
                random.nextBoolean() ? random.nextInt() : (random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE),
                random.nextBoolean() ? random.nextLong() : Long.MIN_VALUE,
                (char) random.nextInt(0x10000),
                random.nextBoolean(),
                random.nextBoolean() ? doubles[random.nextInt(doubles.length)] : random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20),
                random.nextBoolean() ? (float) random.nextGaussian() : Float.NaN,
                (byte) random.nextInt(),
                (short) random.nextInt(),
                random.nextInt(5) == 0 ? null : randomText(random),
                o,
                random.nextBoolean() ? null : random.nextInt(),
                chars,
                random.nextBoolean() ? null : new StringBuilder(randomText(random)),
            };
            assertEquals(m1.invoke(null, args), m2.invoke(null, args), "seed 20261204, case " + n);
        }
        for (String text : new String[] {null, "", "\u0001\u0002", "汉字"}) {
            assertEquals(method(before, "markers").invoke(null, text), method(after, "markers").invoke(null, text));
            assertEquals(method(before, "single").invoke(null, text), method(after, "single").invoke(null, text));
            assertEquals(method(before, "inLambda").invoke(null, text), method(after, "inLambda").invoke(null, text));
            assertEquals(method(before, "onlyArgs").invoke(null, text, -3), method(after, "onlyArgs").invoke(null, text, -3));
        }
        assertEquals("\u0001x\u0002x7\u0001\u0002", method(after, "markers").invoke(null, "x"));
        assertEquals("-9223372036854775808/NaN/9", method(after, "wide").invoke(null, Long.MIN_VALUE, Double.NaN, 9L));
        assertEquals("n42", method(after, "same2").invoke(null, 42));
    }

    @Test
    void constructorsAndInterfaces() throws Exception {
        Map<String, byte[]> classes = rewritten();
        Class<?> ref = load(classes, "fx.Ref");
        Constructor<?> c = ref.getConstructor(int.class, int.class);
        assertEquals("12 0 R", ref.getField("text").get(c.newInstance(12, 0)));
        Class<?> shape = load(classes, "fx.Shape");
        assertEquals("a#3", shape.getMethod("label", String.class, int.class).invoke(null, "a", 3));
        Object square = java.lang.reflect.Proxy.newProxyInstance(shape.getClassLoader(), new Class<?>[] {shape}, (p, m, a) -> {
            if (m.getName().equals("name")) return "square";
            if (m.isDefault()) return java.lang.reflect.InvocationHandler.invokeDefault(p, m, a);
            throw new UnsupportedOperationException(m.getName());
        });
        assertEquals("shape square!", shape.getMethod("describe").invoke(square));
    }

    @Test
    void aJarOnlyUnderThePrefixesAndItsVersionedCopies(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("lib.jar");
        byte[] concat = original.get("fx.Concat");
        byte[] text = "Multi-Release: true\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            for (String name : new String[] {"fx/Concat.class", "META-INF/versions/17/fx/Concat.class", "other/Concat.class"}) {
                out.putNextEntry(new JarEntry(name));
                out.write(concat);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("fx/notes.txt"));
            out.write(text);
            out.closeEntry();
        }
        int[] counts = InlineConcat.rewriteJar(jar, List.of("fx/"));
        assertEquals(2, counts[0]);
        assertEquals(2 * concatSites(concat), counts[1]);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            assertEquals(0, concatSites(Files.readAllBytes(fs.getPath("fx/Concat.class"))));
            assertEquals(0, concatSites(Files.readAllBytes(fs.getPath("META-INF/versions/17/fx/Concat.class"))));
            assertArrayEquals(concat, Files.readAllBytes(fs.getPath("other/Concat.class")));
            assertArrayEquals(text, Files.readAllBytes(fs.getPath("fx/notes.txt")));
        }
        int[] again = InlineConcat.rewriteJar(jar, List.of("fx/"));
        assertEquals(0, again[0], "a rewritten jar has nothing left to rewrite");
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) b.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4e00 + random.nextInt(0x5000));
        return b.toString();
    }

    private static Method method(Class<?> c, String name) {
        for (Method m : c.getMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError(name);
    }

    private static Class<?> load(Map<String, byte[]> classes, String name) throws ClassNotFoundException {
        ClassLoader loader = new ClassLoader(InlineConcatTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                byte[] b = classes.get(n);
                if (b == null) throw new ClassNotFoundException(n);
                return defineClass(n, b, 0, b.length);
            }
        };
        return Class.forName(name, true, loader);
    }

    /** The invokedynamic instructions of a class that StringConcatFactory links. */
    private static int concatSites(byte[] classFile) {
        return IndySites.count(classFile, "java/lang/invoke/StringConcatFactory", null);
    }

    private static int helpers(byte[] classFile) {
        int[] n = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (name.startsWith("paiban$concat$")) {
                    n[0]++;
                    assertFalse((access & Opcodes.ACC_PUBLIC) != 0, name + " is private");
                }
                return null;
            }
        }, 0);
        return n[0];
    }
}
