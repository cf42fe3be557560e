package dev.wtjs.internal.host;

/** Waiting for the threads the runtime starts. */
public final class Threads {
    private Threads() {
    }

    /**
     * Waits until {@code t} has ended, however often the caller is interrupted meanwhile (the interrupt is kept for
     * the caller, set again on return). Returns at once for null or the calling thread itself.
     */
    public static void joinUninterruptibly(Thread t) {
        if (t == null || t == Thread.currentThread()) return;
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
