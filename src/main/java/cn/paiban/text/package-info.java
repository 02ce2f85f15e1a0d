/**
 * The Chinese paragraph composer (issue 3), to W3C clreq and UAX #14. One paragraph goes through three
 * stages, each a small class:
 * <ol>
 *   <li>{@link cn.paiban.text.TextPreparer} measures it once: faces from the role's fallback chain
 *       (characters no face has become placeholders and {@link cn.paiban.text.MissingGlyph}s), set boxes of
 *       marks by their ink side ({@link cn.paiban.text.CharKind}), adjacent-mark compression and Han–Latin
 *       spacing as gaps, break opportunities from ICU tailored by
 *       {@link cn.paiban.text.ProhibitionLevel} ({@link cn.paiban.text.BreakOpportunities}).</li>
 *   <li>a {@link cn.paiban.text.LineBreaker} chooses the line ends: {@link cn.paiban.text.TotalFitBreaker}
 *       (paragraph-wide, avoids 孤字 and loose lines; the default) or {@link cn.paiban.text.FirstFitBreaker}
 *       (line by line, for comparison), both judging lines by {@link cn.paiban.text.LineFit}.</li>
 *   <li>{@link cn.paiban.text.LineSetter} sets each line: line-edge punctuation adjustment, compression,
 *       then stretching to the exact measure in integer millipoints ({@link cn.paiban.text.GridAligner} in
 *       grid mode).</li>
 * </ol>
 * The rules live as readable case files in src/test/resources/text/cases.
 */
package cn.paiban.text;
