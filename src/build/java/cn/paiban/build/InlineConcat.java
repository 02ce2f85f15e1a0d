package cn.paiban.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Recompiles the string concatenations of libraries in paiban.jar as javac's {@code -XDstringConcat=inline} does
 * Paiban's own: a call to a StringBuilder chain instead of an invokedynamic that StringConcatFactory links on first
 * use. Linking one spins method-handle classes at run time (LambdaForm$MH, through the JDK's ASM) and every call
 * goes through method handles until the JIT has compiled them: in a cold export, OpenPDF's and Flying Saucer's 57
 * concatenation sites spun ~70 classes and made java.lang.invoke the largest package the C1 compiler compiled. The
 * strings made are the same: StringBuilder.append formats each argument as String.valueOf does, which is what
 * StringConcatFactory calls; only the sites move, into a private static method of their own class per recipe.
 *
 * <p>Run by the build after the shade ({@code java -cp asm.jar InlineConcat.java JAR PREFIX...}): it rewrites, in
 * place, the classes of JAR whose entry names start with one of the prefixes (the versioned copies of a multi-release
 * library under META-INF/versions/N/ too); every other entry is copied as it is.
 */
public final class InlineConcat {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final byte[] MARK = FACTORY.getBytes(StandardCharsets.ISO_8859_1);
    private static final char ARG = '\u0001';
    private static final char CONST = '\u0002';

    private InlineConcat() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: InlineConcat JAR PREFIX...   (entry-name prefixes such as com/lowagie/)");
            System.exit(2);
        }
        int[] counts = rewriteJar(Path.of(args[0]), List.of(Arrays.copyOfRange(args, 1, args.length)));
        System.out.println("InlineConcat: " + counts[1] + " concatenations in " + counts[0] + " classes of " + args[0]);
    }

    /** Rewrites the classes of {@code jar} under {@code prefixes} in place; returns {classes changed, sites}. */
    public static int[] rewriteJar(Path jar, List<String> prefixes) throws IOException {
        int classes = 0;
        int sites = 0;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(fs.getPath("/"))) {
                files = all.filter(p -> p.toString().endsWith(".class") && matches(entryName(p), prefixes)).toList();
            }
            for (Path p : files) {
                byte[] in;
                try (InputStream s = Files.newInputStream(p)) {
                    in = s.readAllBytes();
                }
                Rewritten r = rewrite(in);
                if (r == null) continue;
                Files.write(p, r.bytes());
                classes++;
                sites += r.sites();
            }
        }
        return new int[] {classes, sites};
    }

    /** The entry name without a multi-release version prefix: what the prefixes are matched against. */
    private static String entryName(Path p) {
        String n = p.toString().substring(1);
        if (n.startsWith("META-INF/versions/")) {
            int slash = n.indexOf('/', "META-INF/versions/".length());
            if (slash > 0) n = n.substring(slash + 1);
        }
        return n;
    }

    private static boolean matches(String name, List<String> prefixes) {
        for (String prefix : prefixes) if (name.startsWith(prefix)) return true;
        return false;
    }

    /** A class file rewritten, and how many concatenation sites it had. */
    public record Rewritten(byte[] bytes, int sites) {}

    /** {@code classFile} with its concatenation sites made StringBuilder calls, or null when it has none. */
    public static Rewritten rewrite(byte[] classFile) {
        if (!contains(classFile, MARK)) return null;   // the constant pool names the factory of every such site
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        Sites sites = new Sites();
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                sites.owner = name;
                sites.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... bsmArgs) {
                        String helper = sites.helperFor(bsm, descriptor, bsmArgs);
                        if (helper == null) {
                            super.visitInvokeDynamicInsn(name, descriptor, bsm, bsmArgs);
                        } else {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, sites.owner, helper, descriptor, sites.isInterface);
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                sites.emit(writer);
                super.visitEnd();
            }
        }, 0);
        if (sites.count == 0) return null;
        return new Rewritten(writer.toByteArray(), sites.count);
    }

    /** The concatenation sites of one class: one helper method per distinct recipe, constants and argument types. */
    private static final class Sites {
        String owner;
        boolean isInterface;
        int count;
        final Map<List<Object>, String> helpers = new LinkedHashMap<>();

        String helperFor(Handle bsm, String descriptor, Object[] bsmArgs) {
            if (!bsm.getOwner().equals(FACTORY)) return null;
            String recipe;
            Object[] constants;
            if (bsm.getName().equals("makeConcatWithConstants")) {
                recipe = (String) bsmArgs[0];
                constants = Arrays.copyOfRange(bsmArgs, 1, bsmArgs.length);
            } else if (bsm.getName().equals("makeConcat")) {
                recipe = String.valueOf(ARG).repeat(Type.getArgumentTypes(descriptor).length);
                constants = new Object[0];
            } else {
                return null;
            }
            for (Object c : constants) {
                if (!(c instanceof String || c instanceof Integer || c instanceof Long || c instanceof Float || c instanceof Double)) {
                    return null;   // a class or method-handle constant: javac never makes one; leave such a site alone
                }
            }
            count++;
            List<Object> key = new ArrayList<>();
            key.add(descriptor);
            key.add(recipe);
            key.addAll(Arrays.asList(constants));
            return helpers.computeIfAbsent(key, k -> "paiban$concat$" + helpers.size());
        }

        void emit(ClassWriter writer) {
            for (Map.Entry<List<Object>, String> e : helpers.entrySet()) {
                List<Object> key = e.getKey();
                String descriptor = (String) key.get(0);
                String recipe = (String) key.get(1);
                List<Object> constants = key.subList(2, key.size());
                MethodVisitor mv = writer.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                        e.getValue(), descriptor, null, null);
                mv.visitCode();
                emitBody(mv, descriptor, recipe, constants);
                mv.visitEnd();
            }
        }
    }

    /** new StringBuilder().append(...)...toString(), the arguments and constants in the recipe's order. */
    private static void emitBody(MethodVisitor mv, String descriptor, String recipe, List<Object> constants) {
        Type[] params = Type.getArgumentTypes(descriptor);
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        int arg = 0;
        int slot = 0;
        int constant = 0;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c != ARG && c != CONST) {
                literal.append(c);
                continue;
            }
            if (c == CONST) {
                literal.append(constants.get(constant++));
                continue;
            }
            appendLiteral(mv, literal);
            Type t = params[arg++];
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + appendType(t) + ")Ljava/lang/StringBuilder;", false);
        }
        appendLiteral(mv, literal);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(3, slot);   // the builder, and a long or double argument
    }

    private static void appendLiteral(MethodVisitor mv, StringBuilder literal) {
        if (literal.length() == 0) return;
        mv.visitLdcInsn(literal.toString());
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
        literal.setLength(0);
    }

    /** The append overload that formats a value of {@code t} as String.valueOf does. */
    private static String appendType(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
    }

    private static boolean contains(byte[] a, byte[] key) {
        outer:
        for (int i = 0; i + key.length <= a.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (a[i + j] != key[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
