package cn.paiban.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings the editor dismissed (忽略): keyed by rule, article and quoted text, not by offset, so a dismissal
 * survives edits elsewhere in the article and the next proof round. Stored in the issue folder by
 * {@link cn.paiban.io.DismissedFile}.
 */
public final class Dismissals {
    /** A dismissed finding: rule id, article id ("" for front matter and running heads), the quoted text. */
    public record Key(String rule, String article, String quote) {}

    private final Set<Key> keys;

    public Dismissals(Collection<Key> keys) { this.keys = new LinkedHashSet<>(keys); }

    public static Dismissals none() { return new Dismissals(List.of()); }

    public boolean dismissed(Finding f) { return keys.contains(f.key()); }

    public Dismissals with(Finding f) {
        List<Key> more = new ArrayList<>(keys);
        more.add(f.key());
        return new Dismissals(more);
    }

    public List<Key> keys() { return List.copyOf(keys); }

    public int size() { return keys.size(); }
}
