package cn.paiban.typeset;

import cn.paiban.font.FontBook;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.nio.file.Path;

/**
 * The whole issue from model to display list: body layout, front-matter pages, and page references
 * (contents, 下转/上接, folios) resolved by repeating until nothing changes. CONTRACT (issue 4 fills it in).
 * The CLI export, the preview and the benchmarks all go through this one entry point.
 */
public final class Typesetter {
    private final FontBook fonts;
    private final Path templateDir;

    /** {@code templateDir} is e.g. templates/shuozhou-jingji (page template + front-matter XHTML). */
    public Typesetter(FontBook fonts, Path templateDir) {
        this.fonts = fonts;
        this.templateDir = templateDir;
    }

    public FontBook fonts() { return fonts; }

    public Path templateDir() { return templateDir; }

    public LayoutResult typeset(Issue issue) {
        throw new UnsupportedOperationException("Typesetter is being written (issue 4)");
    }
}
