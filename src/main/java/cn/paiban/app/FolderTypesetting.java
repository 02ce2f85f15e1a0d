package cn.paiban.app;

import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A typesetter that also takes the issue's folder, where the layout finds the images an article names.
 * As a plain function (tests' fakes, a never-saved issue) it typesets without one.
 */
@FunctionalInterface
public interface FolderTypesetting extends Function<Issue, LayoutResult> {
    LayoutResult apply(Issue issue, Path folder);

    @Override
    default LayoutResult apply(Issue issue) { return apply(issue, null); }

    /** The issue's stories measured for page planning (自动规划); null where this typesetter cannot measure. */
    default java.util.List<cn.paiban.layout.StoryLength> measure(Issue issue, Path folder) { return null; }

    /**
     * The pages up to {@code lastFolio} as the whole typeset will set them, before the rest (the pages in view while the
     * issue is still being typeset); only those pages, no front matter. Null where this typesetter cannot.
     */
    default cn.paiban.display.Document first(Issue issue, Path folder, int lastFolio) { return null; }

    /** {@code typesetter} bound to the folder {@code folder} supplies at each call. */
    static Function<Issue, LayoutResult> in(Function<Issue, LayoutResult> typesetter, java.util.function.Supplier<Path> folder) {
        return typesetter instanceof FolderTypesetting f ? issue -> f.apply(issue, folder.get()) : typesetter;
    }
}
