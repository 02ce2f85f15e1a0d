package org.xhtmlrenderer.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Flying Saucer's base-14 font families (Courier, Times, Helvetica, Symbol, ZapfDingbats, under their CSS names),
 * read once per process: each new {@link ITextFontResolver} reads their AFM metrics again (30–40 ms a resolver cold),
 * and Paiban makes a resolver for every front-matter page of every layout. Each resolver gets its own family
 * objects (a template's {@code @font-face} may add to one), sharing the immutable fonts.
 *
 * <p>It lives in Flying Saucer's package because a family is made by a package-private constructor.
 */
public final class StandardFontFamilies {
    private StandardFontFamilies() {}

    private static final class Read {
        static final Map<String, FontFamily> FAMILIES = new ITextFontResolver().loadFonts();
    }

    /** A fresh copy of the families, as {@code ITextFontResolver.loadFonts} would make them. */
    public static Map<String, FontFamily> copy() {
        Map<FontFamily, FontFamily> copies = new IdentityHashMap<>();
        Map<String, FontFamily> out = new HashMap<>();
        for (Map.Entry<String, FontFamily> e : Read.FAMILIES.entrySet()) {
            out.put(e.getKey(), copies.computeIfAbsent(e.getValue(), f -> {
                FontFamily c = new FontFamily(f.getName());
                f.getFontDescriptions().forEach(c::addFontDescription);
                return c;
            }));
        }
        return out;
    }
}
