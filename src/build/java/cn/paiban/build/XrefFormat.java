package cn.paiban.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Has OpenPDF's cross-reference entry write its line through cn.paiban.render.pdf.XrefEntries.format instead of
 * String.format (which sets up a Formatter, a regular expression and a locale's digits for each of the PDF's
 * objects). Run by the build on the shaded jar ({@code java -cp asm.jar XrefFormat.java JAR}); it rewrites, in place,
 * every copy of the entry's class (the multi-release ones under META-INF/versions/N/ too) and only the call to
 * {@code String.format(String, Object...)} in it. A jar whose OpenPDF has no such call is left as it is, with a warning.
 */
public final class XrefFormat {
    static final String ENTRY = "com/lowagie/text/pdf/PdfWriter$PdfBody$PdfCrossReference";
    static final String HELPER = "cn/paiban/render/pdf/XrefEntries";
    private static final String FORMAT = "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;";

    private XrefFormat() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: XrefFormat JAR");
            System.exit(2);
        }
        int sites = rewriteJar(Path.of(args[0]));
        System.out.println(sites == 0 ? "XrefFormat: WARNING, no String.format call in " + ENTRY + " of " + args[0]
                : "XrefFormat: " + sites + " String.format calls of " + ENTRY + " made XrefEntries.format in " + args[0]);
    }

    /** Rewrites every copy of the entry class in {@code jar}; returns the calls replaced. */
    public static int rewriteJar(Path jar) throws IOException {
        int sites = 0;
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(fs.getPath("/"))) {
                files = all.filter(p -> p.toString().endsWith("/" + ENTRY + ".class")).toList();
            }
            for (Path p : files) {
                byte[] in;
                try (InputStream s = Files.newInputStream(p)) {
                    in = s.readAllBytes();
                }
                int[] count = new int[1];
                byte[] out = rewrite(in, count);
                if (count[0] == 0) continue;
                Files.write(p, out);
                sites += count[0];
            }
        }
        return sites;
    }

    /** {@code classFile} with its String.format(String, Object...) calls made XrefEntries.format; {@code count[0]} how many. */
    public static byte[] rewrite(byte[] classFile, int[] count) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean isInterface) {
                        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/String") && name.equals("format")
                                && desc.equals(FORMAT)) {
                            count[0]++;
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, HELPER, "format", FORMAT, false);
                        } else {
                            super.visitMethodInsn(opcode, owner, name, desc, isInterface);
                        }
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
