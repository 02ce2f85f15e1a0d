package cn.paiban.cli;

import cn.paiban.i18n.WriteFailure;

import cn.paiban.i18n.Msg;
import cn.paiban.files.AtomicWrite;
import cn.paiban.display.Document;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.typeset.Preflight;
import cn.paiban.typeset.Typesetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * The headless road from an issue folder to a PDF: load, typeset, write. Export, preflight, render and bench
 * all take it, so what the benchmark measures is what the export does. Fonts load lazily, on first use.
 */
final class Pipeline {
    private final FontBook fonts;
    private final Path templateDir;
    private final Typesetter typesetter;

    Pipeline(FontBook fonts, Path templateDir) {
        this.fonts = fonts;
        this.templateDir = templateDir;
        this.typesetter = new Typesetter(fonts, templateDir);
    }

    /** The same fonts (already read) with a new Typesetter: nothing of an earlier layout is reused. */
    Pipeline withFreshTypesetter() { return new Pipeline(fonts, templateDir); }

    /** The standard fonts and the template named by --template, else templates/shuozhou-jingji of the checkout. */
    static Pipeline standard(Args args) {
        cn.paiban.text.TextWarmUp.start();   // ICU's line rules made while the issue is read
        return new Pipeline(FontBook.standard().preload(), templateDir(args.value("--template")));
    }

    /** As {@link #standard} for a command that writes a PDF: the PDF writer's code loads while the issue is typeset. */
    static Pipeline writingPdf(Args args) {
        PdfRenderer.warmUp();
        return standard(args);
    }

    FontBook fonts() { return fonts; }

    Typesetter typesetter() { return typesetter; }

    static Issue load(String dir) throws IOException {
        return read(dir).issue();
    }

    /** As {@link #load}, for a command that changes the issue: it saves with {@link IssueStore#saveOver}. */
    static IssueStore.Read read(String dir) throws IOException {
        Path p = Path.of(dir);
        if (Files.isRegularFile(p)) throw new UsageException(dir + ": " + IssueStore.notAFolder(p));
        if (!Files.isDirectory(p)) throw new UsageException(Msg.get("cli.no-issue-folder", dir));
        try {
            return IssueStore.read(p);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Typesets with every check of {@link Preflight} (the same as the editor's): the document carries the issue's
     * date, so its PDF is reproducible. Images are read from {@code dir}.
     */
    LayoutResult typeset(Issue issue, String dir) {
        return Preflight.typeset(typesetter, issue, Path.of(dir));
    }

    PdfRenderer.Result writePdf(Document doc, PdfOptions options, Path out, IntConsumer progress) throws IOException {
        PdfRenderer renderer = new PdfRenderer(fonts);
        try {
            return AtomicWrite.write(out, os -> renderer.render(doc, options, os, progress));
        } catch (IOException e) {
            throw WriteFailure.of(out, e);
        }
    }

    static Path templateDir(String option) {
        if (option == null) return TemplateFiles.directory();
        Path p = Path.of(option);
        if (!Files.isDirectory(p)) throw new UsageException(Msg.get("cli.template-not-folder", option));
        return p;
    }
}
