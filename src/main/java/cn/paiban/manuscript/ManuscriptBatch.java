package cn.paiban.manuscript;

import cn.paiban.edit.AddArticles;
import cn.paiban.edit.FreshIds;
import cn.paiban.files.AtomicWrite;
import cn.paiban.i18n.Msg;
import cn.paiban.io.plaintext.Slugs;
import cn.paiban.io.word.ImportNote;
import cn.paiban.io.word.ManuscriptException;
import cn.paiban.io.word.ManuscriptImporter;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Manuscripts → articles of one section: what {@code paiban add} and the editor's 导入稿件… / drop on the outline
 * both run. Every file is read before anything is written; a file that cannot be read is refused with one line
 * and contributes nothing. {@link #writeFiles} copies the images and appends the guesses to the issue's import
 * report; {@link #command} is the one undoable edit that appends the articles.
 */
public final class ManuscriptBatch {
    public static final String REPORT = "import-report.txt";

    private final String section;
    private final String newSectionId;
    private final List<ManuscriptImporter.Result> results;
    private final List<String> refused;
    private final List<Revision> revisions;
    private final boolean kindGiven;
    private boolean replace;
    /** The issue's sections when none was named and every manuscript revises an article: appending them is refused. */
    private final List<String> unchosen;

    private ManuscriptBatch(String section, String newSectionId, List<ManuscriptImporter.Result> results, List<String> refused,
            List<Revision> revisions, boolean kindGiven, List<String> unchosen) {
        this.section = section;
        this.newSectionId = newSectionId;
        this.results = List.copyOf(results);
        this.refused = List.copyOf(refused);
        this.revisions = List.copyOf(revisions);
        this.kindGiven = kindGiven;
        this.unchosen = unchosen == null ? null : List.copyOf(unchosen);
    }

    /**
     * A manuscript whose title an article of the issue already has: most often the author's revised manuscript (修改稿),
     * sometimes the same file imported twice. Appending it would print the article twice, so the caller decides:
     * {@link #replacingRevisions} puts it in place of {@code existing} (same id, section, place and planned pages).
     */
    public record Revision(ManuscriptImporter.Result result, Article existing, String existingSection) {}

    /** The manuscripts that have an article's title already, in the order read. */
    public List<Revision> revisions() { return revisions; }

    /** Revised manuscripts replace the articles of their titles instead of being appended (--replace, 替换原文). */
    public ManuscriptBatch replacingRevisions() {
        replace = true;
        return this;
    }

    /**
     * What {@code paiban add} says when manuscripts have articles' titles and neither --replace nor --keep-both was
     * given: each one with its article and section; nothing is written.
     */
    public String revisionsRefused() {
        StringBuilder sb = new StringBuilder(Msg.get("import.revision.head", revisions.size()));
        for (Revision r : revisions) {
            sb.append('\n').append(Msg.get("import.revision.item", r.result().file().getFileName(), r.existing().title(), r.existing().id(),
                    r.existingSection()));
        }
        return sb.toString();
    }

    /**
     * Refused before any file is read: the issue has more than one section and none was named, so the manuscripts
     * would have to be filed in a section of the program's choosing. {@code paiban add} says to give --section, the
     * editor to select a section's row; both list the sections.
     */
    public static final class SectionNotChosen extends IllegalArgumentException {
        private final List<String> sections;

        SectionNotChosen(List<String> sections) {
            super(Msg.get("import.sectionNotChosen", sections.size(), sections.stream()
                    .map(t -> Msg.get("import.sectionNotChosen.item", t)).collect(java.util.stream.Collectors.joining(
                            Msg.get("import.sectionNotChosen.sep")))));
            this.sections = List.copyOf(sections);
        }

        /** The issue's section titles, in order. */
        public List<String> sections() { return sections; }
    }

    /**
     * Reads {@code files} for {@code section} (a title or id; null: the only section, or 来稿 when there is none).
     *
     * @param kind the article kind for all of them, or null to let the importer guess
     * @throws SectionNotChosen when {@code section} is null and the issue has more than one section
     */
    public static ManuscriptBatch read(Issue issue, List<Path> files, String section, ArticleKind kind) {
        return read(issue, files, section, kind, null);
    }

    /**
     * As above; {@code textEncoding}: the encoding of the .txt manuscripts (--encoding), or null to detect each.
     *
     * @throws SectionNotChosen when {@code section} is null and the issue has more than one section, unless every
     *         manuscript revises an article (then {@link #command} refuses unless they replace their articles)
     */
    public static ManuscriptBatch read(Issue issue, List<Path> files, String section, ArticleKind kind,
                                       java.nio.charset.Charset textEncoding) {
        String name = section;
        List<String> unchosen = null;
        if (name == null || name.isBlank()) {
            if (issue.sections().size() > 1) {
                // refused below unless every manuscript revises an article, which keeps its own section
                unchosen = issue.sections().stream().map(Section::title).toList();
                name = "";
            } else {
                name = issue.sections().isEmpty() ? Msg.get("import.defaultSection") : issue.sections().get(0).title();
            }
        }
        Section existing = unchosen != null ? null : AddArticles.find(issue, name);
        String sectionTitle = existing == null ? name : existing.title();
        String newId = unchosen != null ? null : existing != null ? existing.id() : FreshIds.section(issue, new Slugs().of(name, "section"));
        Set<String> taken = new HashSet<>();
        issue.allArticles().forEach(a -> taken.add(a.id().toLowerCase(Locale.ROOT)));
        List<ManuscriptImporter.Result> ok = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            try {
                ok.add(ManuscriptImporter.read(f, kind, sectionTitle, title -> {
                    String base = FreshIds.article(issue, new Slugs().of(title, "article"));
                    String id = base;
                    for (int k = 2; taken.contains(id.toLowerCase(Locale.ROOT)); k++) id = base + "-" + k;
                    taken.add(id.toLowerCase(Locale.ROOT));
                    return id;
                }, textEncoding));
            } catch (ManuscriptException e) {
                refused.add(e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                // a reader bug must not lose the other files: this one is refused, named
                refused.add(Msg.get("import.refused", f, Msg.get("import.bad.internal", String.valueOf(e))));
            }
        }
        List<Revision> revisions = new ArrayList<>();
        for (ManuscriptImporter.Result r : ok) {
            String t = titleKey(r.article().title());
            for (Section s : issue.sections()) {
                for (Article a : s.articles()) {
                    if (titleKey(a.title()).equals(t) && revisions.stream().noneMatch(v -> v.existing() == a)) {
                        revisions.add(new Revision(r, a, s.title()));
                    }
                }
            }
        }
        if (unchosen != null && (ok.isEmpty() || ok.stream().anyMatch(r -> revisions.stream().noneMatch(v -> v.result() == r)))) {
            throw new SectionNotChosen(unchosen);
        }
        return new ManuscriptBatch(existing == null ? name : existing.title(), newId, ok, refused, revisions, kind != null, unchosen);
    }

    /** A title as compared for revisions: without the spaces that only set it out (全角 too). */
    private static String titleKey(String title) {
        return title.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && !Character.isSpaceChar(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    public List<ManuscriptImporter.Result> results() { return results; }

    /** One line per refused file: the file and what is wrong with it. */
    public List<String> refused() { return refused; }

    /** The section the manuscripts went to; when none was named and all replaced their articles, those articles' sections. */
    public String sectionTitle() {
        if (unchosen == null) return section;
        return String.join("、", revisions.stream().map(Revision::existingSection).distinct().toList());
    }

    /** The id of the article {@code r} became: the revised article's own when it replaced one. */
    public String articleIdOf(ManuscriptImporter.Result r) {
        Revision v = replace ? revisionOf(r) : null;
        return v == null ? r.article().id() : v.existing().id();
    }

    /**
     * The edit that appends the articles (null when no file was read); after {@link #replacingRevisions} the revised
     * manuscripts replace their articles instead, keeping the article's id and, unless a kind was given, its kind.
     */
    public AddArticles command() {
        if (results.isEmpty()) return null;
        if (unchosen != null && !replace) throw new SectionNotChosen(unchosen);   // kept both: they need a section
        List<Article> added = new ArrayList<>();
        List<Article> replacing = new ArrayList<>();
        for (ManuscriptImporter.Result r : results) {
            Revision v = replace ? revisionOf(r) : null;
            if (v == null) {
                added.add(r.article());
            } else {
                Article n = r.article(), old = v.existing();
                replacing.add(new Article(old.id(), kindGiven ? n.kind() : old.kind(), n.kicker(), n.title(), n.subtitle(), n.authors(),
                        n.lead(), n.body(), n.source(), n.signature()));
            }
        }
        return new AddArticles(section, newSectionId, added, replacing);
    }

    private Revision revisionOf(ManuscriptImporter.Result r) {
        for (Revision v : revisions) if (v.result() == r) return v;
        return null;
    }

    /** The articles' images into {@code dir}/images/, and the report appended to import-report.txt. */
    public void writeFiles(Path dir) throws IOException {
        for (ManuscriptImporter.Result r : results) {
            for (var img : r.images()) {
                Path target = dir.resolve(img.path());
                Files.createDirectories(target.getParent());
                AtomicWrite.write(target, img.data());
            }
        }
        if (results.isEmpty() && refused.isEmpty()) return;
        Path report = dir.resolve(REPORT);
        String before = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
        StringBuilder sb = new StringBuilder(before);
        if (!before.isEmpty() && !before.endsWith("\n\n")) sb.append(before.endsWith("\n") ? "\n" : "\n\n");
        sb.append(report());
        AtomicWrite.writeString(report, sb.toString());
    }

    /** What the terminal shows and the report keeps: per file, the article, its counts and every guess. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (ManuscriptImporter.Result r : results) sb.append(reportOf(r));
        for (String line : refused) sb.append(line).append('\n');
        return sb.toString();
    }

    /** One file's lines: the article made, its counts, every guess. */
    public String reportOf(ManuscriptImporter.Result r) {
        Article a = r.article();
        var c = r.counts();
        StringBuilder sb = new StringBuilder();
        Revision v = replace ? revisionOf(r) : null;
        if (v != null) {
            sb.append(Msg.get("import.revised", r.file().getFileName(), r.format(), v.existing().id(), a.title(), v.existingSection())).append('\n');
        } else {
            sb.append(Msg.get("import.done", r.file().getFileName(), r.format(), a.id(), a.title(), section)).append('\n');
        }
        sb.append("  ").append(Msg.get("import.counts", c.paragraphs(), c.subheadings(), c.tables(), c.images(), c.notes())).append('\n');
        for (ImportNote n : r.notes()) {
            // a revision keeps its article's kind unless one was given: the importer's guess (文章) is not what happens
            if (v != null && !kindGiven && n.key().equals("import.guess.kind")) {
                n = new ImportNote(ImportNote.Level.NOTE, 0, "import.revised.kind",
                        Msg.get("article.kind." + v.existing().kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
            sb.append("  ").append(n.line()).append('\n');
        }
        return sb.toString();
    }

    /** True when any file was refused or any note is an error. */
    public boolean hasErrors() {
        return !refused.isEmpty() || results.stream().anyMatch(r -> r.notes().stream().anyMatch(n -> n.level() == ImportNote.Level.ERROR));
    }
}
