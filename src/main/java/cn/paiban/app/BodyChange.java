package cn.paiban.app;

import cn.paiban.edit.BodyEdit;
import cn.paiban.edit.EditCommand;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * The body edits that turn an article's old blocks into new ones: the blocks between the common start and
 * the common end are replaced, inserted or deleted with {@link BodyEdit}s. Typing inside one paragraph is a
 * single replace (which merges with the next keystroke's); Enter or a paste that makes several blocks is one
 * step made of several edits.
 */
final class BodyChange {
    private BodyChange() {}

    /** The command for the change, or null when the blocks are the same. */
    static EditCommand between(String articleId, List<Block> old, List<Block> now) {
        int p = 0;
        while (p < old.size() && p < now.size() && old.get(p).equals(now.get(p))) p++;
        int s = 0;
        while (s < old.size() - p && s < now.size() - p && old.get(old.size() - 1 - s).equals(now.get(now.size() - 1 - s))) s++;
        int mo = old.size() - p - s;
        int mn = now.size() - p - s;
        List<EditCommand> edits = new ArrayList<>();
        for (int i = 0; i < Math.min(mo, mn); i++) edits.add(BodyEdit.replace(articleId, p + i, now.get(p + i)));
        for (int i = mo; i < mn; i++) edits.add(BodyEdit.insert(articleId, p + i, now.get(p + i)));
        for (int i = mn; i < mo; i++) edits.add(BodyEdit.delete(articleId, p + mn));
        if (edits.isEmpty()) return null;
        return edits.size() == 1 ? edits.get(0) : new Several(edits);
    }

    /** Several body edits as one undo step. */
    private record Several(List<EditCommand> edits) implements EditCommand {
        @Override
        public String description() { return edits.get(0).description(); }

        @Override
        public Issue apply(Issue issue) {
            Issue i = issue;
            for (EditCommand e : edits) i = e.apply(i);
            return i;
        }
    }
}
