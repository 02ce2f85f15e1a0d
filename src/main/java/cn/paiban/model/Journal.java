package cn.paiban.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Facts about the journal and this issue: 朔州经济, Shuo Zhou Jing Ji, 2023年第4期, 总第171期, 双月出版.
 * {@code publicationDate} is null in a new issue until the editor sets it (preflight warns).
 * {@code slogans} are the lines such as ·探讨经济新问题·关注社会新热点·宣传开放新政策·.
 */
public record Journal(
        String name,
        String pinyin,
        int year,
        int issueNumber,
        int totalNumber,
        String frequency,
        LocalDate publicationDate,
        Colophon colophon,
        List<String> slogans) {

    public Journal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colophon, "colophon");
        slogans = List.copyOf(slogans);
    }
}
