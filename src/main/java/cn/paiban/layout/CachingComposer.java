package cn.paiban.layout;

import cn.paiban.text.Composition;
import cn.paiban.text.TextStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers compositions by (text, style, measure). Composing is deterministic and a Composition is
 * immutable, so a resolve pass, and a re-typeset after an edit in the editor, only sets the paragraphs that
 * changed. Bounded: when full it starts afresh rather than growing without end.
 */
public final class CachingComposer implements LineComposer {
    private static final int MAX_ENTRIES = 50_000;

    private record Key(String text, TextStyle style, int measure) {
        // written out as cn.paiban.font.Face's are (same values as the record's own): no method handles spun at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && measure == k.measure && java.util.Objects.equals(text, k.text)
                    && java.util.Objects.equals(style, k.style);
        }

        @Override
        public int hashCode() { return (java.util.Objects.hashCode(text) * 31 + java.util.Objects.hashCode(style)) * 31 + measure; }
    }

    private final LineComposer inner;
    private final Map<Key, Composition> cache = new ConcurrentHashMap<>();

    public CachingComposer(LineComposer inner) {
        this.inner = inner;
    }

    @Override
    public Composition compose(String text, TextStyle style, int measure) {
        Key k = new Key(text, style, measure);
        Composition c = cache.get(k);
        if (c == null) {
            if (cache.size() >= MAX_ENTRIES) cache.clear();
            c = inner.compose(text, style, measure);
            cache.put(k, c);
        }
        return c;
    }
}
