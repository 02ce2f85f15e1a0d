package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The issue after this one, empty: the journal, colophon, board, the sections (without their articles), the
 * template pages, the page count and the recurring notices (征稿启事, without their planned pages) carry over;
 * short items do not. The number and 总第N期 go
 * up by one (or to the number given), the year rolls over after the last issue of a year by the journal's
 * frequency. The date is the one given or none: a missing date is a preflight warning, never made up.
 */
public final class NextIssue {
    private NextIssue() {}

    /** Issues a year from the frequency text (双月 6, 月 12, 季 4, 半月 24, 旬 36, 周 52), 6 when it says nothing. */
    public static int perYear(String frequency) {
        String f = frequency == null ? "" : frequency;
        if (f.contains("双月")) return 6;
        if (f.contains("半月")) return 24;
        if (f.contains("旬")) return 36;
        if (f.contains("双周")) return 26;
        if (f.contains("周")) return 52;
        if (f.contains("季")) return 4;
        if (f.contains("半年")) return 2;
        if (f.contains("年刊")) return 1;
        if (f.contains("月")) return 12;
        return 6;
    }

    /**
     * The pages the next issue is to have: the extent this one's plan fixes, else as many as its plan reaches (the
     * printed 2023年第4期 names page 48), else none fixed. Not the carried notices' pages: 征稿启事 planned on page 8
     * once made the new issue an 8-page one, and every article "did not fit".
     */
    static Integer extent(PagePlan prev) {
        if (prev.pages() != null) return prev.pages();
        int last = prev.lastNamedPage();
        return last >= prev.firstPage() ? last - prev.firstPage() + 1 : null;
    }

    /**
     * @param number the new issue's number in its year, or null for the next one
     * @param date   its publication date, or null (preflight then warns)
     * @throws IllegalArgumentException when {@code number} is not a number this journal's year has
     */
    public static Issue from(Issue prev, Integer number, LocalDate date) {
        Journal j = prev.journal();
        int per = perYear(j.frequency());
        int steps;
        if (number == null) {
            steps = 1;
        } else {
            if (number < 1 || number > per) {
                throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.number-out-of-year", number, j.name(), per,
                        j.frequency() == null ? "" : j.frequency()));
            }
            steps = number > j.issueNumber() ? number - j.issueNumber() : number + per - j.issueNumber();
        }
        int n = j.issueNumber() + steps;
        int year = j.year();
        while (n > per) {
            n -= per;
            year++;
        }
        Journal next = new Journal(j.name(), j.pinyin(), year, n, j.totalNumber() + steps, j.frequency(), date,
                j.colophon(), j.slogans());
        List<Section> sections = new ArrayList<>();
        for (Section s : prev.sections()) sections.add(s.withArticles(List.of()));
        List<Article> notices = prev.notices();
        // No start page carries over, the notices' neither: the call for papers pinned on page 8 of the last issue
        // left every article imported before it no room, each set over the next (7 errors in a new issue's first
        // preview). Unpinned, it follows the copy until 自动规划 (plan) gives it a page with room.
        PagePlan plan = prev.plan().withEntries(List.of()).withPages(extent(prev.plan()));
        return new Issue(next, prev.board(), sections, List.of(), notices, plan);
    }
}
