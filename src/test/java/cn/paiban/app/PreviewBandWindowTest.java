package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The red band at the foot of a page in the preview: each problem a line that fits the page at the type size the band
 * uses, cut with … where it is longer, never squeezed to the width (a second problem of a page imported onto a pinned
 * start read as a smudge of 5-pixel characters). At most three lines, the third "… +N" when there are more.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewBandWindowTest {
    @Start
    void start(Stage stage) { }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double width(String s, Font f) {
        return onFx(() -> {
            Text t = new Text(s);
            t.setFont(f);
            return t.getLayoutBounds().getWidth();
        });
    }

    @Test
    void eachProblemIsALineThatFitsThePageCutWithAnEllipsisWhereLonger() {
        Font f = Font.font(12);
        String longOne = "第 15 页：《农牧融合发展 盐碱地变了样》的“山西朔州持续科学改良、因…”与《数字经济赋能朔州传统产业转型升级的路径研究》的“数字经济赋能朔州传统产业…”叠印在一起";
        String shortOne = "《数字经济》有 45 行（434 字）在下一篇计划的文章之前排不下（超版）";
        double room = width("⚠ " + shortOne, f) + 2;   // the short one just fits
        assertTrue(width("⚠ " + longOne, f) > room * 1.5);
        List<String> lines = onFx(() -> PreviewView.bandLines(List.of(shortOne, longOne), f, room));
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("⚠ " + shortOne, lines.get(0), "a message that fits is whole");
        assertTrue(lines.get(1).endsWith("…") && longOne.startsWith(lines.get(1).substring(2, lines.get(1).length() - 1)), lines.get(1));
        for (String l : lines) assertTrue(width(l, f) <= room, l + " is " + width(l, f) + " wide");
        assertTrue(width(lines.get(1), f) > room * 0.8, "cut where it no longer fits, not much earlier: " + lines.get(1));

        List<String> many = onFx(() -> PreviewView.bandLines(List.of("一", "二", "三", "四", "五"), f, room));
        assertEquals(List.of("⚠ 一", "⚠ 二", "⚠ … +3"), many);
        assertEquals("…", onFx(() -> PreviewView.cut(longOne, f, 1)), "no room at all leaves the ellipsis");
    }
}
