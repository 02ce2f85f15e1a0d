package cn.paiban.check;

import cn.paiban.model.Colophon;
import cn.paiban.model.Issue;
import java.util.List;
import java.util.function.Predicate;

/**
 * 《内部资料性出版物管理办法》第十四条: a 内部资料 prints its 准印证 number and 内部资料，免费交流, and in a plain place
 * (cover, back cover or colophon) 编印单位, 发送对象, 印刷单位, 印刷日期 and 印数. Each field must be filled in the
 * issue and, where the front-matter pages are known, appear in their printed text (a template that drops the
 * field prints nothing, which is as wrong as an empty field).
 */
final class ColophonFields {
    static final String RULE = "issue.colophon";
    static final String CLAUSE = "《内部资料性出版物管理办法》第十四条";

    void check(Issue issue, List<Piece> pieces, Found out) {
        Colophon c = issue.journal().colophon();
        List<Piece> front = pieces.stream().filter(p -> p.kind() == Piece.Kind.FRONT).toList();
        String printed = String.join("\n", front.stream().map(Piece::text).toList());
        String date = issue.journal().publicationDate() == null ? null : issue.journal().publicationDate().getYear() + "年"
                + issue.journal().publicationDate().getMonthValue() + "月" + issue.journal().publicationDate().getDayOfMonth() + "日";
        field(out, "准印证", c.permit(), v -> v.contains("准印证"), front, printed);
        field(out, "内部资料 免费交流", c.distribution(), v -> v.contains("内部资料") && v.contains("免费交流"), front, printed);
        field(out, "编印单位", firstFilled(c.sponsor(), c.editor()), v -> true, front, printed);
        field(out, "发送对象", c.audience(), v -> true, front, printed);
        field(out, "印刷单位", c.printer(), v -> true, front, printed);
        field(out, "印刷日期", date, v -> true, front, printed);
        field(out, "印数", c.printRun(), v -> true, front, printed);
    }

    private static String firstFilled(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static void field(Found out, String name, String value, Predicate<String> valid, List<Piece> front, String printed) {
        Piece place = new Piece(Piece.Kind.FRONT, "", null, -1, -1, name, 0, "colophon");
        if (value == null || value.isBlank()) {
            out.add(RULE, CLAUSE, place, 0, name, null, false, "check.colophon.missing", name);
        } else if (!valid.test(value.strip())) {
            out.add(RULE, CLAUSE, place, 0, name, null, false, "check.colophon.wrong", name, value.strip());
        } else if (!front.isEmpty() && !printed.contains(value.strip())) {
            out.add(RULE, CLAUSE, place, 0, name, null, false, "check.colophon.not-printed", name, value.strip());
        }
    }
}
