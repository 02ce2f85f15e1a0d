package cn.paiban.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Turns the lambda and method-reference call sites of paiban.jar (invokedynamic instructions that
 * {@code LambdaMetafactory.metafactory} links on first use) into plain classes made at build time, as Android's D8
 * desugars lambdas. Linking a site costs the JVM a method-handle constant, a call to the metafactory and a class it
 * spins (or takes from the CDS archive) with the method-handle machinery's LambdaForms for the C1 compiler to
 * compile: in a cold export ≈70 ms of CPU in MethodHandleNatives.linkCallSite and linkMethodHandleConstant, and
 * java.lang.invoke was the package C1 compiled most. A class made here is an ordinary class of the jar, which the
 * AppCDS archive holds and loads in microseconds.
 *
 * <p>What a site becomes is what the metafactory would have spun: a final class {@code Host$$Fn$N} implementing the
 * functional interface, the captured values in final fields, the interface method calling the implementation
 * method with the metafactory's adaptations of the arguments and result (TypeConvertingMethodAdapter: casts to the
 * instantiated types, boxing, unboxing, primitive widening, a dropped result). A site that captures nothing gets
 * one instance, made when the class is initialised ({@code getstatic}), as the metafactory gives one instance per
 * site; a capturing site calls a static factory of its class ({@code invokestatic}), which takes the same stack as
 * the invokedynamic did, so the host's frames and stack sizes stay as they are. A private implementation method
 * (javac's {@code lambda$…} methods, private method references) is reached as the JDK's own lambda classes reach it:
 * the new class joins the host's nest (NestHost), and the nest's host lists it (NestMembers), so nothing is widened;
 * the other classes made join it too where they can, so that what they do has the access a JDK lambda class has.
 *
 * <p>Left as invokedynamic, and linked at run time as before: altMetafactory sites (serializable lambdas, marker
 * interfaces, bridges), classes older than Java 11's class files (no nestmates; in paiban.jar Jackson and POI, which a
 * cold export never loads), multi-release copies under META-INF/versions, interfaces that are Serializable or sealed,
 * super:: and protected methods of another package (the metafactory goes through a method handle for those),
 * array and field handles, any type it could not read, and any adaptation the metafactory would not make.
 *
 * <p>Run by the build after the shade and InlineConcat ({@code java -cp asm.jar LambdaDesugar.java JAR [PREFIX...]}):
 * it rewrites JAR in place, the classes whose entry names start with one of the prefixes (all when none is given).
 */
public final class LambdaDesugar {
    static final String LMF = "java/lang/invoke/LambdaMetafactory";
    private static final byte[] MARK = LMF.getBytes(StandardCharsets.ISO_8859_1);
    private static final String METAFACTORY_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";
    /** The suffix of the classes made, before their number: javac never makes a name with "$$". */
    static final String SUFFIX = "$$Fn$";
    static final String INSTANCE = "paiban$instance";
    static final String FACTORY = "paiban$create";

    private LambdaDesugar() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LambdaDesugar JAR [PREFIX...]   (entry-name prefixes such as cn/paiban/; all classes without)");
            System.err.println("       LambdaDesugar --check JAR     (the classes made, and their hosts, load and link in this JVM)");
            System.exit(2);
        }
        if (args[0].equals("--check") && args.length == 2) {
            List<String> problems = check(Path.of(args[1]));
            problems.forEach(System.err::println);
            if (!problems.isEmpty()) System.exit(1);
            return;
        }
        Result r = rewriteJar(Path.of(args[0]), List.of(Arrays.copyOfRange(args, 1, args.length)));
        System.out.println("LambdaDesugar: " + r.sites() + " lambda sites of " + r.hosts() + " classes made " + r.made()
                + " classes in " + args[0] + " (" + r.left() + " left as invokedynamic)");
    }

    /**
     * Loads, without initialising, every class made in {@code jar} that this JVM would use (not the base copies of a
     * class a versioned copy replaces) and its host, links them (which verifies their code) and checks that each made
     * class that names a nest host is a nestmate of its host. Returns what went wrong; a host that cannot load for a
     * class of an optional library missing from the jar is not counted.
     */
    public static List<String> check(Path jar) throws IOException {
        List<String> problems = new ArrayList<>();
        int linked = 0;
        int nested = 0;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile(), true, java.util.zip.ZipFile.OPEN_READ, Runtime.version());
                java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(file.entries())) {
                String entry = e.getName();
                if (!entry.endsWith(".class") || !entry.contains(SUFFIX)) continue;
                String n = entry.startsWith("META-INF/versions/") ? entry.substring(entry.indexOf('/', "META-INF/versions/".length()) + 1) : entry;
                n = n.substring(0, n.length() - ".class".length());
                java.util.jar.JarEntry used = file.getJarEntry(n + ".class");
                String host = n.substring(0, n.indexOf(SUFFIX));
                java.util.jar.JarEntry hostEntry = file.getJarEntry(host + ".class");
                if (used == null || !used.getRealName().equals(entry) || hostEntry == null) continue;   // not this JVM's copy
                String dir = entry.substring(0, entry.length() - n.length() - ".class".length());
                if (!hostEntry.getRealName().equals(dir + host + ".class")) continue;   // the host this JVM loads has its own
                try {
                    Class<?> made = Class.forName(n.replace('/', '.'), false, loader);
                    made.getDeclaredMethods();
                    Class<?> h = Class.forName(host.replace('/', '.'), false, loader);
                    h.getDeclaredMethods();
                    linked++;
                    byte[] b;
                    try (InputStream in = file.getInputStream(used)) {
                        b = in.readAllBytes();
                    }
                    if (contains(b, "NestHost".getBytes(StandardCharsets.ISO_8859_1))) {
                        nested++;
                        if (made.getNestHost() == made || !made.isNestmateOf(h)) problems.add(n + " is not in the nest of " + host);
                    }
                } catch (NoClassDefFoundError optional) {
                    // a library class the jar leaves out (POI's optional parts and the like)
                } catch (LinkageError | ClassNotFoundException | SecurityException err) {
                    problems.add(n + ": " + err);
                }
            }
        }
        System.out.println("LambdaDesugar --check: " + linked + " classes made and their hosts linked, " + nested
                + " of them nestmates of their hosts, " + problems.size() + " problems");
        return problems;
    }

    /** How many sites became classes, in how many host classes, how many classes were made, how many sites were left. */
    public record Result(int sites, int hosts, int made, int left, Map<String, byte[]> classes) {}

    /**
     * Rewrites the classes of {@code jar} under {@code prefixes} (all when empty) in place. A multi-release jar (OpenPDF
     * has its classes under META-INF/versions/17/ too, the copies a Java 17 loads) is rewritten view by view: the
     * classes of one directory see the classes of the directories below it and the base ones, as a JVM of that
     * version does, and the classes made for them go beside them. The names made are unique over the whole jar.
     */
    public static Result rewriteJar(Path jar, List<String> prefixes) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            TreeMap<Integer, Set<String>> dirs = new TreeMap<>();   // release (0 for the base) -> class names in it
            try (Stream<Path> all = Files.walk(fs.getPath("/"))) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    String n = p.toString().substring(1);
                    if (!n.endsWith(".class")) continue;
                    n = n.substring(0, n.length() - ".class".length());
                    int release = 0;
                    if (n.startsWith("META-INF/versions/")) {
                        int slash = n.indexOf('/', "META-INF/versions/".length());
                        if (slash < 0) continue;
                        try {
                            release = Integer.parseInt(n.substring("META-INF/versions/".length(), slash));
                        } catch (NumberFormatException e) {
                            continue;
                        }
                        n = n.substring(slash + 1);
                    } else if (n.startsWith("META-INF/")) {
                        continue;
                    }
                    dirs.computeIfAbsent(release, k -> new HashSet<>()).add(n);
                }
            }
            Set<String> names = new HashSet<>();
            Predicate<String> taken = name -> names.contains(name) || dirs.values().stream().anyMatch(d -> d.contains(name));
            int sites = 0, hosts = 0, made = 0, left = 0;
            Map<String, byte[]> all = new TreeMap<>();
            for (int release : dirs.keySet()) {
                String dir = release == 0 ? "/" : "/META-INF/versions/" + release + "/";
                Set<String> here = dirs.get(release);
                Map<String, byte[]> candidates = new TreeMap<>();
                for (String name : here) {
                    if (!matches(name, prefixes)) continue;
                    byte[] b = Files.readAllBytes(fs.getPath(dir + name + ".class"));
                    if (contains(b, MARK)) candidates.put(name, b);
                }
                // What a JVM of this release loads for a name: the copy of the highest directory up to it.
                Function<String, byte[]> view = name -> {
                    for (int r : dirs.headMap(release, true).descendingKeySet()) {
                        if (!dirs.get(r).contains(name)) continue;
                        try {
                            return Files.readAllBytes(fs.getPath((r == 0 ? "/" : "/META-INF/versions/" + r + "/") + name + ".class"));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                };
                // A nest host that must list a class made: one of this directory, which no later JVM replaces by a
                // copy of a higher directory unless it replaces the host of the site too (then it takes both).
                BiPredicate<String, String> nestable = (host, nestHost) -> {
                    if (!here.contains(nestHost) || !matches(nestHost, prefixes)) return false;
                    for (Set<String> above : dirs.tailMap(release, false).values()) {
                        if (above.contains(nestHost) && !above.contains(host)) return false;
                    }
                    return true;
                };
                Result r = rewrite(candidates, view, taken, nestable, names);
                for (Map.Entry<String, byte[]> e : r.classes().entrySet()) {
                    Path p = fs.getPath(dir + e.getKey() + ".class");
                    if (p.getParent() != null) Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                    all.put(dir.substring(1) + e.getKey(), e.getValue());
                }
                sites += r.sites();
                hosts += r.hosts();
                made += r.made();
                left += r.left();
            }
            return new Result(sites, hosts, made, left, all);
        }
    }

    private static boolean matches(String name, List<String> prefixes) {
        if (prefixes.isEmpty()) return true;
        for (String prefix : prefixes) if (name.startsWith(prefix)) return true;
        return false;
    }

    /**
     * Desugars the lambda sites of {@code candidates} (internal name → class file). {@code lookup} gives any other
     * class of the program (null when there is none: then the JDK's is read); {@code taken} says whether a name is
     * used; {@code nestable} whether the nest host of a host may be changed to list a class made; {@code names}, the
     * names made so far, gets those made here. Returns the classes changed and made (internal name → class file).
     */
    public static Result rewrite(Map<String, byte[]> candidates, Function<String, byte[]> lookup,
            Predicate<String> taken, BiPredicate<String, String> nestable, Set<String> names) {
        Classes classes = new Classes(candidates, lookup);
        int before = names.size();
        Map<String, List<Site>> sitesOf = new LinkedHashMap<>();
        Map<String, List<String>> newMembers = new LinkedHashMap<>();
        int left = 0;
        for (Map.Entry<String, byte[]> e : candidates.entrySet()) {
            String host = e.getKey();
            Info info = classes.get(host);
            if (info == null || info.version < Opcodes.V11 || foreignAttributes(e.getValue())) {
                left += countSites(e.getValue());
                continue;
            }
            List<Site> sites = new ArrayList<>();
            int[] counter = {1};
            new ClassReader(e.getValue()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                            if (!bsm.getOwner().equals(LMF)) return;
                            Site site = analyse(classes, info, name, descriptor, bsm, args);
                            if (site != null) {
                                // As the JDK's lambda classes, the class made is a nestmate of its host wherever the
                                // nest's host can list it (what it does through reflection then has the same access);
                                // a private implementation needs it.
                                String nestHost = classes.nestHost(host);
                                site.nested = nestHost != null && nestable.test(host, nestHost) && classes.get(nestHost) != null
                                        && classes.get(nestHost).version >= Opcodes.V11 && !foreignAttributes(classes.bytes(nestHost));
                                if (site.privateImpl && !site.nested) site = null;
                            }
                            if (site != null) {
                                String made;
                                do {
                                    made = host + SUFFIX + counter[0]++;
                                } while (taken.test(made) || names.contains(made));
                                names.add(made);
                                site.name = made;
                                if (site.nested) newMembers.computeIfAbsent(classes.nestHost(host), k -> new ArrayList<>()).add(made);
                            }
                            sites.add(site);
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            left += (int) sites.stream().filter(s -> s == null).count();
            if (sites.stream().anyMatch(s -> s != null)) sitesOf.put(host, sites);
        }
        Map<String, byte[]> out = new TreeMap<>();
        int count = 0;
        Set<String> changed = new HashSet<>(sitesOf.keySet());
        changed.addAll(newMembers.keySet());
        for (String host : changed) {
            byte[] in = candidates.containsKey(host) ? candidates.get(host) : classes.bytes(host);
            List<Site> sites = sitesOf.getOrDefault(host, List.of());
            Info info = classes.get(host);
            out.put(host, rewriteHost(in, sites, newMembers.getOrDefault(host, List.of())));
            for (Site s : sites) {
                if (s == null) continue;
                count++;
                out.put(s.name, make(s, info, s.nested ? classes.nestHost(host) : null));
            }
        }
        return new Result(count, sitesOf.size(), names.size() - before, left, out);
    }

    /**
     * Whether a class file has attributes ASM does not know (none in paiban.jar): a class is rewritten with a constant
     * pool of its own, which would leave the constant-pool indices inside such an attribute pointing elsewhere.
     */
    static boolean foreignAttributes(byte[] classFile) {
        boolean[] found = {false};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitAttribute(org.objectweb.asm.Attribute attribute) {
                found[0] = true;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitAttribute(org.objectweb.asm.Attribute attribute) {
                        found[0] = true;
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitAttribute(org.objectweb.asm.Attribute attribute) {
                        found[0] = true;
                    }
                };
            }

            @Override
            public org.objectweb.asm.RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
                return new org.objectweb.asm.RecordComponentVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitAttribute(org.objectweb.asm.Attribute attribute) {
                        found[0] = true;
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return found[0];
    }

    private static int countSites(byte[] classFile) {
        int[] n = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                        if (bsm.getOwner().equals(LMF)) n[0]++;
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return n[0];
    }

    /** One lambda site to make a class for. */
    static final class Site {
        String name;                 // the class made for it
        final String itf;            // the functional interface
        final String method;         // its method's name
        final String factoryDesc;    // the invokedynamic's descriptor: (captured...)Litf;
        final Type sam;              // the interface method's (erased) type
        final Type instantiated;     // its type at the site
        final Handle impl;
        final boolean privateImpl;   // the implementation is private: the class made must join the host's nest
        boolean nested;              // the class made joins the host's nest

        Site(String itf, String method, String factoryDesc, Type sam, Type instantiated, Handle impl, boolean privateImpl) {
            this.itf = itf;
            this.method = method;
            this.factoryDesc = factoryDesc;
            this.sam = sam;
            this.instantiated = instantiated;
            this.impl = impl;
            this.privateImpl = privateImpl;
        }

        boolean capturing() {
            return Type.getArgumentTypes(factoryDesc).length > 0;
        }

        /** The implementation as a method handle's type: receiver first, a constructor returning its class. */
        Type implType() {
            Type t = Type.getMethodType(impl.getDesc());
            return switch (impl.getTag()) {
                case Opcodes.H_INVOKESTATIC -> t;
                case Opcodes.H_NEWINVOKESPECIAL -> Type.getMethodType(Type.getObjectType(impl.getOwner()), t.getArgumentTypes());
                default -> {
                    Type[] a = t.getArgumentTypes();
                    Type[] b = new Type[a.length + 1];
                    b[0] = Type.getObjectType(impl.getOwner());
                    System.arraycopy(a, 0, b, 1, a.length);
                    yield Type.getMethodType(t.getReturnType(), b);
                }
            };
        }
    }

    /** The site as a class to make, or null when it stays an invokedynamic. */
    static Site analyse(Classes classes, Info host, String name, String descriptor, Handle bsm, Object[] args) {
        if (bsm.getTag() != Opcodes.H_INVOKESTATIC || !bsm.getName().equals("metafactory")
                || !bsm.getDesc().equals(METAFACTORY_DESC) || args.length != 3) return null;
        if (!(args[0] instanceof Type sam) || !(args[1] instanceof Handle impl) || !(args[2] instanceof Type inst)) return null;
        if (sam.getSort() != Type.METHOD || inst.getSort() != Type.METHOD) return null;
        Type factory = Type.getMethodType(descriptor);
        if (factory.getReturnType().getSort() != Type.OBJECT) return null;
        String itf = factory.getReturnType().getInternalName();
        Info itfInfo = classes.get(itf);
        if (itfInfo == null || (itfInfo.access & Opcodes.ACC_INTERFACE) == 0 || itfInfo.sealed) return null;
        if (classes.serializable(itf) != Boolean.FALSE) return null;
        if (!accessible(itfInfo, host)) return null;
        if (impl.getOwner().startsWith("[")) return null;

        // Which instruction calls the implementation, and whether the class made must be a nestmate to reach it.
        int tag = impl.getTag();
        String implName = impl.getName();
        Info owner = classes.get(impl.getOwner());
        if (owner == null || !accessible(owner, host)) return null;
        if (((owner.access & Opcodes.ACC_INTERFACE) != 0) != impl.isInterface()) return null;
        Member m;
        switch (tag) {
            case Opcodes.H_INVOKESTATIC, Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> {
                if (implName.startsWith("<")) return null;
                m = classes.resolve(impl.getOwner(), implName, impl.getDesc());
                if (m == null) return null;
                boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
                if (isStatic != (tag == Opcodes.H_INVOKESTATIC)) return null;
            }
            case Opcodes.H_NEWINVOKESPECIAL -> {
                if (!implName.equals("<init>") || (owner.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) return null;
                Integer access = owner.methods.get(implName + impl.getDesc());
                if (access == null) return null;
                m = new Member(impl.getOwner(), access);
            }
            case Opcodes.H_INVOKESPECIAL -> {
                // Classes compiled before nestmates call their private instance methods so; super:: is left alone.
                if (implName.startsWith("<") || !impl.getOwner().equals(host.name)) return null;
                Integer access = owner.methods.get(implName + impl.getDesc());
                if (access == null || (access & Opcodes.ACC_PRIVATE) == 0 || (access & Opcodes.ACC_STATIC) != 0) return null;
                m = new Member(impl.getOwner(), access);
                impl = new Handle(impl.isInterface() ? Opcodes.H_INVOKEINTERFACE : Opcodes.H_INVOKEVIRTUAL,
                        impl.getOwner(), implName, impl.getDesc(), impl.isInterface());
            }
            default -> {
                return null;   // field handles
            }
        }
        boolean privateImpl = false;
        if ((m.access & Opcodes.ACC_PRIVATE) != 0) {
            String a = classes.nestHost(m.owner);
            if (a == null || !a.equals(classes.nestHost(host.name)) || !m.owner.equals(impl.getOwner())) return null;
            privateImpl = true;
        } else if ((m.access & Opcodes.ACC_PUBLIC) == 0) {
            // Package access, or protected: the class made is in the host's package; a protected method of another
            // package the metafactory calls through a method handle (it could not otherwise), so it stays.
            if (!pkg(m.owner).equals(pkg(host.name))) return null;
        }

        // The adaptations the metafactory would make, and only those.
        Type[] captured = factory.getArgumentTypes();
        Type implType = new Site(itf, name, descriptor, sam, inst, impl, privateImpl).implType();
        Type[] implArgs = implType.getArgumentTypes();
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = inst.getArgumentTypes();
        if (samArgs.length != instArgs.length || captured.length + samArgs.length != implArgs.length) return null;
        for (int i = 0; i < captured.length; i++) {
            if (captured[i].equals(implArgs[i])) continue;
            // A captured receiver may be of a subclass of the implementation's class.
            if (i == 0 && tag != Opcodes.H_INVOKESTATIC && tag != Opcodes.H_NEWINVOKESPECIAL
                    && captured[0].getSort() == Type.OBJECT && classes.isSubclass(captured[0].getInternalName(), impl.getOwner())) {
                continue;
            }
            return null;
        }
        for (int i = 0; i < samArgs.length; i++) {
            if (!adaptable(samArgs[i], implArgs[captured.length + i], instArgs[i], classes)) return null;
        }
        Type implReturn = implType.getReturnType();
        Type samReturn = sam.getReturnType();
        if (samReturn.getSort() != Type.VOID) {
            if (implReturn.getSort() == Type.VOID) return null;
            if (!adaptableReturn(implReturn, samReturn, classes)) return null;
        }
        if (inst.getReturnType().getSort() != Type.VOID && samReturn.getSort() == Type.VOID) return null;
        return new Site(itf, name, descriptor, sam, inst, impl, privateImpl);
    }

    /** Whether an argument of the erased type {@code arg}, of {@code functional} at the site, converts to {@code target}. */
    private static boolean adaptable(Type arg, Type target, Type functional, Classes classes) {
        if (arg.getSort() == Type.VOID || target.getSort() == Type.VOID || functional.getSort() == Type.VOID) return false;
        if (arg.equals(target) && arg.equals(functional)) return true;
        if (primitive(arg)) {
            if (!arg.equals(functional)) return false;
            return primitive(target) ? widens(arg, target) : boxesTo(arg, target);
        }
        if (primitive(functional)) return false;
        if (!isReference(functional)) return false;
        if (primitive(target)) {
            Type w = unboxed(functional);
            return w == null ? isNumberOrBox(functional, target) : widens(w, target);
        }
        return true;   // reference to reference: cast to the functional type, then to the target's
    }

    private static boolean adaptableReturn(Type implReturn, Type samReturn, Classes classes) {
        if (implReturn.equals(samReturn)) return true;
        if (primitive(implReturn)) return primitive(samReturn) ? widens(implReturn, samReturn) : boxesTo(implReturn, samReturn);
        if (primitive(samReturn)) {
            Type w = unboxed(implReturn);
            return w == null ? isNumberOrBox(implReturn, samReturn) : widens(w, samReturn);
        }
        return true;
    }

    /** A reference that is not a box, unboxed to {@code target}: cast to Number (or Character, Boolean), then unboxed. */
    private static boolean isNumberOrBox(Type ref, Type target) {
        String n = ref.getInternalName();
        return n.equals("java/lang/Object") || (n.equals("java/lang/Number") && target.getSort() != Type.BOOLEAN && target.getSort() != Type.CHAR)
                || n.equals("java/lang/Comparable") || n.equals("java/io/Serializable");
    }

    private static boolean boxesTo(Type prim, Type target) {
        Type box = unboxed(target);
        if (box != null) return widens(prim, box);
        String n = target.getInternalName();
        return n.equals("java/lang/Object") || n.equals("java/io/Serializable") || n.equals("java/lang/Comparable")
                || (n.equals("java/lang/Number") && prim.getSort() != Type.BOOLEAN && prim.getSort() != Type.CHAR);
    }

    private static boolean primitive(Type t) {
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    /** Whether the primitive {@code from} widens to {@code to} (or is it), as Wrapper.isConvertibleFrom says. */
    static boolean widens(Type from, Type to) {
        if (from.equals(to)) return true;
        int f = from.getSort();
        int t = to.getSort();
        if (f == Type.BOOLEAN || t == Type.BOOLEAN || t == Type.CHAR || t == Type.BYTE) return false;
        return switch (f) {
            case Type.BYTE -> true;                                  // short int long float double
            case Type.SHORT, Type.CHAR -> t != Type.SHORT;           // int long float double
            case Type.INT -> t == Type.LONG || t == Type.FLOAT || t == Type.DOUBLE;
            case Type.LONG -> t == Type.FLOAT || t == Type.DOUBLE;
            case Type.FLOAT -> t == Type.DOUBLE;
            default -> false;
        };
    }

    private static final String[] BOXES = {null, "java/lang/Boolean", "java/lang/Character", "java/lang/Byte",
        "java/lang/Short", "java/lang/Integer", "java/lang/Float", "java/lang/Long", "java/lang/Double"};

    /** The primitive type a box holds, or null. */
    static Type unboxed(Type t) {
        if (t.getSort() != Type.OBJECT) return null;
        for (int s = Type.BOOLEAN; s <= Type.DOUBLE; s++) {
            if (BOXES[s].equals(t.getInternalName())) return primitiveOfSort(s);
        }
        return null;
    }

    private static Type primitiveOfSort(int sort) {
        return switch (sort) {
            case Type.BOOLEAN -> Type.BOOLEAN_TYPE;
            case Type.CHAR -> Type.CHAR_TYPE;
            case Type.BYTE -> Type.BYTE_TYPE;
            case Type.SHORT -> Type.SHORT_TYPE;
            case Type.INT -> Type.INT_TYPE;
            case Type.FLOAT -> Type.FLOAT_TYPE;
            case Type.LONG -> Type.LONG_TYPE;
            default -> Type.DOUBLE_TYPE;
        };
    }

    private static String pkg(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private static boolean accessible(Info c, Info from) {
        return (c.access & Opcodes.ACC_PUBLIC) != 0 || pkg(c.name).equals(pkg(from.name));
    }

    /** The host with its lambda sites replaced and the classes made that join its nest listed. */
    private static byte[] rewriteHost(byte[] classFile, List<Site> sites, List<String> members) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(0);   // a constant pool of its own: without the bootstrap entries left unused
        int[] next = {0};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                        Site site = bsm.getOwner().equals(LMF) ? sites.get(next[0]++) : null;
                        if (site == null) {
                            super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
                        } else if (site.capturing()) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, site.name, FACTORY, descriptor, false);
                        } else {
                            super.visitFieldInsn(Opcodes.GETSTATIC, site.name, INSTANCE, "L" + site.itf + ";");
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (String m : members) super.visitNestMember(m);
                super.visitEnd();
            }
        }, 0);
        if (next[0] != sites.size()) throw new IllegalStateException("sites of " + reader.getClassName() + " changed between passes");
        return writer.toByteArray();
    }

    /** The class for one site: what InnerClassLambdaMetafactory would spin, as an ordinary class of the host's package. */
    private static byte[] make(Site s, Info host, String nestHost) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(host.version, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, s.name, null,
                "java/lang/Object", new String[] {s.itf});
        if (nestHost != null) cw.visitNestHost(nestHost);
        Type[] captured = Type.getArgumentTypes(s.factoryDesc);
        for (int i = 0; i < captured.length; i++) {
            FieldVisitor fv = cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + (i + 1), captured[i].getDescriptor(), null, null);
            fv.visitEnd();
        }
        String ctorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            slot += captured[i].getSize();
            mv.visitFieldInsn(Opcodes.PUTFIELD, s.name, "arg$" + (i + 1), captured[i].getDescriptor());
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (captured.length == 0) {
            cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, INSTANCE, "L" + s.itf + ";", null, null).visitEnd();
            mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            mv.visitTypeInsn(Opcodes.NEW, s.name);
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, s.name, "<init>", "()V", false);
            mv.visitFieldInsn(Opcodes.PUTSTATIC, s.name, INSTANCE, "L" + s.itf + ";");
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        } else {
            mv = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, FACTORY, s.factoryDesc, null, null);
            mv.visitCode();
            mv.visitTypeInsn(Opcodes.NEW, s.name);
            mv.visitInsn(Opcodes.DUP);
            slot = 0;
            for (Type t : captured) {
                mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
                slot += t.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, s.name, "<init>", ctorDesc, false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        // The interface's method: captured values, then the arguments converted, the call, the result converted.
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, s.method, s.sam.getDescriptor(), null, null);
        mv.visitCode();
        Handle impl = s.impl;
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, s.name, "arg$" + (i + 1), captured[i].getDescriptor());
        }
        Type implType = s.implType();
        Type[] implArgs = implType.getArgumentTypes();
        Type[] samArgs = s.sam.getArgumentTypes();
        Type[] instArgs = s.instantiated.getArgumentTypes();
        slot = 1;
        for (int i = 0; i < samArgs.length; i++) {
            mv.visitVarInsn(samArgs[i].getOpcode(Opcodes.ILOAD), slot);
            slot += samArgs[i].getSize();
            convert(mv, samArgs[i], implArgs[captured.length + i], instArgs[i]);
        }
        int op = switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            default -> throw new IllegalStateException("handle kind " + impl.getTag());
        };
        mv.visitMethodInsn(op, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
        Type implReturn = implType.getReturnType();
        Type samReturn = s.sam.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSize() == 1) mv.visitInsn(Opcodes.POP);
            if (implReturn.getSize() == 2) mv.visitInsn(Opcodes.POP2);
        } else {
            convert(mv, implReturn, samReturn, samReturn);
        }
        mv.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * TypeConvertingMethodAdapter.convertType's instructions: a value of {@code arg} passed to {@code target}, checked
     * to be of {@code functional} (the instantiated type).
     */
    private static void convert(MethodVisitor mv, Type arg, Type target, Type functional) {
        if (arg.equals(target) && arg.equals(functional)) return;
        if (arg.getSort() == Type.VOID || target.getSort() == Type.VOID) return;
        if (primitive(arg)) {
            if (primitive(target)) {
                widen(mv, arg, target);
            } else {
                Type prim = unboxed(target);
                if (prim != null) {
                    widen(mv, arg, prim);
                    box(mv, prim);
                } else {
                    box(mv, arg);
                    cast(mv, BOXES[arg.getSort()], target.getInternalName());
                }
            }
            return;
        }
        String src;
        if (primitive(functional)) {
            src = arg.getInternalName();
        } else {
            src = functional.getInternalName();
            cast(mv, arg.getInternalName(), src);
        }
        if (primitive(target)) {
            Type ps = unboxed(Type.getObjectType(src));
            if (ps != null) {
                if (ps.getSort() != Type.BOOLEAN && ps.getSort() != Type.CHAR) {
                    unbox(mv, BOXES[ps.getSort()], target);   // Integer.longValue() and so on
                } else {
                    unbox(mv, BOXES[ps.getSort()], ps);
                    widen(mv, ps, target);
                }
            } else {
                String intermediate = target.getSort() == Type.BOOLEAN || target.getSort() == Type.CHAR
                        ? BOXES[target.getSort()] : "java/lang/Number";
                cast(mv, src, intermediate);
                unbox(mv, intermediate, target);
            }
        } else {
            cast(mv, src, target.getInternalName());
        }
    }

    private static void cast(MethodVisitor mv, String from, String to) {
        if (!to.equals(from) && !to.equals("java/lang/Object")) mv.visitTypeInsn(Opcodes.CHECKCAST, to);
    }

    private static void box(MethodVisitor mv, Type prim) {
        String box = BOXES[prim.getSort()];
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, box, "valueOf", "(" + prim.getDescriptor() + ")L" + box + ";", false);
    }

    private static void unbox(MethodVisitor mv, String box, Type prim) {
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, prim.getClassName() + "Value", "()" + prim.getDescriptor(), false);
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) return;
        int f = from.getSort();
        int t = to.getSort();
        boolean intLike = f == Type.BYTE || f == Type.SHORT || f == Type.CHAR || f == Type.INT;
        int op = Opcodes.NOP;
        if (intLike) {
            op = t == Type.LONG ? Opcodes.I2L : t == Type.FLOAT ? Opcodes.I2F : t == Type.DOUBLE ? Opcodes.I2D : Opcodes.NOP;
        } else if (f == Type.LONG) {
            op = t == Type.FLOAT ? Opcodes.L2F : t == Type.DOUBLE ? Opcodes.L2D : Opcodes.NOP;
        } else if (f == Type.FLOAT) {
            op = t == Type.DOUBLE ? Opcodes.F2D : Opcodes.NOP;
        }
        if (op != Opcodes.NOP) mv.visitInsn(op);
    }

    /** What is known of a class: its name, version, access, super types, methods' access, nest host. */
    static final class Info {
        String name;
        int version;
        int access;
        String superName;
        String[] interfaces = new String[0];
        String nestHost;
        boolean sealed;
        final Map<String, Integer> methods = new HashMap<>();
    }

    /** A method found by resolution: the class declaring it and its access flags. */
    record Member(String owner, int access) {}

    /** The classes of the program (the jar's, else the JDK's), read when first asked. */
    static final class Classes {
        private final Map<String, byte[]> given;
        private final Function<String, byte[]> lookup;
        private final Map<String, Info> infos = new HashMap<>();

        Classes(Map<String, byte[]> given, Function<String, byte[]> lookup) {
            this.given = given;
            this.lookup = lookup;
        }

        byte[] bytes(String name) {
            byte[] b = given.get(name);
            if (b == null) b = lookup.apply(name);
            if (b == null) {
                try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
                    if (in != null && (name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/")
                            || name.startsWith("sun/") || name.startsWith("com/sun/") || name.startsWith("org/w3c/")
                            || name.startsWith("org/xml/"))) {
                        b = in.readAllBytes();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return b;
        }

        Info get(String name) {
            if (infos.containsKey(name)) return infos.get(name);
            byte[] b = bytes(name);
            Info info = null;
            if (b != null) {
                Info i = new Info();
                new ClassReader(b).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                        i.name = n;
                        i.version = version & 0xFFFF;
                        i.access = access;
                        i.superName = superName;
                        if (interfaces != null) i.interfaces = interfaces;
                    }

                    @Override
                    public void visitNestHost(String nestHost) {
                        i.nestHost = nestHost;
                    }

                    @Override
                    public void visitPermittedSubclass(String permittedSubclass) {
                        i.sealed = true;
                    }

                    @Override
                    public MethodVisitor visitMethod(int access, String n, String descriptor, String signature, String[] exceptions) {
                        i.methods.put(n + descriptor, access);
                        return null;
                    }
                }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                if (name.equals(i.name)) info = i;
            }
            infos.put(name, info);
            return info;
        }

        /** The nest host of a class (itself when it names none), or null when unknown. */
        String nestHost(String name) {
            Info i = get(name);
            if (i == null) return null;
            return i.nestHost != null ? i.nestHost : name;
        }

        /** TRUE or FALSE whether the type is java.io.Serializable or extends it; null when some super type is unknown. */
        Boolean serializable(String name) {
            if (name.equals("java/io/Serializable")) return Boolean.TRUE;
            Info i = get(name);
            if (i == null) return null;
            List<String> supers = new ArrayList<>(Arrays.asList(i.interfaces));
            if (i.superName != null) supers.add(i.superName);
            Boolean result = Boolean.FALSE;
            for (String s : supers) {
                Boolean b = serializable(s);
                if (b == Boolean.TRUE) return b;
                if (b == null) result = null;
            }
            return result;
        }

        boolean isSubclass(String sub, String sup) {
            for (String s = sub; s != null; ) {
                if (s.equals(sup)) return true;
                Info i = get(s);
                if (i == null) return false;
                for (String itf : i.interfaces) if (isSubclass(itf, sup)) return true;
                s = i.superName;
            }
            return false;
        }

        /** The method a call to owner.name(desc) resolves to (JVMS 5.4.3.3/4, roughly), or null. */
        Member resolve(String owner, String name, String desc) {
            for (String c = owner; c != null; ) {
                Info i = get(c);
                if (i == null) return null;
                Integer a = i.methods.get(name + desc);
                if (a != null) return new Member(c, a);
                c = i.superName;
            }
            return resolveInInterfaces(owner, name, desc, new HashSet<>());
        }

        private Member resolveInInterfaces(String c, String name, String desc, Set<String> seen) {
            Info i = get(c);
            if (i == null) return null;
            for (String itf : i.interfaces) {
                if (!seen.add(itf)) continue;
                Info ii = get(itf);
                if (ii == null) return null;
                Integer a = ii.methods.get(name + desc);
                if (a != null && (a & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) return new Member(itf, a);
                Member m = resolveInInterfaces(itf, name, desc, seen);
                if (m != null) return m;
            }
            return i.superName == null ? null : resolveInInterfaces(i.superName, name, desc, seen);
        }
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
