package cn.paiban.proof;

import cn.paiban.i18n.Msg;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The marks of a round still open when it is closed. The next round's proof shows only its own marks, so a query
 * left unanswered in 一校 would drop out of sight at 二校: closing says so first (the editor's 结束本校次 in its question,
 * {@code paiban proof --close} in its report).
 */
public final class OpenMarks {
    private OpenMarks() {}

    /** What closing {@code round} leaves open, as a sentence ("一校还有 2 处未处理（疑 1，删 1）…"), or null when nothing is. */
    public static String atClose(Marks marks, int round) {
        List<Mark> open = marks.ofRound(round).stream().filter(m -> m.status() == MarkStatus.OPEN).toList();
        if (open.isEmpty()) return null;
        Map<MarkKind, Long> byKind = new EnumMap<>(MarkKind.class);
        for (Mark m : open) byKind.merge(m.kind(), 1L, Long::sum);
        String kinds = byKind.entrySet().stream().map(e -> e.getKey().display() + " " + e.getValue()).collect(Collectors.joining(cn.paiban.i18n.Msg.get("proof.list.sep")));
        return Msg.get("proof.close.open", RoundNames.round(round), open.size(), kinds, RoundNames.proof(round + 1));
    }
}
