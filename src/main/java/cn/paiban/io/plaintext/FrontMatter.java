package cn.paiban.io.plaintext;

import cn.paiban.model.EditorialBoard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the masthead, the board, the contents page and the colophon say, as read from the dump. */
public record FrontMatter(
        String name,
        String pinyin,
        int year,
        int issueNumber,
        int totalNumber,
        String frequency,
        LocalDate publicationDate,
        Map<String, String> colophon,
        List<String> slogans,
        EditorialBoard board,
        Contents contents,
        int bodyStart) {}
