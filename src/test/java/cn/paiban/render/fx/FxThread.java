package cn.paiban.render.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs test code on the JavaFX thread (headless Monocle in the build), starting the toolkit once, as TestFX does. */
public final class FxThread {
    private static boolean started;

    private FxThread() {}

    public static synchronized void start() {
        if (started) return;
        try {
            // as TestFX starts it: a toolkit started with Platform.startup before the window tests of the same JVM left
            // their clicks and keys unanswered (EditorWindowTest failed after FxRendererTest)
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T call(Callable<T> c) throws Exception {
        start();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
