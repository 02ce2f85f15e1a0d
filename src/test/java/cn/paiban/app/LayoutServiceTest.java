package cn.paiban.app;

import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.ArticleField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.io.IssueFixtures;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LayoutServiceTest {
    private final Issue a = IssueFixtures.rich();
    private final Issue b = new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "乙").apply(a);
    private final Issue c = new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "丙").apply(a);

    private static LayoutResult resultFor(Issue i) {
        return new LayoutResult(new Document(i.article("a02-xinqixiang").orElseThrow().title(), "", List.of()), List.of(), Map.of());
    }

    @Test
    void synchronousExecutorsGiveTheResultAtOnce() {
        LayoutService s = new LayoutService(LayoutServiceTest::resultFor, Runnable::run, Runnable::run);
        s.request(b);
        assertEquals("乙", s.result().document().title());
        assertEquals(b, s.laidOutProperty().get());
        assertFalse(s.busyProperty().get());
    }

    @Test
    void requestsWhileTheWorkerIsBusyCollapseToTheLatest() {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        List<Issue> typeset = new ArrayList<>();
        LayoutService s = new LayoutService(i -> {
            typeset.add(i);
            return resultFor(i);
        }, worker::add, Runnable::run);
        s.request(a);
        s.request(b);
        s.request(c);
        assertEquals(1, worker.size(), "one drain job, not one per keystroke");
        assertTrue(s.busyProperty().get());
        worker.poll().run();
        assertEquals(List.of(c), typeset, "only the latest issue is typeset");
        assertEquals("丙", s.result().document().title());
        assertFalse(s.busyProperty().get());
    }

    @Test
    void aResultOvertakenByANewerEditIsNeverShown() {
        List<String> published = new ArrayList<>();
        LayoutService[] holder = new LayoutService[1];
        Function<Issue, LayoutResult> typesetter = i -> {
            if (i == a) holder[0].request(b);   // the user types while the first layout runs
            return resultFor(i);
        };
        holder[0] = new LayoutService(typesetter, Runnable::run, Runnable::run);
        holder[0].resultProperty().addListener((o, x, r) -> published.add(r.document().title()));
        holder[0].request(a);
        assertEquals(List.of("乙"), published);
    }

    @Test
    void aFailingLayoutReportsItsMessageAndKeepsTheLastGoodPages() {
        LayoutService s = new LayoutService(i -> {
            if (i == c) throw new IllegalStateException("表格太宽");
            return resultFor(i);
        }, Runnable::run, Runnable::run);
        s.request(b);
        s.request(c);
        assertEquals("乙", s.result().document().title());
        assertEquals("表格太宽", s.errorProperty().get());
        s.request(a);
        assertEquals("", s.errorProperty().get());
    }

    @Test
    void theUiThreadNeverWaitsForALayout() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try {
            LayoutService s = new LayoutService(i -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return resultFor(i);
            }, worker, Runnable::run);
            s.setOnPublished(done::countDown);
            long t0 = System.nanoTime();
            s.request(b);
            s.request(c);
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1), "request returned while the layout is blocked");
            assertNull(s.result());
            release.countDown();
            assertTrue(done.await(10, TimeUnit.SECONDS));
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void afterTheFirstWholeLayoutEachEditShowsThePagesInViewFirst() {
        List<String> events = new ArrayList<>();
        LayoutService[] holder = new LayoutService[1];
        Issue[] typeAhead = {null};
        LayoutService s = new LayoutService(i -> {
            events.add("whole " + i.article("a02-xinqixiang").orElseThrow().title());
            return resultFor(i);
        }, Runnable::run, Runnable::run);
        holder[0] = s;
        s.setAhead((i, last) -> {
            events.add("through " + last + " " + i.article("a02-xinqixiang").orElseThrow().title());
            if (typeAhead[0] != null) {   // the user types on while the pages in view are being set
                Issue next = typeAhead[0];
                typeAhead[0] = null;
                holder[0].request(next);
            }
            return new Document("ahead", "", List.of());
        }, () -> 7);
        s.aheadProperty().addListener((o, x, ah) -> events.add("shown ahead " + ah.lastFolio()));
        s.resultProperty().addListener((o, x, r) -> events.add("shown whole " + r.document().title()));
        s.request(a);   // opening: nothing shown yet, so the whole issue at once
        assertEquals(List.of("whole 新气象", "shown whole 新气象"), events.subList(0, 2).stream()
                .map(e -> e.replace(a.article("a02-xinqixiang").orElseThrow().title(), "新气象")).toList());
        events.clear();
        s.request(b);
        assertEquals(List.of("through 7 乙", "shown ahead 7", "whole 乙", "shown whole 乙"), events);
        events.clear();
        typeAhead[0] = c;
        s.request(b);
        assertEquals(List.of("through 7 乙", "through 7 丙", "shown ahead 7", "whole 丙", "shown whole 丙"), events,
                "an edit typed meanwhile: the older one's pages are never shown, nor is its whole layout made");
        assertEquals(c, s.laidOutProperty().get());
    }
}
