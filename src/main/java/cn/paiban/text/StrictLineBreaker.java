package cn.paiban.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU's strict line breaker for Chinese, the prototype {@link BreakOpportunities} clones, made once per process and,
 * when a command asks it to ({@link TextWarmUp#start}), ahead on a thread of its own: reading the compiled rules and
 * setting up ICU's data, tries and sets costs a cold export ~10 ms, which the layout's thread otherwise spends in the
 * middle of its first paragraph.
 */
final class StrictLineBreaker {
    private StrictLineBreaker() {}

    /** ICU's compiled strict line rules for Chinese and Japanese (here, not in BreakOpportunities, whose set-up waits for this). */
    static final String RULES = com.ibm.icu.impl.ICUData.ICU_BRKITR_BASE_NAME + "/line_cj.brk";

    /** Whether a thread was started to make the breaker, and what it made (null until done, or when it failed). */
    private static boolean started;
    private static boolean done;
    private static BreakIterator made;

    /** Starts making the breaker on a daemon thread, once. */
    static synchronized void startAhead() {
        if (started) return;
        started = true;
        Thread t = new Thread("paiban-line-rules") {
            @Override
            public void run() {
                BreakIterator b = null;
                try {
                    b = make();
                } finally {   // a failure leaves it to the caller of get, where it is reported as before
                    synchronized (StrictLineBreaker.class) {
                        made = b;
                        done = true;
                        StrictLineBreaker.class.notifyAll();
                    }
                }
            }
        };
        t.setDaemon(true);
        t.start();
    }

    /**
     * The breaker made ahead, waiting for it if it is still being made; made here when nobody started it or it
     * failed there, so that a failure is the caller's, as it was before. (A monitor, not a FutureTask: FutureTask's
     * first use sets up its VarHandles on the caller's thread.)
     */
    static BreakIterator get() {
        synchronized (StrictLineBreaker.class) {
            boolean interrupted = false;
            while (started && !done) {
                try {
                    StrictLineBreaker.class.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (made != null) return made;
        }
        return make();
    }

    /**
     * Made from ICU's compiled rules for zh@lb=strict (line_cj.brk): asking ICU's service for the locale first lists
     * every locale in the jar, 50 ms of a cold export's critical path. The service's own breaker if the rules are not
     * where this ICU keeps them.
     */
    static BreakIterator make() {
        try (java.io.InputStream in = BreakIterator.class.getClassLoader().getResourceAsStream(RULES)) {
            if (in != null) {
                return RuleBasedBreakIterator.getInstanceFromCompiledRules(java.nio.ByteBuffer.wrap(in.readAllBytes()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the service below
        }
        return BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));
    }
}
