package cn.paiban.check;

import java.util.List;

/**
 * A rule family that reads the printed text piece by piece. {@code pieces} and {@code index} give the rule the
 * pieces around the one it reads (a quotation of several paragraphs opens each with “ and closes only the last).
 */
interface TextRule {
    void check(List<Piece> pieces, int index, Found out);
}
