package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Block;
import cn.paiban.model.Colophon;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the plain text of a printed issue (a PDF-to-text dump such as samples/seed/…txt) into an
 * {@link Issue}: 卷首语, masthead and board, contents, colophon, articles with their jumps, unlisted items,
 * the statistics table, and the page plan from the printed contents. Reads only; the caller saves.
 */
public final class PlainTextImporter {
    private PlainTextImporter() {}

    /** {@code unsureEncoding}: the note when the file's encoding was a guess the detector was not sure of, else null. */
    public record Result(Issue issue, ImportReport report, String unsureEncoding) {
        public Result(Issue issue, ImportReport report) { this(issue, report, null); }
    }

    private static final Pattern SIGNATURE = Pattern.compile("^（(\\p{IsHan}{2,5})）$");
    private static final Pattern NOTICE_TITLE = Pattern.compile(".*(启事|通知|公告|声明)$");

    public static Result importFile(Path file) throws ImportException { return importFile(file, ImportDecisions.none()); }

    public static Result importFile(Path file, ImportDecisions decisions) throws ImportException {
        return importFile(file, decisions, null);
    }

    /** {@code encoding} (may be null: detect it) overrides the guess; a guess goes into the report as a note. */
    public static Result importFile(Path file, ImportDecisions decisions, java.nio.charset.Charset encoding) throws ImportException {
        ImportReport report = new ImportReport();
        DumpReader.Dump dump = DumpReader.read(file, encoding);
        String encodingNote = dump.decoded().note(file);
        String unsure = dump.decoded().lowConfidence() ? encodingNote : null;
        if (unsure != null) report.ambiguous(0, unsure);
        else if (encodingNote != null) report.note(0, encodingNote);
        List<SourceLine> lines = dump.lines();
        int masthead = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (FrontMatterParser.isMastheadStart(lines.get(i).text())) {
                masthead = i;
                break;
            }
        }
        boolean hasContents = lines.stream().anyMatch(l -> ContentsParser.isSectionLine(l.text()));
        if (masthead < 0 || !hasContents) {
            throw new ImportException(file, 0, Msg.get(masthead < 0 && !hasContents ? "import.text.not-a-dump.both" : masthead < 0 ? "import.text.not-a-dump.masthead"
                    : "import.text.not-a-dump.contents"));
        }
        FrontMatter fm = FrontMatterParser.parse(file, lines, masthead, report);
        Contents contents = fm.contents();
        Slugs articleIds = new Slugs();
        Slugs sectionIds = new Slugs();

        // page 1: the editorial, before the masthead
        List<Contents.Entry> entries = new ArrayList<>(contents.entries());
        Draft editorial = null;
        Contents.Entry editorialEntry = null;
        List<Unit> front = UnitReader.units(lines.subList(0, masthead));
        if (!front.isEmpty()) {
            editorialEntry = entries.get(0);
            if (!Chars.squeeze(front.get(0).text()).equals(Chars.squeeze(editorialEntry.title()))) {
                throw new ImportException(file, front.get(0).line(), Msg.get("import.text.editorial-first", front.get(0).text(), editorialEntry.title()));
            }
            editorial = new Draft();
            editorial.firstLine = front.get(0).line();
            editorial.title = front.get(0).text();
            int end = front.size();
            Matcher sig = SIGNATURE.matcher(front.get(end - 1).text());
            if (sig.matches()) {
                editorial.signature = sig.group(1);
                end--;
            }
            editorial.body.addAll(front.subList(1, end));
            entries.remove(0);
        }

        List<Unit> units = UnitReader.units(lines.subList(fm.bodyStart(), lines.size()));
        List<ArticleSplitter.Region> regions = ArticleSplitter.split(file, units, entries, report);
        Map<Contents.Entry, Draft> drafts = new LinkedHashMap<>();
        Map<Contents.Entry, Block.Table> tables = new LinkedHashMap<>();
        List<Placed> items = new ArrayList<>();
        List<Continuation> continuations = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            ArticleSplitter.Region reg = regions.get(r);
            List<Unit> sub = units.subList(reg.start(), reg.end());
            if (TableParser.isTable(sub)) {
                tables.put(reg.entry(), TableParser.parse(units.subList(reg.title(), reg.end()), report));
                continue;
            }
            ArticleParser.Parsed p = ArticleParser.parse(sub, reg.title() - reg.start(), reg.entry().authors(), report);
            drafts.put(reg.entry(), p.draft());
            List<Unit> rest = p.rest();
            int c = -1;
            for (int j = 0; j < rest.size(); j++) if (rest.get(j).jumpInPage() > 0) { c = j; break; }
            List<Unit> loose = new ArrayList<>(c < 0 ? rest : rest.subList(0, c));
            if (c >= 0) {
                int stop = rest.size();
                String source = null;
                for (int j = c; j < rest.size(); j++) {
                    Matcher m = ArticleParser.SOURCE.matcher(rest.get(j).text());
                    if (m.matches()) { stop = j; source = m.group(1); break; }
                }
                if (source == null) report.ambiguous(rest.get(c).line(), Msg.get("import.text.continuation-open", rest.get(c).jumpInPage()));
                continuations.add(new Continuation(rest.get(c).jumpInPage(), reg, List.copyOf(rest.subList(c, stop)), source));
                if (stop + 1 < rest.size()) loose.addAll(rest.subList(stop + 1, rest.size()));
            }
            if (!loose.isEmpty()) {
                for (List<Unit> item : ItemParser.split(loose, report)) items.add(new Placed(ItemParser.parse(item, report), r));
            }
        }

        // continuations go back to the article that jumped: it starts at or before the page named by 上接
        for (Continuation cont : continuations) {
            Contents.Entry owner = null;
            for (Map.Entry<Contents.Entry, Draft> e : drafts.entrySet()) {
                if (e.getValue().jumpOut == 0) continue;
                int start = e.getKey().page();
                int next = nextPage(entries, e.getKey());
                if (cont.fromPage >= start && cont.fromPage < next) {
                    if (owner != null) throw new ImportException(file, cont.units.get(0).line(), Msg.get("import.text.continuation-two-owners", cont.fromPage));
                    owner = e.getKey();
                }
            }
            if (owner == null) throw new ImportException(file, cont.units.get(0).line(), Msg.get("import.text.continuation-no-owner", cont.fromPage));
            Draft d = drafts.get(owner);
            int regionPage = cont.region.entry().page();
            if (d.jumpOut < regionPage || d.jumpOut >= nextPage(entries, cont.region.entry())) {
                report.ambiguous(cont.units.get(0).line(), Msg.get("import.text.continuation-elsewhere", d.title, d.jumpOut, cont.region.entry().title()));
            }
            d.body.addAll(cont.units);
            if (cont.source != null) {
                if (d.source != null) report.ambiguous(cont.units.get(0).line(), Msg.get("import.text.two-sources", d.title));
                d.source = cont.source;
            }
        }

        // build the model
        ParagraphJoiner joiner = new ParagraphJoiner(report, decisions);
        List<Section> sections = new ArrayList<>();
        List<Article> notices = new ArrayList<>();
        List<Article> fillers = new ArrayList<>();
        List<PagePlan.Entry> plan = new ArrayList<>();
        Map<Contents.Section, List<Article>> news = new LinkedHashMap<>();
        Map<Contents.Section, Integer> newsPage = new LinkedHashMap<>();
        Map<Integer, List<Placed>> itemsAfterRegion = new LinkedHashMap<>();
        for (Placed p : items) itemsAfterRegion.computeIfAbsent(p.region, k -> new ArrayList<>()).add(p);
        Map<Contents.Entry, List<PagePlan.Entry>> planAfter = new LinkedHashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            Contents.Entry e = regions.get(r).entry();
            for (Placed p : itemsAfterRegion.getOrDefault(r, List.of())) {
                Draft d = p.draft;
                Contents.Section empty = emptySectionAfter(contents, e, r + 1 < regions.size() ? regions.get(r + 1).entry() : null);
                ArticleKind kind = NOTICE_TITLE.matcher(d.title).matches() ? ArticleKind.NOTICE : empty != null ? ArticleKind.NEWS : ArticleKind.FILLER;
                Article a = article(d, kind, articleIds, joiner, null);
                Integer page;
                if (kind == ArticleKind.NEWS) {
                    news.computeIfAbsent(empty, k -> new ArrayList<>()).add(a);
                    page = newsPage.containsKey(empty) ? null : empty.page();
                    newsPage.put(empty, empty.page());
                } else {
                    (kind == ArticleKind.NOTICE ? notices : fillers).add(a);
                    int next = nextPage(entries, e);
                    page = next - 1 > e.page() ? next - 1 : e.page();
                    report.ambiguous(d.firstLine, Msg.get(r + 1 < regions.size() ? "import.text.unlisted-before" : "import.text.unlisted-last", Msg.get("import.text.kind." + kind.name().toLowerCase()),
                            d.title, page, r + 1 < regions.size() ? regions.get(r + 1).entry().title() : ""));
                }
                planAfter.computeIfAbsent(e, k -> new ArrayList<>()).add(new PagePlan.Entry(a.id(), page, null));
            }
        }
        for (Contents.Section cs : contents.sections()) {
            List<Article> articles = new ArrayList<>();
            for (Contents.Entry e : cs.entries()) {
                Article a;
                if (e == editorialEntry) {
                    a = article(editorial, ArticleKind.EDITORIAL, articleIds, joiner, cs.title());
                    plan.add(new PagePlan.Entry(a.id(), e.page(), null));
                } else if (tables.containsKey(e)) {
                    Block.Table t = tables.get(e);
                    a = new Article(articleIds.of(e.title(), "table", true), ArticleKind.TABLE, null, t.caption(), null, List.of(), null, List.of(t), null, null);
                    plan.add(new PagePlan.Entry(a.id(), e.page(), null));
                } else {
                    Draft d = drafts.get(e);
                    a = article(d, ArticleKind.FEATURE, articleIds, joiner, null);
                    plan.add(new PagePlan.Entry(a.id(), e.page(), d.jumpOut > 0 ? d.jumpOut : null));
                }
                articles.add(a);
                plan.addAll(planAfter.getOrDefault(e, List.of()));
            }
            articles.addAll(news.getOrDefault(cs, List.of()));
            if (articles.isEmpty()) report.ambiguous(cs.line(), Msg.get("import.text.empty-section", cs.title()));
            sections.add(new Section(sectionIds.of(cs.title(), "section"), cs.title(), articles));
        }
        List<PagePlan.Entry> ordered = plan; // printed order: each unlisted item right after the entry it follows
        int firstPage = contents.entries().stream().mapToInt(Contents.Entry::page).min().orElse(1);
        PagePlan pagePlan = new PagePlan(firstPage, ordered, List.of(
                new PagePlan.TemplatePage("board-colophon", firstPage + 1), new PagePlan.TemplatePage("contents", firstPage + 2)));
        decisions.checkAllUsed();
        Issue issue = new Issue(journal(fm, report), fm.board(), sections, fillers, notices, pagePlan);
        return new Result(issue, report, unsure);
    }

    private static Article article(Draft d, ArticleKind kind, Slugs ids, ParagraphJoiner joiner, String section) {
        List<Block> body = joiner.blocks(d.body);
        String id = kind == ArticleKind.EDITORIAL ? ids.of(section, "editorial") : ids.of(d.title, "article", kind == ArticleKind.NOTICE);
        return new Article(id, kind, d.kicker, d.title, d.subtitle, d.authors, d.lead, body, d.source, d.signature);
    }

    /** The contents section with a page but no entries between {@code e}'s section and {@code next}'s, if any. */
    private static Contents.Section emptySectionAfter(Contents contents, Contents.Entry e, Contents.Entry next) {
        List<Contents.Section> s = contents.sections();
        int from = s.indexOf(contents.sectionOf(e));
        int to = next == null ? s.size() : s.indexOf(contents.sectionOf(next));
        for (int i = from + 1; i < to; i++) if (s.get(i).entries().isEmpty() && s.get(i).page() != null) return s.get(i);
        return null;
    }

    private static int nextPage(List<Contents.Entry> entries, Contents.Entry e) {
        int i = entries.indexOf(e);
        return i + 1 < entries.size() ? entries.get(i + 1).page() : Integer.MAX_VALUE;
    }

    private static Journal journal(FrontMatter fm, ImportReport report) {
        Map<String, String> c = fm.colophon();
        String site = c.get("网址");
        if (site != null && site.startsWith("<") && site.endsWith(">")) {
            report.changed(0, Msg.get("import.text.website-brackets", site));
            site = site.substring(1, site.length() - 1);
        }
        Colophon col = new Colophon(n(c.get("主管")), n(c.get("主办")), n(c.get("编辑")), n(c.get("发送对象")), n(c.get("地址")),
                n(c.get("邮编")), c.get("电话"), site, c.get("Email"), n(c.get("印刷")), n(c.get("印数")), n(c.get("准印证号")),
                n(c.get("内部资料")));
        return new Journal(fm.name(), fm.pinyin(), fm.year(), fm.issueNumber(), fm.totalNumber(), fm.frequency(),
                fm.publicationDate(), col, fm.slogans());
    }

    private static String n(String s) { return s == null ? null : TextNormaliser.normalise(s); }

    private record Placed(Draft draft, int region) {}

    private record Continuation(int fromPage, ArticleSplitter.Region region, List<Unit> units, String source) {}
}
