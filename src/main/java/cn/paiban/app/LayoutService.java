package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * Typesets the issue off the UI thread, latest edit wins: while one layout runs, further requests only
 * replace the one waiting slot, so a burst of typing costs at most two layouts and the UI thread never waits.
 * A result is published (on the UI executor) only if no newer request arrived meanwhile. Tests pass
 * {@code Runnable::run} for both executors and get synchronous layouts.
 */
public final class LayoutService {
    private final Function<Issue, LayoutResult> typesetter;
    private final Executor worker;
    private final Executor ui;
    private final AtomicReference<Issue> waiting = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ObjectProperty<LayoutResult> result = new SimpleObjectProperty<>(this, "result");
    private final SimpleStringProperty error = new SimpleStringProperty(this, "error", "");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Issue> laidOut = new SimpleObjectProperty<>(this, "laidOut");
    private volatile long requested;
    private volatile Runnable onPublished = () -> {};
    private volatile java.util.function.BiFunction<Issue, Integer, cn.paiban.display.Document> through;
    private volatile java.util.function.IntSupplier lastFolio = () -> 0;
    private volatile boolean published;
    private final ObjectProperty<Ahead> ahead = new SimpleObjectProperty<>(this, "ahead");

    /**
     * The pages up to {@code lastFolio} of {@code issue}, typeset before the whole issue: what the preview shows of an
     * edit while the rest is still being set. Never a layout result (export, preflight and the outline wait for that).
     */
    public record Ahead(Issue issue, cn.paiban.display.Document pages, int lastFolio) {}

    public LayoutService(Function<Issue, LayoutResult> typesetter, Executor worker, Executor ui) {
        this.typesetter = typesetter;
        this.worker = worker;
        this.ui = ui;
    }

    /**
     * Once a whole layout has been published, each request first typesets only the pages through the last folio in
     * view ({@code lastFolio}, read on the worker; 0: none) with {@code through} and publishes them as {@link #aheadProperty}
     * (unless a newer request is already waiting), then the whole issue as ever. A keystroke waits for its page, not
     * for the pages after it.
     */
    public void setAhead(java.util.function.BiFunction<Issue, Integer, cn.paiban.display.Document> through,
                         java.util.function.IntSupplier lastFolio) {
        this.through = through;
        this.lastFolio = lastFolio == null ? () -> 0 : lastFolio;
    }

    /** The pages in view of the latest request, ahead of its whole layout (see {@link #setAhead}). */
    public ReadOnlyObjectProperty<Ahead> aheadProperty() { return ahead; }

    /** Asks for {@code issue} to be typeset; returns at once. */
    public void request(Issue issue) {
        if (issue == null) return;
        StartTrace.mark("layout requested");
        requested++;
        waiting.set(issue);
        ui.execute(() -> busy.set(true));
        if (running.compareAndSet(false, true)) worker.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Issue next = waiting.getAndSet(null);
            if (next == null) {
                running.set(false);
                // A request may have slipped in between the empty read and the flag: take it ourselves.
                if (waiting.get() != null && running.compareAndSet(false, true)) continue;
                return;
            }
            typesetAhead(next);
            if (waiting.get() != null) continue;   // typed on meanwhile: that edit's pages in view come first
            LayoutResult r = null;
            String problem = "";
            try {
                r = typesetter.apply(next);
            } catch (RuntimeException e) {
                problem = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            if (waiting.get() != null) continue;   // a newer edit is waiting: this result is already stale
            LayoutResult done = r;
            String msg = problem;
            ui.execute(() -> publish(next, done, msg));
        }
    }

    /** The pages in view of {@code next}, published unless a newer request is waiting; a failure is left to the whole layout. */
    private void typesetAhead(Issue next) {
        var t = through;
        if (t == null || !published) return;
        int last = lastFolio.getAsInt();
        if (last <= 0) return;
        cn.paiban.display.Document d;
        try {
            d = t.apply(next, last);
        } catch (RuntimeException e) {
            return;
        }
        if (d == null || waiting.get() != null) return;
        StartTrace.mark("pages in view typeset");
        Ahead a = new Ahead(next, d, last);
        ui.execute(() -> {
            if (waiting.get() == null) ahead.set(a);
        });
    }

    private void publish(Issue issue, LayoutResult r, String problem) {
        if (waiting.get() == null) busy.set(false);
        error.set(problem);
        if (r != null) {
            published = true;
            laidOut.set(issue);
            result.set(r);
        }
        onPublished.run();
    }

    /** Called on the UI executor after every publication (the benchmark stops its clock here). */
    public void setOnPublished(Runnable r) { onPublished = r == null ? () -> {} : r; }

    public long requestCount() { return requested; }

    public LayoutResult result() { return result.get(); }

    public ReadOnlyObjectProperty<LayoutResult> resultProperty() { return result; }

    /** The issue the current result was made from. */
    public ReadOnlyObjectProperty<Issue> laidOutProperty() { return laidOut; }

    public ReadOnlyStringProperty errorProperty() { return error; }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
