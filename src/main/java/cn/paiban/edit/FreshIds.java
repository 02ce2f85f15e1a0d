package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Ids;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.HashSet;
import java.util.Set;

/** Ids for new sections and articles that collide with nothing in the issue (ignoring case, as file systems do). */
public final class FreshIds {
    private FreshIds() {}

    /** {@code base} if it is free, else base-2, base-3 … */
    public static String article(Issue issue, String base) {
        Set<String> taken = new HashSet<>();
        for (Article a : issue.allArticles()) taken.add(Ids.key(a.id()));
        return fresh(base, taken);
    }

    public static String section(Issue issue, String base) {
        Set<String> taken = new HashSet<>();
        for (Section s : issue.sections()) taken.add(Ids.key(s.id()));
        return fresh(base, taken);
    }

    private static String fresh(String base, Set<String> taken) {
        String problem = Ids.problem(base);
        if (problem != null) throw new IllegalArgumentException(problem);
        if (!taken.contains(Ids.key(base))) return base;
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!taken.contains(Ids.key(id))) return id;
        }
    }
}
