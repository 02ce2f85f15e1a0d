package cn.paiban.plan;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.MoveArticle;
import cn.paiban.edit.PlanDeal;
import cn.paiban.i18n.Msg;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An outline edit looked at before it happens: the issue it would make is typeset, and what that layout would break
 * decides. An edit that would lose an article from the pages or leave a placeholder (【缺：…】) on them is refused
 * with the reason; overset or empty pages it would cause are named, so the editor can say so and let the user choose.
 * A move across pinned start pages has two readings ({@link Choice}), each reviewed; a move inside a run of news
 * items takes the one that keeps the run on its page without asking. The dialog only asks; everything it shows
 * comes from here.
 */
public final class EditReview {
    private EditReview() {}

    /** How a move treats the pinned start pages it passes. */
    public enum Choice {
        /** Only the order changes; every article keeps the start page it was pinned to. */
        KEEP_PINS,
        /** The start pages are dealt out again in the new order ({@link PlanDeal#followed}). */
        FOLLOW,
        /** The edit as it is (not a move across pins). */
        AS_IS
    }

    /** One way to do the edit: the command (one undo step), the issue it makes, and what would go wrong. */
    public record Option(Choice choice, EditCommand command, Issue after, List<String> warnings, List<String> breaks) {
        public Option {
            warnings = List.copyOf(warnings);
            breaks = List.copyOf(breaks);
        }

        public boolean acceptable() { return breaks.isEmpty(); }
    }

    /**
     * The review: the options that do not break the issue (the recommended first), the question to ask when there is
     * a choice ("起始页 18 固定"), and when nothing can be done, the reason it is refused.
     */
    public record Review(List<Option> options, String question, String refusal) {
        public Review {
            options = List.copyOf(options);
        }

        public boolean refused() { return refusal != null; }

        /** Whether the editor should ask before doing it: a choice to make, or warnings to read. */
        public boolean needsAsking() {
            return !refused() && (question != null || options.stream().anyMatch(o -> !o.warnings().isEmpty()));
        }

        public Option recommended() { return refused() ? null : options.get(0); }

        public Option option(Choice c) { return options.stream().filter(o -> o.choice() == c).findFirst().orElse(null); }
    }

    /** Any outline edit but a move (rename, delete, add): done as it is, unless it breaks the issue. */
    public static Review edit(Issue issue, EditCommand command, Function<Issue, LayoutResult> typeset) {
        Issue after;
        try {
            after = command.apply(issue);
        } catch (IllegalArgumentException e) {
            return new Review(List.of(), null, e.getMessage());
        }
        if (after == issue) return new Review(List.of(new Option(Choice.AS_IS, command, issue, List.of(), List.of())), null, null);
        LayoutResult before = typeset.apply(issue);
        Option o = review(Choice.AS_IS, command, issue, after, before, typeset);
        return o.acceptable() ? new Review(List.of(o), null, null)
                : new Review(List.of(), null, Msg.get("editor.review.refused", command.description(), String.join("；", o.breaks())));
    }

    /**
     * A move in the outline. When it passes a pinned start page, both readings are reviewed; inside a run of news
     * items, or when the readings agree, only one.
     */
    public static Review move(Issue issue, MoveArticle move, Function<Issue, LayoutResult> typeset) {
        return reorder(issue, move, java.util.Set.of(move.articleId()), typeset);
    }

    /** A section moved in the outline: its articles change places with the ones it passes, as a move of articles does. */
    public static Review move(Issue issue, cn.paiban.edit.MoveSection move, Function<Issue, LayoutResult> typeset) {
        Set<String> ids = new HashSet<>();
        issue.sections().stream().filter(s -> s.id().equals(move.sectionId())).forEach(s -> s.articles().forEach(a -> ids.add(a.id())));
        return reorder(issue, move, ids, typeset);
    }

    /** Any edit that only changes the order of articles ({@code moved} are the ones the user moved). */
    static Review reorder(Issue issue, EditCommand move, Set<String> movedIds, Function<Issue, LayoutResult> typeset) {
        Issue moved;
        try {
            moved = move.apply(issue);
        } catch (IllegalArgumentException e) {
            return new Review(List.of(), null, e.getMessage());
        }
        if (moved == issue) return new Review(List.of(new Option(Choice.AS_IS, move, issue, List.of(), List.of())), null, null);
        PagePlan followed = PlanDeal.followed(issue, moved);
        LayoutResult before = typeset.apply(issue);
        if (followed.equals(issue.plan())) {
            Option o = review(Choice.AS_IS, move, issue, moved, before, typeset);
            return o.acceptable() ? new Review(List.of(o), null, null)
                    : new Review(List.of(), null, Msg.get("editor.review.refused", move.description(), String.join("；", o.breaks())));
        }
        EditCommand follow = PlanDeal.withPlan(move, followed, move.description());
        Option f = review(Choice.FOLLOW, follow, issue, follow.apply(issue), before, typeset);
        if (PlanDeal.withinNewsRun(issue, moved)) {
            return f.acceptable() ? new Review(List.of(f), null, null)
                    : new Review(List.of(), null, Msg.get("editor.review.refused", move.description(), String.join("；", f.breaks())));
        }
        Option k = review(Choice.KEEP_PINS, move, issue, moved, before, typeset);
        List<Option> ok = new ArrayList<>();
        // the reading that breaks less and warns less first
        for (Option o : f.warnings().size() <= k.warnings().size() ? List.of(f, k) : List.of(k, f)) if (o.acceptable()) ok.add(o);
        if (ok.isEmpty()) {
            return new Review(List.of(), null, Msg.get("editor.review.refused", move.description(), String.join("；", f.breaks())));
        }
        return new Review(ok, question(issue, moved, movedIds), null);
    }

    /** "起始页 18 固定": the first pinned start the move passes (another article's if it passes one, else its own). */
    private static String question(Issue before, Issue moved, Set<String> movedIds) {
        List<String> old = PlanDeal.sequence(before).stream().map(Article::id).toList();
        List<String> now = PlanDeal.sequence(moved).stream().map(Article::id).toList();
        int lo = 0;
        while (lo < old.size() && old.get(lo).equals(now.get(lo))) lo++;
        int hi = old.size() - 1;
        while (hi > lo && old.get(hi).equals(now.get(hi))) hi--;
        Integer own = null;
        String ownTitle = null;
        for (int k = lo; k <= hi; k++) {
            Article a = before.article(old.get(k)).orElseThrow();
            Integer pin = before.plan().entry(a.id()).map(PagePlan.Entry::startPage).orElse(null);
            if (pin == null) continue;
            if (!movedIds.contains(a.id())) return Msg.get("editor.move.question", pin, a.title().strip());
            if (own == null) {
                own = pin;
                ownTitle = a.title().strip();
            }
        }
        return own == null ? null : Msg.get("editor.move.question", own, ownTitle);
    }

    private static Option review(Choice c, EditCommand command, Issue issue, Issue after, LayoutResult before,
                                 Function<Issue, LayoutResult> typeset) {
        LayoutResult r = typeset.apply(after);
        return new Option(c, command, after, warnings(issue, before, after, r), breaks(issue, before, after, r));
    }

    /** What makes a layout unusable: an article that is on no page, a placeholder 【缺：…】 on a page. */
    public static List<String> breaks(Issue issueBefore, LayoutResult before, Issue issue, LayoutResult r) {
        List<String> out = new ArrayList<>();
        for (Article a : issue.allArticles()) {
            if (r.startPages().containsKey(a.id())) continue;
            // a 补白 that found no room was not on the pages before either: that is a warning of its own
            if (a.kind() == ArticleKind.FILLER && (before == null || !before.startPages().containsKey(a.id()))) continue;
            out.add(Msg.get("editor.review.lost", a.title().strip()));
        }
        int had = before == null ? 0 : placeholders(before.document());
        int has = placeholders(r.document());
        if (has > had) out.add(Msg.get("editor.review.placeholder", has - had));
        return out;
    }

    /** What the user should know first: new errors (overset, a start that cannot be kept) and pages left empty. */
    static List<String> warnings(Issue issueBefore, LayoutResult before, Issue issue, LayoutResult r) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> hadErrors = new HashMap<>();
        for (Finding f : before.findings()) if (f.severity() == Finding.Severity.ERROR) hadErrors.merge(f.articleId(), 1, Integer::sum);
        for (Finding f : r.findings()) {
            if (f.severity() != Finding.Severity.ERROR) continue;
            int left = hadErrors.getOrDefault(f.articleId(), 0);
            if (left > 0) {
                hadErrors.put(f.articleId(), left - 1);
                continue;
            }
            // name the article unless the finding's text already does
            String title = issue.article(f.articleId()).map(a -> "《" + a.title().strip() + "》")
                    .filter(t -> !f.message().contains(t)).orElse("");
            out.add((f.page() > 0 ? Msg.get("editor.review.onPage", f.page()) : "") + title + f.message());
        }
        Set<Integer> wasEmpty = emptyPages(issueBefore, before.document());
        List<Integer> empty = new ArrayList<>(emptyPages(issue, r.document()));
        empty.removeAll(wasEmpty);
        empty.sort(null);
        if (!empty.isEmpty()) out.add(Msg.get("editor.review.empty", ranges(empty)));
        return out;
    }

    private static int placeholders(Document d) {
        int n = 0;
        for (Page p : d.pages()) {
            for (Item i : p.items()) if (i instanceof Item.GlyphRun g && g.text().contains("【缺：")) n++;
        }
        return n;
    }

    /** Body pages (not template pages) with nothing of any article on them. */
    static Set<Integer> emptyPages(Issue issue, Document d) {
        Set<Integer> template = new HashSet<>();
        issue.plan().templatePages().forEach(tp -> template.add(tp.page()));
        Set<Integer> out = new HashSet<>();
        for (Page p : d.pages()) {
            if (template.contains(p.folio())) continue;
            boolean content = false;
            for (Item i : p.items()) {
                if (i instanceof Item.GlyphRun g && g.source() != null && !g.source().articleId().isEmpty()
                        || i instanceof Item.Image im && im.source() != null || i instanceof Item.ForeignPage) {
                    content = true;
                    break;
                }
            }
            if (!content) out.add(p.folio());
        }
        return out;
    }

    /** 15–17、20 */
    private static String ranges(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); ) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) j++;
            if (sb.length() > 0) sb.append('、');
            sb.append(pages.get(i));
            if (j > i) sb.append('–').append(pages.get(j));
            i = j + 1;
        }
        return sb.toString();
    }
}
