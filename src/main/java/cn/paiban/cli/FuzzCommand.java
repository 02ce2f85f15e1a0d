package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.typeset.Preflight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code paiban fuzz DIR [--seconds 600] [--seed 1] [--qpdf]}: a careless or hostile user, many times over. Each
 * mutant is a copy of the issue (and of the template) with one or a few things broken — bytes, JSON values, text
 * lengths, ids, page numbers, template values — taken through the export's own road (load, {@link Preflight}, PDF).
 * Every run must end in a clean refusal (the loader's, the template's or preflight's errors) or a PDF that reads
 * back, within a time bound; anything else — an unexpected exception, an Error, a hang — is counted and shown with
 * its seed so it can be replayed. Exit 1 when there was any.
 */
final class FuzzCommand implements Command {
    /** Made on first use: every command is constructed at each start, and a mapper costs ~50 ms of a cold export. */
    private static final class Json {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    @Override
    public String name() { return "fuzz"; }

    @Override
    public boolean runsLong() { return true; }

    @Override
    public String summary() { return Msg.get("cli.summary.fuzz"); }

    /** What a fuzz run found. */
    record Report(int mutants, int refused, int pdfs, List<String> crashes, List<String> hangs) {}

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--qpdf"), Set.of("--seconds", "--seed", "--template", "--max", "--timeout"));
        Path dir = Path.of(args.oneNamedBy("cli.args.issue-folder"));
        if (!Files.isRegularFile(dir.resolve("issue.json"))) throw new UsageException(Msg.get("io.store.no-issue-json", dir));
        long seconds = (long) args.number("--seconds", 600, 1, 7 * 24 * 3600);
        long seed = (long) args.number("--seed", 1, 0, Long.MAX_VALUE);
        int max = (int) args.number("--max", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        int timeout = (int) args.number("--timeout", 300, 1, 3600);
        Report r = fuzz(dir, Pipeline.templateDir(args.value("--template")), seed, seconds * 1000, max, timeout,
                args.has("--qpdf"), out);
        out.printf("fuzz: %d mutants (seed %d): %d refused cleanly, %d PDFs, %d crashes, %d hangs%n", r.mutants(), seed,
                r.refused(), r.pdfs(), r.crashes().size(), r.hangs().size());
        r.crashes().forEach(c -> out.println("  CRASH " + c));
        r.hangs().forEach(h -> out.println("  HANG " + h));
        return r.crashes().isEmpty() && r.hangs().isEmpty() ? 0 : 1;
    }

    /**
     * Runs mutants of {@code issue} from {@code seed} until {@code millis} have passed or {@code max} mutants
     * ran. Mutant n uses seed {@code seed + n}, so one can be replayed alone with --seed and --max 1.
     */
    static Report fuzz(Path issue, Path template, long seed, long millis, int max, int timeoutSeconds, boolean qpdf,
                       PrintStream log) throws IOException {
        Path work = Files.createTempDirectory("paiban-fuzz");
        ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        Pipeline pipeline = new Pipeline(cn.paiban.font.FontBook.standard(), template);
        int n = 0, refused = 0, pdfs = 0;
        List<String> crashes = new ArrayList<>(), hangs = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        try {
            while (n < max && System.currentTimeMillis() < end) {
                long s = seed + n;
                n++;
                Path copy = work.resolve("m" + s);
                Path tpl = work.resolve("t" + s);
                String what;
                try {
                    what = mutate(issue, template, copy, tpl, new Random(s));
                } catch (IOException e) {
                    crashes.add("seed " + s + ": could not make the mutant: " + e);
                    continue;
                }
                boolean ownTemplate = Files.isDirectory(tpl);
                Pipeline p = ownTemplate ? new Pipeline(pipeline.fonts(), tpl) : pipeline;
                Future<String> f = exec.submit(() -> once(p, copy, qpdf));
                try {
                    String outcome = f.get(timeoutSeconds, TimeUnit.SECONDS);
                    if (outcome.startsWith("PDF")) pdfs++;
                    else refused++;
                } catch (TimeoutException e) {
                    f.cancel(true);
                    hangs.add("seed " + s + " (" + what + "): no end after " + timeoutSeconds + " s");
                    // a hung worker keeps its thread; go on with a new one
                    exec.shutdownNow();
                    exec = Executors.newSingleThreadExecutor();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    crashes.add("seed " + s + " (" + what + "): " + c + (c.getStackTrace().length > 0 ? " at " + c.getStackTrace()[0] : ""));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } finally {
                    delete(copy);
                    delete(tpl);
                }
                if (log != null && n % 50 == 0) log.printf("fuzz: %d mutants, %d crashes, %d hangs%n", n, crashes.size(), hangs.size());
            }
        } finally {
            exec.shutdownNow();
            delete(work);
        }
        return new Report(n, refused, pdfs, crashes, hangs);
    }

    /** One mutant through the export's road: "refused: …" or "PDF n pages"; anything thrown is a crash. */
    static String once(Pipeline pipeline, Path dir, boolean qpdf) throws Exception {
        Issue issue;
        try {
            issue = IssueStore.load(dir);
        } catch (IssueFormatException e) {
            return "refused: " + e.getMessage();
        }
        LayoutResult layout;
        try {
            layout = Preflight.typeset(pipelineTypesetter(pipeline), issue, dir);
        } catch (cn.paiban.layout.TemplateException e) {
            return "refused: " + e.getMessage(); // the template's own check
        }
        if (!Preflight.blocking(layout).isEmpty()) return "refused: " + Preflight.blocking(layout).get(0).message();
        Path pdf = dir.resolve("out.pdf");
        pipeline.writePdf(layout.document(), new PdfOptions(true, false, dir), pdf, i -> { });
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            if (in.readNBytes(head, 0, 5) != 5 || !new String(head, StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw new IllegalStateException("the PDF written does not start with %PDF-");
            }
        }
        if (qpdf) {
            Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("qpdf --check: " + text.lines().limit(3).toList());
        }
        return "PDF " + layout.document().pages().size() + " pages";
    }

    private static cn.paiban.typeset.Typesetter pipelineTypesetter(Pipeline p) { return p.typesetter(); }

    // ---- mutations ---------------------------------------------------------------------------------

    /** Copies the issue (and, for template mutations, the template) and breaks it; says what was done. */
    static String mutate(Path issue, Path template, Path copy, Path tpl, Random r) throws IOException {
        copyTree(issue, copy);
        List<Path> articles;
        try (Stream<Path> s = Files.list(copy.resolve("articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int kinds = 1 + r.nextInt(3); // one to three mutations at once
        List<String> done = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            int what = r.nextInt(100);
            Path article = articles.get(r.nextInt(articles.size()));
            if (what < 12) {
                Path f = r.nextBoolean() ? copy.resolve("issue.json") : article;
                done.add("bytes of " + f.getFileName() + ": " + flipBytes(f, r));
            } else if (what < 45) {
                Path f = r.nextInt(3) == 0 ? copy.resolve("issue.json") : article;
                done.add("value in " + f.getFileName() + ": " + editJson(f, r, FuzzCommand::value));
            } else if (what < 62) {
                done.add("text length in " + article.getFileName() + ": " + editJson(article, r, FuzzCommand::length));
            } else if (what < 70) {
                done.add("id in issue.json: " + editJson(copy.resolve("issue.json"), r, FuzzCommand::id));
            } else if (what < 85) {
                done.add("page in issue.json: " + editJson(copy.resolve("issue.json"), r, FuzzCommand::page));
            } else {
                if (!Files.isDirectory(tpl)) copyTree(template, tpl);
                done.add("template: " + editJson(tpl.resolve("template.json"), r, FuzzCommand::templateValue));
            }
        }
        return String.join("; ", done);
    }

    private static final String JSON_BYTES = "{}[]\",:\\0\u0007\u0000";

    private static String flipBytes(Path f, Random r) throws IOException {
        byte[] b = Files.readAllBytes(f);
        if (b.length == 0) return "empty";
        int n = 1 + r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(b.length);
            int op = r.nextInt(4);
            if (op == 0) b[at] = (byte) r.nextInt(256);
            else if (op == 1) b[at] = (byte) JSON_BYTES.charAt(r.nextInt(JSON_BYTES.length()));
            else if (op == 2) b = java.util.Arrays.copyOf(b, at); // truncated
            else b[at] = (byte) (0x80 | r.nextInt(64)); // a broken UTF-8 sequence
            sb.append(op == 2 ? "cut at " + at : "byte " + at).append(' ');
            if (b.length == 0) break;
        }
        Files.write(f, b);
        return sb.toString().strip();
    }

    private interface Edit {
        String apply(ObjectNode root, Random r);
    }

    private static String editJson(Path f, Random r, Edit e) throws IOException {
        JsonNode root;
        try {
            root = Json.JSON.readTree(f.toFile());
        } catch (IOException notJson) {
            return "none (an earlier mutation left " + f.getFileName() + " no longer JSON)";
        }
        if (!(root instanceof ObjectNode o)) return "not an object";
        String what = e.apply(o, r);
        // a value with a lone surrogate is not UTF-8: write it as Jackson escapes it, which the loader must refuse
        Files.write(f, Json.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
        return what;
    }

    /** Every (container, key-or-index) of a tree, to pick one at random. */
    private static void slots(JsonNode n, List<Object[]> out) {
        if (n instanceof ObjectNode o) {
            for (var it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Object[] {o, e.getKey()});
                slots(e.getValue(), out);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[] {a, i});
                slots(a.get(i), out);
            }
        }
    }

    private static void set(Object[] slot, JsonNode v) {
        if (slot[0] instanceof ObjectNode o) o.set((String) slot[1], v);
        else ((ArrayNode) slot[0]).set((Integer) slot[1], v);
    }

    private static JsonNode get(Object[] slot) {
        return slot[0] instanceof ObjectNode o ? o.get((String) slot[1]) : ((ArrayNode) slot[0]).get((Integer) slot[1]);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static JsonNode odd(Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.numberNode(Integer.MAX_VALUE);
            case 1 -> NODES.numberNode(-1);
            case 2 -> NODES.numberNode(0);
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1E999999999"));
            case 4 -> NODES.textNode("");
            case 5 -> NODES.textNode("标题".repeat(1 + r.nextInt(2000)));
            case 6 -> NODES.textNode("\u001b[2J\u0007\u0000控制");
            case 7 -> NODES.textNode("😀𠀀\uD800");
            case 8 -> NODES.nullNode();
            case 9 -> NODES.booleanNode(true);
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.objectNode();
            case 12 -> NODES.numberNode(2.5);
            case 13 -> NODES.textNode("../../etc/passwd");
            case 14 -> NODES.textNode("CON");
            default -> NODES.numberNode(r.nextInt(20000) - 100);
        };
    }

    private static String value(ObjectNode root, Random r) {
        List<Object[]> slots = new ArrayList<>();
        slots(root, slots);
        if (slots.isEmpty()) return "nothing";
        Object[] s = slots.get(r.nextInt(slots.size()));
        if (r.nextInt(5) == 0 && s[0] instanceof ObjectNode o) {
            o.remove((String) s[1]);
            return "removed " + s[1];
        }
        JsonNode v = odd(r);
        set(s, v);
        return s[1] + " = " + abbreviate(v.toString());
    }

    private static String length(ObjectNode root, Random r) {
        List<Object[]> texts = new ArrayList<>();
        slots(root, texts);
        texts.removeIf(s -> !get(s).isTextual());
        if (texts.isEmpty()) return "no text";
        Object[] s = texts.get(r.nextInt(texts.size()));
        String t = get(s).asText();
        String v = switch (r.nextInt(4)) {
            case 0 -> t.repeat(2 + r.nextInt(60));
            case 1 -> t.isEmpty() ? t : t.substring(0, r.nextInt(t.length()));
            case 2 -> t + "、".repeat(r.nextInt(400));
            default -> "——".repeat(1 + r.nextInt(300)) + t;
        };
        set(s, NODES.textNode(v));
        return s[1] + " " + t.length() + " → " + v.length() + " chars";
    }

    private static String id(ObjectNode root, Random r) {
        List<Object[]> ids = new ArrayList<>();
        slots(root, ids);
        ids.removeIf(s -> !(get(s).isTextual() && (("article".equals(s[1]) || "id".equals(s[1]))
                || (s[0] instanceof ArrayNode && !get(s).asText().contains(" ")))));
        if (ids.isEmpty()) return "no id";
        Object[] s = ids.get(r.nextInt(ids.size()));
        String[] bad = {"CON", "aux", "nul", "com1", "", "a/b", "..", "x".repeat(150), "重复", "shuxie-gongye", "SHUXIE-GONGYE"};
        String v = bad[r.nextInt(bad.length)];
        set(s, NODES.textNode(v));
        return s[1] + " = " + abbreviate(v);
    }

    private static String page(ObjectNode root, Random r) {
        List<Object[]> pages = new ArrayList<>();
        slots(root, pages);
        pages.removeIf(s -> !(s[1] instanceof String k && (k.equals("startPage") || k.equals("continuesOn") || k.equals("page")
                || k.equals("firstPage"))));
        if (pages.isEmpty()) return "no page";
        Object[] s = pages.get(r.nextInt(pages.size()));
        int[] choices = {-1, 0, 1, 2, 3, 47, 48, 49, 60, 250, 9999, 10000, 100000, Integer.MAX_VALUE};
        int v = r.nextBoolean() ? choices[r.nextInt(choices.length)] : 1 + r.nextInt(64);
        set(s, NODES.numberNode(v));
        return s[1] + " = " + v;
    }

    private static String templateValue(ObjectNode root, Random r) {
        List<Object[]> slots = new ArrayList<>();
        slots(root, slots);
        slots.removeIf(s -> !(get(s).isValueNode()));
        if (slots.isEmpty()) return "nothing";
        Object[] s = slots.get(r.nextInt(slots.size()));
        String[] lengths = {"-50mm", "0pt", "0mm", "100000mm", "1e308mm", "NaNmm", "0.01pt", "500pt", "3mm", "12", "2em",
                "-1em", "999em", "Infinitypt"};
        JsonNode v = get(s).isTextual() ? NODES.textNode(lengths[r.nextInt(lengths.length)])
                : NODES.numberNode(new int[] {-1, 0, 1, 2, 500, 100000, Integer.MAX_VALUE}[r.nextInt(7)]);
        set(s, v);
        return s[1] + " = " + v;
    }

    private static String abbreviate(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
        return Findings.safe(t);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !p.getFileName().toString().endsWith(".pdf")) Files.copy(p, t);
            }
        }
    }

    private static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is no failure of the program under test
        }
    }
}
