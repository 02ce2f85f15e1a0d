package cn.paiban.proof;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proofreader's mark (校对符号): made in proof round {@code round} (1 = 一校) by {@code reader}, of {@code kind}, at
 * {@code anchor}; {@code second} is the other range of a 调 (null otherwise); {@code text} the replacement (改), the
 * insertion (增) or the question (疑), null for the other kinds; {@code colour} the proofreader's colour as #rrggbb.
 * Immutable: the with… methods return changed copies. {@code id} is unique in the issue (see {@link Marks#nextId}).
 */
public record Mark(String id, int round, String reader, MarkKind kind, Anchor anchor, Anchor second, String text,
                   String colour, MarkStatus status, List<Reply> replies, Instant created) {

    public Mark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        if (round < 1) throw new IllegalArgumentException("round " + round);
        if ((kind == MarkKind.SWAP) != (second != null)) throw new IllegalArgumentException("a swap, and only a swap, has two ranges");
        if (kind.hasText() && (text == null || text.isEmpty())) throw new IllegalArgumentException(kind.sign() + " needs a text");
        if (!kind.hasText()) text = null;
        replies = List.copyOf(replies);
    }

    /** A new, open mark without replies. */
    public static Mark open(String id, int round, String reader, MarkKind kind, Anchor anchor, Anchor second, String text,
                            String colour, Instant created) {
        return new Mark(id, round, reader, kind, anchor, second, text, colour, MarkStatus.OPEN, List.of(), created);
    }

    public Mark withStatus(MarkStatus s) {
        return new Mark(id, round, reader, kind, anchor, second, text, colour, s, replies, created);
    }

    public Mark withReply(Reply r) {
        List<Reply> more = new ArrayList<>(replies);
        more.add(r);
        return new Mark(id, round, reader, kind, anchor, second, text, colour, status, more, created);
    }

    /** The mark as the list shows it: 改为“…”, 删, 增“…”, 调, 另起段, 接排, 疑：…. */
    public String label() {
        return switch (kind) {
            case REPLACE -> cn.paiban.i18n.Msg.get("proof.mark.label.replace", text);
            case INSERT -> cn.paiban.i18n.Msg.get("proof.mark.label.insert", text);
            case QUERY -> cn.paiban.i18n.Msg.get("proof.mark.label.query", text);
            default -> kind.display();
        };
    }
}
