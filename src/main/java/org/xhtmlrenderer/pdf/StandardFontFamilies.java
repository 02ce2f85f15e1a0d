package org.xhtmlrenderer.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.css.constants.IdentValue;

/**
 * Flying Saucer's base-14 font families (Courier, Times, Helvetica, Symbol, ZapfDingbats, under their CSS names),
 * read once per process and only when a page asks for one: each new {@link ITextFontResolver} reads their AFM
 * metrics again (30–40 ms a resolver cold), Paiban makes a resolver for every front-matter page of every layout, and
 * a template that names its own faces for every element never needs them (their AFM parsing was a fifth of the
 * front pages' CPU in a cold export). Each resolver gets its own family objects (a template's {@code @font-face}
 * may add to one), sharing the immutable fonts.
 *
 * <p>It lives in Flying Saucer's package because a family is made by a package-private constructor.
 */
public final class StandardFontFamilies {
    private StandardFontFamilies() {}

    private static final class Read {
        static final Map<String, FontFamily> FAMILIES = new ITextFontResolver().loadFonts();
    }

    /** The CSS names of the families, each with the name of the family ITextFontResolver.loadFonts files it under. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("DialogInput", "Courier"), Map.entry("Monospaced", "Courier"), Map.entry("Courier", "Courier"),
            Map.entry("Serif", "Times"), Map.entry("TimesRoman", "Times"),
            Map.entry("SansSerif", "Helvetica"), Map.entry("Dialog", "Helvetica"), Map.entry("Helvetica", "Helvetica"),
            Map.entry("Symbol", "Symbol"), Map.entry("ZapfDingbats", "ZapfDingbats"));

    /**
     * A fresh copy of the families, as {@code ITextFontResolver.loadFonts} would make them: the same names, one
     * family object per family, whose fonts are read (once per process) when the family is first matched.
     */
    public static Map<String, FontFamily> copy() {
        Map<String, FontFamily> byFamily = new HashMap<>();
        Map<String, FontFamily> out = new HashMap<>();
        NAMES.forEach((css, family) -> out.put(css, byFamily.computeIfAbsent(family, f -> new Lazy(f, css))));
        return out;
    }

    /** A standard family that takes its fonts from the process's reading when first used in any way. */
    private static final class Lazy extends FontFamily {
        private final String cssName;
        private boolean filled;

        Lazy(String name, String cssName) {
            super(name);
            this.cssName = cssName;
        }

        private void fill() {
            if (filled) return;
            filled = true;
            for (FontDescription d : Read.FAMILIES.get(cssName).getFontDescriptions()) super.addFontDescription(d);
        }

        @Override
        public List<FontDescription> getFontDescriptions() {
            fill();
            return super.getFontDescriptions();
        }

        @Override
        public void addFontDescription(FontDescription description) {
            fill();
            super.addFontDescription(description);
        }

        @Override
        public FontDescription match(int desiredWeight, IdentValue style) {
            fill();
            return super.match(desiredWeight, style);
        }
    }
}
