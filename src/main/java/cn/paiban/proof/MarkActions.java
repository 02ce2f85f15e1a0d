package cn.paiban.proof;

import cn.paiban.edit.EditCommand;
import cn.paiban.edit.SideState;
import cn.paiban.edit.TextSplice;
import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.time.Instant;

/**
 * What the editor and the proofreaders do with marks, each one step of the editor's {@link cn.paiban.edit.CommandStack}:
 * the text edit (if any) and the mark's new state go and come back together with one Ctrl+Z / Ctrl+Y. The marks are
 * saved by the {@link MarkStore} as they change, except the state of a mark carried out with the text (采纳), which
 * {@link MarkStore#flush()} writes when the issue is saved.
 * <ul>
 * <li>{@link #add}: a proofreader's new mark;</li>
 * <li>{@link #adopt} (采纳): carries out a 改/删/增/调/另起段/接排 as one edit where its words are now, the mark applied;</li>
 * <li>{@link #decline} (不改): closes the mark with a reply saying why;</li>
 * <li>{@link #reply} (回复): adds to the thread; a 疑 is then answered.</li>
 * </ul>
 */
public final class MarkActions {
    private MarkActions() {}

    /** A command that leaves the issue alone or edits it, and changes one mark in the store. */
    private static final class MarkStep implements EditCommand, SideState {
        private final String description;
        private final EditCommand edit;
        private final MarkStore store;
        private final Mark before;
        private final Mark after;

        MarkStep(String description, EditCommand edit, MarkStore store, Mark before, Mark after) {
            this.description = description;
            this.edit = edit;
            this.store = store;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() { return description; }

        @Override
        public Issue apply(Issue issue) { return edit == null ? issue : edit.apply(issue); }

        @Override
        public void done() {
            if (after == null) store.remove(before.id());
            else if (edit != null) store.putWithText(after);
            else store.put(after);
        }

        @Override
        public void undone() {
            if (before == null) store.remove(after.id());
            else if (edit != null) store.putWithText(before);
            else store.put(before);
        }
    }

    /** Adds {@code m} (a new mark) to the store. */
    public static EditCommand add(MarkStore store, Mark m) {
        if (store.marks().get(m.id()).isPresent()) throw new IllegalArgumentException(Msg.get("proof.add.exists", m.id()));
        return new MarkStep(Msg.get("proof.step.add", m.kind().display(), m.anchor().quote()), null, store, null, m);
    }

    /**
     * 采纳: the edit {@code mark} asks for, made where its words are in {@code issue} now (resolved through {@link Anchors}),
     * and the mark applied. Refused with a message when the mark is a query, not open, orphaned, or its words changed.
     */
    public static EditCommand adopt(MarkStore store, Issue issue, String markId) {
        Mark m = find(store, markId);
        if (!m.kind().edits()) throw new IllegalArgumentException(Msg.get("proof.adopt.query"));
        if (m.status() != MarkStatus.OPEN) throw new IllegalArgumentException(Msg.get("proof.adopt.closed", m.status().json()));
        Anchors.Resolved r = Anchors.resolve(issue, m.anchor());
        if (r.orphaned()) throw new IllegalArgumentException(Msg.get("proof.adopt.orphaned", m.anchor().quote()));
        if (r.block() < 0 && (m.kind() == MarkKind.SPLIT || m.kind() == MarkKind.JOIN)) {
            throw new IllegalArgumentException(Msg.get("proof.adopt.title"));
        }
        String d = Msg.get("proof.step.adopt", m.label(), m.anchor().quote());
        String id = r.articleId();
        TextSplice.Range range = new TextSplice.Range(r.block(), r.start(), r.end(), m.anchor().quote());
        EditCommand edit = switch (m.kind()) {
            case REPLACE, INSERT -> TextSplice.replace(d, id, range, m.text());
            case DELETE -> TextSplice.replace(d, id, range, "");
            case SPLIT -> TextSplice.split(d, id, r.block(), r.start());
            case JOIN -> TextSplice.join(d, id, r.block());
            case SWAP -> {
                Anchors.Resolved r2 = Anchors.resolve(issue, m.second());
                if (r2.orphaned()) throw new IllegalArgumentException(Msg.get("proof.adopt.orphaned", m.second().quote()));
                if ((r.block() < 0) != (r2.block() < 0)) throw new IllegalArgumentException(Msg.get("proof.adopt.title"));
                yield TextSplice.swap(d, id, range, new TextSplice.Range(r2.block(), r2.start(), r2.end(), m.second().quote()));
            }
            case QUERY -> throw new AssertionError();
        };
        return new MarkStep(d, edit, store, m, m.withStatus(MarkStatus.APPLIED));
    }

    /** 不改: the mark declined, with {@code why} as a reply by {@code author}. */
    public static EditCommand decline(MarkStore store, String markId, String author, String why, Instant time) {
        Mark m = find(store, markId);
        if (m.status() != MarkStatus.OPEN) throw new IllegalArgumentException(Msg.get("proof.adopt.closed", m.status().json()));
        Mark after = m.withStatus(MarkStatus.DECLINED);
        if (why != null && !why.isBlank()) after = after.withReply(new Reply(author, why.strip(), time));
        return new MarkStep(Msg.get("proof.step.decline", m.label(), m.anchor().quote()), null, store, m, after);
    }

    /** 回复: {@code text} added to the mark's thread; an open 疑 becomes answered. */
    public static EditCommand reply(MarkStore store, String markId, String author, String text, Instant time) {
        Mark m = find(store, markId);
        if (text == null || text.isBlank()) throw new IllegalArgumentException(Msg.get("proof.reply.empty"));
        Mark after = m.withReply(new Reply(author, text.strip(), time));
        if (m.kind() == MarkKind.QUERY && m.status() == MarkStatus.OPEN) after = after.withStatus(MarkStatus.ANSWERED);
        return new MarkStep(Msg.get("proof.step.reply", m.anchor().quote()), null, store, m, after);
    }

    /** Takes a mark back (its proofreader deleting it). */
    public static EditCommand remove(MarkStore store, String markId) {
        Mark m = find(store, markId);
        return new MarkStep(Msg.get("proof.step.remove", m.label(), m.anchor().quote()), null, store, m, null);
    }

    private static Mark find(MarkStore store, String id) {
        return store.marks().get(id).orElseThrow(() -> new IllegalArgumentException(Msg.get("proof.mark.unknown", id)));
    }
}
