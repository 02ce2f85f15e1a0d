package cn.paiban.layout;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared, expensive things for layout tests: the font book, the shipped template, the test composer. */
final class LayoutFixture {
    static final FontBook FONTS = FontBook.standard();
    static final Path TEMPLATE_DIR = Path.of("templates", "shuozhou-jingji");
    static final Template TEMPLATE = TemplateLoader.load(TEMPLATE_DIR);
    static final LineComposer COMPOSER = new GridComposer(FONTS);

    private LayoutFixture() {}

    static Stream<Item.GlyphRun> runs(Page p) {
        return p.items().stream().filter(Item.GlyphRun.class::isInstance).map(Item.GlyphRun.class::cast);
    }

    static String text(Page p) {
        StringBuilder sb = new StringBuilder();
        runs(p).forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    static Page page(List<Page> pages, int folio) {
        return pages.stream().filter(p -> p.folio() == folio).findFirst().orElseThrow(() -> new AssertionError("no page " + folio));
    }
}
