package cn.paiban.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The invokedynamic instructions of a class file whose bootstrap method is {@code owner}'s (named {@code name}, or any). */
final class IndySites {
    private IndySites() {}

    static int count(byte[] classFile, String owner, String name) {
        int[] n = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String m, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n2, String descriptor, Handle bsm, Object... args) {
                        if (bsm.getOwner().equals(owner) && (name == null || bsm.getName().equals(name))) n[0]++;
                    }
                };
            }
        }, 0);
        return n[0];
    }
}
