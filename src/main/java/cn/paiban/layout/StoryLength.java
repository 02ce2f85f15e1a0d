package cn.paiban.layout;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import java.util.ArrayList;
import java.util.List;

/**
 * How long one story of the page flow is, set as the layout sets it: a page planner places it on pages
 * without laying out the issue. {@link #place} runs the same column filling and balancing as
 * {@link IssueLayout} (header band, orphans and widows, balanced last page), from a grid line of a page,
 * on pages that are numbered from 0 (the caller skips template pages).
 */
public final class StoryLength {
    private final Story story;
    private final Unit.Text fromMarker;
    private final List<Unit> units;
    private final List<String> articleIds;

    StoryLength(Story story, Unit.Text fromMarker) {
        this(story, fromMarker, story.units());
    }

    private StoryLength(Story story, Unit.Text fromMarker, List<Unit> units) {
        this.story = story;
        this.fromMarker = fromMarker;
        this.units = units;
        List<String> ids = new ArrayList<>();
        ids.add(story.article.id());
        for (Unit u : units) if (!ids.contains(u.articleId())) ids.add(u.articleId());
        this.articleIds = List.copyOf(ids);
    }

    /** The first article of the story (of a run of news items, the first item). */
    public Article article() { return story.article; }

    /** Every article the story sets, in order (a run of news items has several). */
    public List<String> articleIds() { return articleIds; }

    public ArticleKind kind() { return story.article.kind(); }

    /** The section's title, or null for notices and short items. */
    public String section() { return story.section; }

    /** True for a story that starts at a page top (an article with a title band, a table). */
    public boolean opensPage() { return story.type == Story.Type.TABLE || story.header != null; }

    /** Grid lines of a page and columns of the grid it is set on. */
    public int pageLines() { return story.grid.lines(); }

    public int columns() { return story.grid.columns(); }

    /** Whether the two are set on one grid; a page keeps one grid, so a story on another starts a new page. */
    public boolean sameGrid(StoryLength other) { return story.grid.equals(other.story.grid); }

    /** Column lines of its column matter (body, headings, images), without the title band. */
    public int columnLines() { return ColumnFlow.height(units, 0, units.size()); }

    /** Title band lines (spanning every column); 0 without one. */
    public int headerLines() { return story.header == null ? 0 : story.header.lines(); }

    /** Characters of its text lines. */
    public int chars() {
        int n = 0;
        for (Unit u : units) if (u instanceof Unit.Text t) n += t.chars();
        return n;
    }

    /** Column lines it needs at least on a page it shares. */
    public int minLines() { return story.minLines(columns()); }

    /**
     * Where the story ends when started at grid line {@code startLine} of page 0 and allowed {@code maxPages}
     * pages (counted from page 0). {@code jump}: when it does not fit, end the last page a line short for
     * （下转第N页） and return the rest as {@link Placement#tail()} (opening with （上接第N页））.
     */
    public Placement place(int startLine, int maxPages, boolean jump) {
        int lines = pageLines();
        int cols = columns();
        int page = 0;
        int line = startLine;
        int first = 0;
        switch (story.type) {
            case TABLE -> {
                if (line > 0) page++;
                return new Placement(page, page, lines, 0, 0, null);
            }
            case NOTICE -> {
                if (line > 0) line += 1;
                if (line + story.fixedLines > lines) {
                    page++;
                    line = 0;
                }
                if (page >= maxPages) return new Placement(page, page, lines, units.size(), chars(), null);
                return new Placement(page, page, lines, 0, 0, null);
            }
            default -> { }
        }
        if (story.header != null) {
            if (line > 0) line += 1;
            if (line + story.header.lines() + 2 > lines) {
                page++;
                line = 0;
            }
            first = page;
            line += story.header.lines();
        } else if (line > 0) {
            line += 1;
            if (line >= lines - 1) {
                page++;
                line = 0;
            }
            first = page;
        }
        int pos = 0;
        List<Unit> units = new ArrayList<>(this.units); // set as the layout sets it: floats move in this copy
        while (true) {
            boolean last = page >= maxPages - 1;
            int cap = lines - line;
            if (page >= maxPages) return over(units, first, page - 1, lines, pos);
            if (cap <= 0) {
                if (last) return over(units, first, page, line, pos);
                page++;
                line = 0;
                continue;
            }
            ColumnFlow.Balance b = ColumnFlow.balance(units, pos, cap, cols);
            if (b != null) return new Placement(first, page, line + b.height(), 0, 0, null);
            int at = pos;
            if (last && jump) {
                for (int c = 0; c < cols; c++) {
                    at = ColumnFlow.fill(units, at, c == cols - 1 ? cap - 1 : cap, c == cols - 1 ? 0 : c == cols - 2 ? cap - 1 : cap);
                }
                List<Unit> rest = new ArrayList<>();
                rest.add(fromMarker);
                rest.addAll(units.subList(at, units.size()));
                Story cont = new Story(Story.Type.FLOW, story.article, story.section, false, null, true, null, null,
                        rest, 1, story.grid);
                return new Placement(first, page, lines, 0, 0, new StoryLength(cont, fromMarker, rest));
            }
            for (int c = 0; c < cols; c++) at = ColumnFlow.fill(units, at, cap, c < cols - 1 ? cap : last ? 0 : lines);
            pos = at;
            if (last) return over(units, first, page, lines, pos);
            page++;
            line = 0;
        }
    }

    private static Placement over(List<Unit> units, int first, int page, int line, int pos) {
        int n = 0;
        int chars = 0;
        for (int i = pos; i < units.size(); i++) {
            if (units.get(i) instanceof Unit.Text t) {
                n++;
                chars += t.chars();
            }
        }
        return new Placement(first, page, line, n, chars, null);
    }

    /**
     * A placement: the page its first line is on and the page it ends on (from page 0), the grid line below
     * its end there, the column lines and characters that did not fit, and the continuation when it jumped.
     */
    public record Placement(int startPage, int endPage, int endLine, int overLines, int overChars, StoryLength tail) {
        public boolean fits() { return overLines == 0; }
    }

    @Override
    public String toString() {
        return articleIds + " " + kind() + " header " + headerLines() + " + " + columnLines() + " column lines";
    }
}
