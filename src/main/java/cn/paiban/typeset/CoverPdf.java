package cn.paiban.typeset;

import cn.paiban.files.AtomicWrite;
import cn.paiban.front.FrontMatter;
import cn.paiban.layout.TemplateLoader;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cover as a PDF of its own (printers take the cover apart from the inner pages), from the template's
 * front/cover.xhtml at its trim size, pictures and colours in CMYK through the output intent's profile as the inner
 * pages. {@code paiban cover} and the editor's 导出封面 PDF… both write it here.
 */
public final class CoverPdf {
    private CoverPdf() {}

    /** Writes the cover to {@code target} (whole or not at all) and returns what went wrong short of failing. */
    public static List<String> write(Issue issue, Path issueDir, Path templateDir, Path target) throws IOException {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = new FrontMatter(templateDir).withIssueDir(issueDir)
                .coverPdf(issue, TemplateLoader.load(templateDir).format(), warnings);
        byte[] cmyk = cn.paiban.render.pdf.CmykImages.pdf(pdf, warnings);
        AtomicWrite.write(target, os -> {
            os.write(cmyk);
            return null;
        });
        return warnings;
    }
}
