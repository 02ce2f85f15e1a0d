package cn.paiban.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The build has OpenPDF's cross-reference entry call XrefEntries.format where it called String.format, and nothing else. */
class XrefFormatTest {
    @Test
    void theEntryOfThisOpenPdfCallsTheHelperInstead() throws Exception {
        byte[] original;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(XrefFormat.ENTRY + ".class")) {
            assertNotNull(in, "OpenPDF's cross-reference entry class");
            original = in.readAllBytes();
        }
        List<String> before = calls(original);
        int[] count = new int[1];
        List<String> after = calls(XrefFormat.rewrite(original, count));
        assertEquals(1, count[0], "OpenPDF 2.0.5 formats each line with one String.format call");
        List<String> expected = new ArrayList<>();
        for (String c : before) {
            expected.add(c.equals("java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;")
                    ? XrefFormat.HELPER + ".format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;" : c);
        }
        assertEquals(expected, after);
    }

    /** Every method call of a class, in order: owner.name descriptor. */
    private static List<String> calls(byte[] classFile) {
        List<String> out = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        out.add(owner + "." + n + d);
                    }
                };
            }
        }, 0);
        return out;
    }
}
