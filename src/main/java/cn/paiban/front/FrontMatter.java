package cn.paiban.front;

import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Front-matter pages (board, contents, colophon, call for papers, cover) from the XHTML templates in
 * {@code templateDir}. CONTRACT (issue 5 fills in the implementation).
 */
public final class FrontMatter {
    private final Path templateDir;

    public FrontMatter(Path templateDir) {
        this.templateDir = templateDir;
    }

    public Path templateDir() { return templateDir; }

    /**
     * The pages of the issue's plan.templatePages(), each a display Page (folio from the plan) holding a
     * ForeignPage item; {@code startPages} maps article id to its first page (for the contents);
     * problems (missing fields) are added to {@code warnings}.
     */
    public List<Page> render(Issue issue, Map<String, Integer> startPages, PageFormat format, List<String> warnings) {
        throw new UnsupportedOperationException("FrontMatter is being written (issue 5)");
    }
}
