package cn.paiban.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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
 * The build's desugaring of lambda sites: a fixture with every shape javac makes (lambdas capturing nothing, locals,
 * this, longs and doubles; method references to static, instance, interface, private and constructor methods,
 * bound and unbound; boxing, unboxing, widening, a dropped result, generic erasure; inner, anonymous and local
 * classes, a subclass with lambda methods of the same names, interfaces with default, static and private methods,
 * a static initialiser) gives the very same results, exceptions included, after the rewrite, with no
 * LambdaMetafactory site left but the serializable one, which stays an invokedynamic and still works.
 */
class LambdaDesugarTest {
    private static final String SHAPES = """
            package fx;
            import java.util.*;
            import java.util.function.*;
            public class Shapes {
                static final Supplier<String> FROM_CLINIT;
                static final IntSupplier CONSTANT = () -> 42;
                static {
                    int k = 7;
                    FROM_CLINIT = () -> "clinit" + k;
                }
                private int field = 5;
                final String name;
                public Shapes(String name) { this.name = name; }
                public Shapes() { this("none"); }
                private Shapes(int n) { this("n" + n); }
                private static String privStatic(String s) { return "ps:" + s; }
                private String privInst(String s) { return name + ":" + s; }
                static int pkgStatic(int a, int b) { return a * b; }
                protected long prot(long x) { return x + field; }
                public String pub() { return "pub " + name; }
                public String viaThis() { Supplier<String> s = this::pub; return s.get(); }
                public String ownLambda() { Supplier<String> s = () -> "base lambda " + field; return s.get(); }
                static String describe(Object o) { return o == null ? "null" : o.getClass().getSimpleName() + "=" + o; }

                class Inner {
                    String go() {
                        Supplier<String> s = () -> name + field;             // lambda in a nest member, outer's private field
                        Function<String, String> p = Shapes.this::privInst;   // private method of the nest host
                        UnaryOperator<String> q = Shapes::privStatic;
                        IntFunction<Shapes> c = Shapes::new;                   // private constructor of the nest host
                        return s.get() + "|" + p.apply("in") + "|" + q.apply("q") + "|" + c.apply(9).name;
                    }
                }
                static class Nested {
                    private static String hidden(int x) { return "hidden" + x; }
                    static IntFunction<String> ref() { return Nested::hidden; }
                }

                interface Greeter {
                    String greet(String who);
                    default Function<String, String> twice() { return w -> greet(greet(w)); }
                    static Greeter polite() { return w -> "dear " + w; }
                    private String secret(String w) { return "secret " + w; }
                    default Function<String, String> secretly() { return this::secret; }
                    Supplier<String> IN_INTERFACE = () -> "interface field";
                }

                public static List<String> run() {
                    List<String> out = new ArrayList<>();
                    Function<String, Integer> len = s -> s.length();
                    out.add("len " + len.apply("hello"));
                    int k = 3;
                    String pre = "x";
                    BiFunction<Integer, Integer, String> bf = (a, b) -> pre + (a + b + k);
                    out.add(bf.apply(4, 5));
                    Function<String, Integer> parse = Integer::parseInt;
                    out.add("parse " + parse.apply("-17"));
                    Function<String, String> up = String::toUpperCase;
                    out.add(up.apply("abc"));
                    String s = "abcd";
                    Supplier<Integer> bound = s::length;
                    out.add("bound " + bound.get());
                    Function<List<String>, Integer> size = List::size;
                    out.add("size " + size.apply(List.of("a", "b")));
                    Function<String, Shapes> ctor = Shapes::new;
                    out.add("ctor " + ctor.apply("made").name);
                    Supplier<ArrayList<String>> listNew = ArrayList::new;
                    out.add("list " + listNew.get().size());
                    IntFunction<String[]> arrays = String[]::new;
                    out.add("array " + arrays.apply(3).length);
                    UnaryOperator<String> ps = Shapes::privStatic;
                    out.add(ps.apply("p"));
                    Shapes me = new Shapes("me");
                    Function<String, String> pi = me::privInst;
                    out.add(pi.apply("bound private"));
                    BiFunction<Shapes, String, String> upi = Shapes::privInst;
                    out.add(upi.apply(me, "unbound private"));
                    IntBinaryOperator mul = Shapes::pkgStatic;
                    out.add("mul " + mul.applyAsInt(6, 7));
                    LongBinaryOperator lmul = (a, b) -> a * b;
                    out.add("lmul " + lmul.applyAsLong(1L << 40, 3));
                    ToLongFunction<String> widenLong = String::length;
                    out.add("widen " + widenLong.applyAsLong("four"));
                    ToDoubleFunction<String> widenDouble = String::length;
                    out.add("widenD " + widenDouble.applyAsDouble("three"));
                    Function<Integer, String> hex = Integer::toHexString;
                    out.add(hex.apply(255));
                    IntFunction<Object> boxObject = Integer::valueOf;
                    out.add(describe(boxObject.apply(12)));
                    Function<Character, Integer> digit = Character::getNumericValue;
                    out.add("digit " + digit.apply('7'));
                    ToIntFunction<Character> charToInt = c -> c;
                    out.add("char " + charToInt.applyAsInt('A'));
                    Predicate<String> empty = String::isEmpty;
                    out.add("empty " + empty.test("") + empty.test("a"));
                    Consumer<String> adder = out::add;
                    adder.accept("consumer dropped a boolean");
                    Comparator<String> cmp = String::compareTo;
                    out.add("cmp " + Integer.signum(cmp.compare("a", "b")));
                    List<String> words = new ArrayList<>(List.of("ccc", "a", "bb"));
                    words.sort(Comparator.comparing(String::length));
                    out.add(String.join(",", words));
                    long big = 1L << 40;
                    double half = 0.5;
                    char c = 'z';
                    boolean flag = true;
                    LongSupplier wide = () -> big + (long) (half * 4) + c + (flag ? 1 : 0);
                    out.add("wide " + wide.getAsLong());
                    DoubleUnaryOperator dop = Math::sqrt;
                    out.add("sqrt " + dop.applyAsDouble(2.25));
                    Function<Long, Long> prot = me::prot;
                    out.add("prot " + prot.apply(10L));
                    Supplier<String> viaThis = new Sub("sub")::viaThis;
                    out.add(viaThis.get());
                    out.add(new Sub("s").ownLambda() + " / " + new Sub("s").subLambda());
                    out.add(me.new Inner().go());
                    out.add(Nested.ref().apply(3));
                    Greeter g = Greeter.polite();
                    out.add(g.twice().apply("you") + " " + g.secretly().apply("x") + " " + Greeter.IN_INTERFACE.get());
                    Greeter anon = new Greeter() {
                        public String greet(String w) {
                            Function<String, String> f = x -> "anon " + x + " " + me.name;
                            return f.apply(w);
                        }
                    };
                    out.add(anon.twice().apply("w"));
                    class Local { String hi() { Supplier<String> h = () -> "local " + k; return h.get(); } }
                    out.add(new Local().hi());
                    out.add(FROM_CLINIT.get() + " " + CONSTANT.getAsInt());
                    try {
                        // Method.invoke checks its caller's access: the lambda class, a nestmate of Shapes in the JDK
                        Invoker reflective = Shapes.class.getDeclaredMethod("privStatic", String.class)::invoke;
                        out.add("reflective " + reflective.call(null, new Object[] {"r"}));
                    } catch (Exception e) {
                        out.add("reflective " + e);
                    }
                    Runnable serial = (Runnable & java.io.Serializable) () -> out.add("serializable still runs");
                    serial.run();
                    List<Object> same = new ArrayList<>();
                    List<Object> fresh = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        Supplier<String> none = () -> "none";
                        int j = i;
                        Supplier<String> one = () -> "one" + j;
                        same.add(none);
                        fresh.add(one);
                    }
                    out.add("non-capturing is one instance " + (same.get(0) == same.get(1)));
                    out.add("capturing is not " + (fresh.get(0) != fresh.get(1)));
                    out.add(thrown(() -> ((Function) len).apply(5)));
                    out.add(thrown(() -> hex.apply(null)));
                    out.add(thrown(() -> ((Function) digit).apply("no char")));
                    String nothing = args().isEmpty() ? null : "";
                    out.add(thrown(() -> { Supplier<Integer> x = nothing::length; }));
                    return out;
                }

                static List<String> args() { return List.of(); }
                interface Invoker { Object call(Object target, Object[] args) throws Exception; }
                static String thrown(Runnable r) {
                    try {
                        r.run();
                        return "no exception";
                    } catch (RuntimeException e) {
                        return e.getClass().getName();
                    }
                }
            }
            """;
    private static final String SUB = """
            package fx;
            import java.util.function.*;
            public class Sub extends Shapes {
                public Sub(String name) { super(name); }
                @Override public String pub() { return "overridden pub " + name; }
                // javac names this lambda as Shapes' own: a widened base method would be overridden by it
                public String subLambda() { Supplier<String> s = () -> "sub lambda"; return s.get(); }
            }
            """;
    private static final String OTHER = """
            package fx.other;
            import java.util.function.*;
            public class Other extends fx.Shapes {
                public Other() { super("other"); }
                public long viaProtected() { LongUnaryOperator f = this::prot; return f.applyAsLong(1); }
                public static Object check() { return new Other().viaProtected(); }
            }
            """;

    private static Map<String, byte[]> original;

    @BeforeAll
    static void compile(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("fx/other"));
        Files.writeString(src.resolve("fx/Shapes.java"), SHAPES);
        Files.writeString(src.resolve("fx/Sub.java"), SUB);
        Files.writeString(src.resolve("fx/other/Other.java"), OTHER);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-nowarn", "-Xlint:none"));
        args.add(src.resolve("fx/Shapes.java").toString());
        args.add(src.resolve("fx/Sub.java").toString());
        args.add(src.resolve("fx/other/Other.java").toString());
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, rc, "the fixture compiles");
        original = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = out.relativize(f).toString().replaceAll("\\.class$", "");
                original.put(name, Files.readAllBytes(f));
            }
        }
        assertTrue(sites(original.get("fx/Shapes")) > 40, "javac made lambda sites to rewrite");
    }

    private static Map<String, byte[]> rewritten(LambdaDesugar.Result[] result) {
        Map<String, byte[]> candidates = new TreeMap<>(original);
        LambdaDesugar.Result r = LambdaDesugar.rewrite(candidates, n -> null, original::containsKey, (h, n) -> original.containsKey(n), new HashSet<>());
        result[0] = r;
        Map<String, byte[]> all = new HashMap<>(original);
        all.putAll(r.classes());
        return all;
    }

    @Test
    void theSameResultsAfterTheRewrite() throws Exception {
        LambdaDesugar.Result[] r = new LambdaDesugar.Result[1];
        Map<String, byte[]> after = rewritten(r);
        @SuppressWarnings("unchecked")
        List<String> before = (List<String>) load(original, "fx.Shapes").getMethod("run").invoke(null);
        @SuppressWarnings("unchecked")
        List<String> now = (List<String>) load(after, "fx.Shapes").getMethod("run").invoke(null);
        assertEquals(before, now);
        assertTrue(now.contains("java.lang.ClassCastException") && now.contains("java.lang.NullPointerException"), now.toString());
        assertTrue(now.contains("overridden pub sub") && now.contains("base lambda 5 / sub lambda"), now.toString());
        assertTrue(now.contains("reflective ps:r"), now.toString());
        assertEquals(load(original, "fx.other.Other").getMethod("check").invoke(null), load(after, "fx.other.Other").getMethod("check").invoke(null));
    }

    @Test
    void noMetafactorySiteIsLeftButTheSerializableOne() {
        LambdaDesugar.Result[] r = new LambdaDesugar.Result[1];
        Map<String, byte[]> after = rewritten(r);
        int before = original.values().stream().mapToInt(c -> sites(c, "metafactory")).sum();
        assertEquals(before, r[0].sites(), "every metafactory site");
        assertEquals(2, r[0].left(), "the serializable lambda, and its copy in $deserializeLambda$");
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            assertEquals(0, sites(e.getValue(), "metafactory"), e.getKey());
            assertEquals(sites(original.get(e.getKey()) == null ? e.getValue() : original.get(e.getKey()), "altMetafactory"),
                    sites(e.getValue(), "altMetafactory"), e.getKey());
            String text = new String(e.getValue(), StandardCharsets.ISO_8859_1);
            if (!e.getKey().equals("fx/Shapes")) assertFalse(text.contains("java/lang/invoke/LambdaMetafactory"), e.getKey());
        }
        assertEquals(2, sites(after.get("fx/Shapes"), "altMetafactory"));
    }

    @Test
    void privateImplementationsAreReachedAsNestmatesNotWidened() {
        LambdaDesugar.Result[] r = new LambdaDesugar.Result[1];
        Map<String, byte[]> after = rewritten(r);
        for (String host : List.of("fx/Shapes", "fx/Sub", "fx/Shapes$Inner", "fx/Shapes$Greeter")) {
            Map<String, Integer> was = methods(original.get(host));
            Map<String, Integer> now = methods(after.get(host));
            assertEquals(was, now, host + ": the same methods with the same access");
        }
        List<String> members = nestMembers(after.get("fx/Shapes"));
        assertTrue(members.containsAll(nestMembers(original.get("fx/Shapes"))));
        assertTrue(members.stream().anyMatch(m -> m.startsWith("fx/Shapes$Inner$$Fn$")), "Inner's lambda classes join Shapes' nest: " + members);
        assertTrue(members.stream().anyMatch(m -> m.startsWith("fx/Shapes$$Fn$")), members.toString());
        assertTrue(nestMembers(after.get("fx/Sub")).stream().allMatch(m -> m.startsWith("fx/Sub$$Fn$")));
        for (String made : r[0].classes().keySet()) {
            if (!made.contains("$$Fn$")) continue;
            assertFalse(original.containsKey(made), made);
        }
    }

    @Test
    void aClassWithAnAttributeAsmDoesNotKnowIsLeftAsItIs() {
        org.objectweb.asm.ClassWriter w = new org.objectweb.asm.ClassWriter(0);
        new ClassReader(original.get("fx/Sub")).accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public void visitEnd() {
                super.visitAttribute(new org.objectweb.asm.Attribute("Vendor") {
                    @Override
                    protected org.objectweb.asm.ByteVector write(org.objectweb.asm.ClassWriter cw, byte[] code, int len, int maxStack, int maxLocals) {
                        return new org.objectweb.asm.ByteVector().putShort(cw.newUTF8("an index into the pool"));
                    }
                });
                super.visitEnd();
            }
        }, 0);
        Map<String, byte[]> candidates = new TreeMap<>(Map.of("fx/Sub", w.toByteArray()));
        LambdaDesugar.Result r = LambdaDesugar.rewrite(candidates, original::get, original::containsKey, (h, n) -> true, new HashSet<>());
        assertEquals(0, r.sites());
        assertEquals(sites(original.get("fx/Sub")), r.left());
        assertTrue(r.classes().isEmpty());
    }

    @Test
    void aNonCapturingSiteGivesOneInstanceOfAClassOfTheJar() throws Exception {
        Map<String, byte[]> after = rewritten(new LambdaDesugar.Result[1]);
        Class<?> shapes = load(after, "fx.Shapes");
        java.lang.reflect.Field f = shapes.getDeclaredField("CONSTANT");
        f.setAccessible(true);
        Object constant = f.get(null);
        assertTrue(constant.getClass().getName().startsWith("fx.Shapes$$Fn$"), constant.getClass().getName());
        assertFalse(constant.getClass().isHidden());
        assertTrue(constant.getClass().isSynthetic());
        assertEquals(shapes, constant.getClass().getNestHost());
        java.lang.reflect.Field g = load(original, "fx.Shapes").getDeclaredField("CONSTANT");
        g.setAccessible(true);
        assertTrue(g.get(null).getClass().isHidden(), "the JDK's lambda class");
    }

    @Test
    void aJarIsRewrittenInPlaceWithItsVersionedCopiesBesideThem(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("lib.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            for (Map.Entry<String, byte[]> e : original.entrySet()) {
                for (String prefix : new String[] {"", "META-INF/versions/17/"}) {
                    if (prefix.length() > 0 && !e.getKey().startsWith("fx/Shapes")) continue;
                    out.putNextEntry(new JarEntry(prefix + e.getKey() + ".class"));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
        }
        LambdaDesugar.Result r = LambdaDesugar.rewriteJar(jar, List.of("fx/"));
        assertTrue(r.sites() > 80, "both copies: " + r.sites());
        Map<String, byte[]> base = new HashMap<>();
        Map<String, byte[]> v17 = new HashMap<>();
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of());
                Stream<Path> files = Files.walk(fs.getPath("/"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String n = p.toString().substring(1).replaceAll("\\.class$", "");
                if (n.startsWith("META-INF/versions/17/")) v17.put(n.substring("META-INF/versions/17/".length()), Files.readAllBytes(p));
                else base.put(n, Files.readAllBytes(p));
            }
        }
        Map<String, byte[]> java17 = new HashMap<>(base);
        java17.putAll(v17);
        for (Map<String, byte[]> view : List.of(base, java17)) {
            @SuppressWarnings("unchecked")
            List<String> results = (List<String>) load(view, "fx.Shapes").getMethod("run").invoke(null);
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) load(original, "fx.Shapes").getMethod("run").invoke(null);
            assertEquals(expected, results);
        }
        assertTrue(v17.keySet().stream().anyMatch(n -> n.contains("$$Fn$")), "the versioned copies' classes are beside them");
        for (String n : v17.keySet()) if (n.contains("$$Fn$")) assertFalse(base.containsKey(n), "names are unique over the jar: " + n);
        assertNotNull(base.get("fx/Sub"));
        assertEquals(0, LambdaDesugar.rewriteJar(jar, List.of("fx/")).sites(), "a rewritten jar has nothing left to rewrite");
        assertEquals(List.of(), LambdaDesugar.check(jar), "the build's check of the jar");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Files.write(fs.getPath("META-INF/versions/17/fx/Shapes.class"), original.get("fx/Shapes"));   // a host not listing its classes
        }
        List<String> problems = LambdaDesugar.check(jar);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("fx/Shapes$$Fn$") && p.contains("not in the nest")), problems.toString());
    }

    private static Class<?> load(Map<String, byte[]> classes, String name) throws ClassNotFoundException {
        ClassLoader loader = new ClassLoader(LambdaDesugarTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String n) throws ClassNotFoundException {
                byte[] b = classes.get(n.replace('.', '/'));
                if (b == null) throw new ClassNotFoundException(n);
                return defineClass(n, b, 0, b.length);
            }
        };
        return Class.forName(name, true, loader);
    }

    static int sites(byte[] classFile) {
        return sites(classFile, "metafactory") + sites(classFile, "altMetafactory");
    }

    /** The invokedynamic instructions of a class that LambdaMetafactory's {@code bootstrap} links. */
    static int sites(byte[] classFile, String bootstrap) {
        return IndySites.count(classFile, "java/lang/invoke/LambdaMetafactory", bootstrap);
    }

    private static Map<String, Integer> methods(byte[] classFile) {
        Map<String, Integer> m = new TreeMap<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                m.put(name + descriptor, access);
                return null;
            }
        }, 0);
        return m;
    }

    private static List<String> nestMembers(byte[] classFile) {
        List<String> m = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitNestMember(String nestMember) {
                m.add(nestMember);
            }
        }, 0);
        return m;
    }
}
