package cn.paiban.layout;

import cn.paiban.text.Composition;
import cn.paiban.text.TextStyle;

/**
 * What the flow needs from the composer: a paragraph set into lines at a measure. In production this is
 * {@code ParagraphComposer::compose}; tests may plug in a simpler one.
 */
@FunctionalInterface
public interface LineComposer {
    Composition compose(String text, TextStyle style, int measure);
}
