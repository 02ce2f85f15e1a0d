package org.xhtmlrenderer.pdf;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.css.constants.IdentValue;

/**
 * The base-14 families a resolver gets from StandardFontFamilies, read only when first used, are those Flying
 * Saucer's own loadFonts makes: the same CSS names on the same families, and every match of weight and style gives
 * the same font; a description a template adds lands where it would among the standard ones.
 */
class StandardFontFamiliesTest {
    @Test
    void theLazyFamiliesMatchAsFlyingSaucersOwn() {
        Map<String, FontFamily> theirs = new ITextFontResolver().loadFonts();
        Map<String, FontFamily> ours = StandardFontFamilies.copy();
        assertEquals(theirs.keySet(), ours.keySet());
        for (String a : theirs.keySet()) {
            for (String b : theirs.keySet()) {
                assertEquals(theirs.get(a) == theirs.get(b), ours.get(a) == ours.get(b), a + " and " + b + " share a family");
            }
        }
        for (String name : theirs.keySet()) {
            assertEquals(theirs.get(name).getName(), ours.get(name).getName());
            for (int weight = 100; weight <= 900; weight += 100) {
                for (IdentValue style : List.of(IdentValue.NORMAL, IdentValue.ITALIC, IdentValue.OBLIQUE)) {
                    FontDescription t = theirs.get(name).match(weight, style), o = ours.get(name).match(weight, style);
                    assertEquals(t.getFont().getPostscriptFontName(), o.getFont().getPostscriptFontName(), name + " " + weight + " " + style);
                    assertEquals(t.getWeight(), o.getWeight());
                    assertEquals(t.getStyle(), o.getStyle());
                }
            }
        }
    }

    @Test
    void anAddedDescriptionJoinsTheStandardOnes() {
        FontFamily theirs = new ITextFontResolver().loadFonts().get("Serif");
        FontFamily ours = StandardFontFamilies.copy().get("Serif");
        FontDescription added = new FontDescription(theirs.getFontDescriptions().get(0).getFont(), IdentValue.NORMAL, 500);
        theirs.addFontDescription(added);
        ours.addFontDescription(added);
        assertEquals(theirs.getFontDescriptions().size(), ours.getFontDescriptions().size());
        for (int i = 0; i < theirs.getFontDescriptions().size(); i++) {
            assertEquals(theirs.getFontDescriptions().get(i).getWeight(), ours.getFontDescriptions().get(i).getWeight());
            assertEquals(theirs.getFontDescriptions().get(i).getFont().getPostscriptFontName(),
                    ours.getFontDescriptions().get(i).getFont().getPostscriptFontName());
        }
    }
}
